"""Speakers found outside a quote's own sentence, and speaker phrases around a cue."""
from __future__ import annotations

import re

from cronaca.article import Article, Entity, Mention, Paragraph
from cronaca.quotes import Quotes
from cronaca.steps.segment import Segment


def article(text: str, language: str, people=()) -> Article:
    """``people``: names to mark as person entities wherever they occur."""
    paragraphs = tuple(Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    entities = tuple(
        Entity(f"e{i}", name, "PER", mentions=tuple(
            Mention(m.start(), m.end(), m.group()) for m in re.finditer(re.escape(name), text)))
        for i, name in enumerate(people, 1))
    bare = Article(source="test", text=text, input_kind="text", paragraphs=paragraphs,
                   language=language, entities=entities)
    return Quotes()(Segment()(bare))


def speaker(art: Article, fragment: str) -> str | None:
    found = [q for q in art.quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in art.quotes]
    sp = found[0].speaker
    return art.text[sp.start:sp.end] if sp else None


def test_participle_shares_the_sentence_subject() -> None:
    art = article('Maria Lopez left the meeting early, saying: "We have nothing more to '
                  'discuss with them."', "en")
    assert speaker(art, "nothing more") == "Maria Lopez"


def test_participle_after_an_attribution_keeps_its_speaker() -> None:
    art = article('"The budget is fine," the treasurer said, adding: "Nobody should panic '
                  'about the numbers."', "en")
    assert speaker(art, "Nobody should") == "the treasurer"


def test_participle_in_italian_and_french() -> None:
    it = article('Il sindaco Marco Neri ha lasciato la sala, aggiungendo: «Non firmerò '
                 'mai questo accordo con voi».', "it")
    assert speaker(it, "Non firmerò") == "Marco Neri"
    fr = article("Claire Dubois a quitté la salle en ajoutant : « Nous reviendrons la "
                 "semaine prochaine avec un plan. »", "fr")
    assert speaker(fr, "Nous reviendrons") == "Claire Dubois"


def test_cue_after_and_shares_the_subject() -> None:
    art = article('Tom Reed was greeted by the mayor and joked, "I should come here more '
                  'often, clearly."', "en")
    assert speaker(art, "come here") == "Tom Reed"


def test_relative_clause_gives_its_own_subject() -> None:
    art = article('He praised the new bridge, which the governor described as "a gift to '
                  'the whole valley".', "en")
    assert speaker(art, "a gift") == "the governor"


def test_next_sentence_cue_after_a_question() -> None:
    art = article('"Why would anyone believe that?" Anna Berg asked the panel on Monday, '
                  'when the hearing resumed after a long break.', "en")
    assert speaker(art, "Why would") == "Anna Berg"


def test_quote_after_a_quote_keeps_the_speaker() -> None:
    art = article('"We will win this seat," Karl Stein told supporters. "Nobody in this '
                  'room should doubt it for a second."', "en")
    assert speaker(art, "Nobody in this") == "Karl Stein"


def test_chain_crosses_one_paragraph_break_in_german() -> None:
    art = article("„Wir haben die Wahl gewonnen“, sagte Petra Hahn am Abend.\n"
                  "„Jetzt beginnt die eigentliche Arbeit für uns alle hier.“", "de")
    assert speaker(art, "Jetzt beginnt") == "Petra Hahn"


def test_no_chain_when_another_sentence_stands_between() -> None:
    art = article('"We will win this seat," Karl Stein told supporters.\n'
                  "The rally ended at nine and the crowd left quietly after that.\n"
                  '"Nobody in this room should doubt it for a second."', "en")
    assert speaker(art, "Nobody in this") is None


def test_lead_sentence_naming_a_person() -> None:
    text = ('Piotr Nowak skrytykował nowy projekt ustawy.\n'
            '„To jest zły pomysł i nikt go nie poprze w tej formie.”')
    assert speaker(article(text, "pl", people=["Piotr Nowak"]), "zły pomysł") == \
        "Piotr Nowak"


def test_lead_sentence_without_a_person_gives_nothing() -> None:
    text = ('The committee reviewed the new draft law.\n'
            '"This is a bad idea and nobody will back it in this form."')
    assert speaker(article(text, "en"), "bad idea") is None


def test_cue_of_a_new_clause_is_not_the_quotes() -> None:
    art = article('Ana Ruiz said the mayor was "hiding the real costs" and Luis Vega says '
                  'the plan is sound.', "en")
    assert speaker(art, "hiding the real") == "Ana Ruiz"


def test_long_apposition_between_quote_and_cue() -> None:
    art = article('"Nothing here is settled yet," Olga Petrova, who has led the talks since '
                  'spring, said on Tuesday.', "en")
    assert speaker(art, "Nothing here") == "Olga Petrova"


def test_interrupted_quote_with_a_name_after_the_aside() -> None:
    art = article('"Se non fosse stato per loro" e per tutti gli altri, Lucia Bianchi ha detto '
                  'alla radio, "saremmo ancora fermi al punto di partenza."', "it")
    assert speaker(art, "saremmo") == "Lucia Bianchi"


def test_relative_pronoun_speaker_names_its_antecedent() -> None:
    art = article('Greta Lind, who has long described the tax as "a burden on every young '
                  'family", spoke again on Monday.', "en", people=["Greta Lind"])
    found = [q for q in art.quotes if "a burden" in q.text]
    assert found and found[0].speaker.text == "who"
    assert found[0].speaker.name == "Greta Lind"


def test_bracketed_affiliation_is_not_the_speaker() -> None:
    art = article('Sen. Maria Costa (D-Ore.), who backs the bill, said it was "long overdue '
                  'for working families".', "en")
    assert speaker(art, "long overdue") == "Maria Costa"


def test_transcript_label_names_the_speaker() -> None:
    text = ('Rep. Tom Baker: "Who gave you that number?"\n'
            'Minister Ewa Lis: "We took it from the ministry and its own audit of the files."')
    art = article(text, "en", people=["Ewa Lis"])
    assert speaker(art, "We took it") == "Ewa Lis"


def test_subject_after_the_last_and() -> None:
    art = article('At the door a reporter asked for a comment and Ruth Adler said, "We will '
                  'talk when the count is over."', "en")
    assert speaker(art, "We will talk") == "Ruth Adler"


def test_spanish_quote_after_a_quote_keeps_the_speaker() -> None:
    art = article('«No vamos a subir los impuestos», dijo Carmen Ortiz. «Lo prometimos y lo '
                  'vamos a cumplir este año.»', "es")
    assert speaker(art, "Lo prometimos") == "Carmen Ortiz"
