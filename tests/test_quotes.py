"""The quotes step on small hand-written articles in several languages."""
from __future__ import annotations

import re

import pytest

import cronaca

from cronaca.article import Article, Entity, Mention, Paragraph
from cronaca.pipeline import Pipeline
from cronaca.quotes import Quotes
from cronaca.steps.segment import Segment


def article(text: str, language: str, entities=()) -> Article:
    paragraphs = tuple(Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    bare = Article(source="test", text=text, input_kind="text", paragraphs=paragraphs,
                   language=language, entities=tuple(entities))
    return Quotes()(Segment()(bare))


def by_text(art: Article, fragment: str):
    found = [q for q in art.quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in art.quotes]
    return found[0]


def speaker_of(quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def test_step_contract() -> None:
    step = Quotes()
    assert step.name == "quotes"
    assert step.needs == {"text", "sentences", "language"}
    assert step.adds == {"quotes"}
    Pipeline([step], provided={"text", "sentences", "language"})


# --- the three traps of the seed page, in our own words ------------------------

def test_trap_subject_not_object_of_the_verb() -> None:
    art = article('Al banchetto Kim ha definito Putin "il compagno più fidato della nazione".', "it")
    quote = by_text(art, "compagno più fidato")
    assert quote.kind == "partial"
    assert quote.speaker.text == "Kim"


def test_trap_speaker_is_never_inside_the_quote() -> None:
    art = article('"La Russia avrà sempre il sostegno della Corea del Nord", ha dichiarato Kim.', "it")
    quote = by_text(art, "sostegno della Corea")
    assert quote.kind == "direct"
    assert quote.speaker.text == "Kim"
    assert quote.cue.text == "ha dichiarato"


def test_trap_no_speech_verb_no_speaker() -> None:
    art = article('Dal canto suo, Putin riceve "forniture garantite di munizioni" per il fronte.', "it")
    assert art.quotes == ()


# --- quotation styles --------------------------------------------------------

@pytest.mark.parametrize("language, text, fragment, speaker", [
    ("en", '"The bridge will open in May," said Maria Lopez.', "bridge will open", "Maria Lopez"),
    ("en", "“We are not leaving,” the mayor said.", "not leaving", "the mayor"),
    ("it", "«Il ponte aprirà a maggio», ha detto Giulia Bianchi.", "ponte aprirà", "Giulia Bianchi"),
    ("de", "„Die Brücke öffnet im Mai“, sagte Anna Schmidt.", "Brücke öffnet", "Anna Schmidt"),
    ("cs", "„Most otevřeme v květnu,“ řekl Jan Novák.", "Most otevřeme", "Jan Novák"),
    ("pl", "„Most otworzymy w maju” – powiedział Jan Kowalski.", "Most otworzymy", "Jan Kowalski"),
    ("fr", "« Le pont ouvrira en mai », a déclaré Claire Martin.", "pont ouvrira", "Claire Martin"),
    ("fr", "‹ Le pont ouvrira en mai ›, a affirmé Claire Martin.", "pont ouvrira", "Claire Martin"),
    ("es", "«El puente abrirá en mayo», dijo Lucía Gómez.", "puente abrirá", "Lucía Gómez"),
    ("pt", "“A ponte abre em maio”, disse João Silva.", "ponte abre", "João Silva"),
    ("nl", "“De brug gaat in mei open,” zei Pieter de Vries.", "brug gaat", "Pieter de Vries"),
    ("ru", "«Мост откроется в мае», — сказал Иван Петров.", "Мост откроется", "Иван Петров"),
    ("uk", "«Міст відкриється у травні», — сказав Іван Петренко.", "Міст відкриється", "Іван Петренко"),
    ("en", "‘The bridge will open in May,’ said Maria Lopez.", "bridge will open", "Maria Lopez"),
    ("en", "「The bridge will open in May」, said Maria Lopez.", "bridge will open", "Maria Lopez"),
])
def test_direct_quote_styles(language, text, fragment, speaker) -> None:
    quote = by_text(article(text, language), fragment)
    assert quote.kind == "direct"
    assert speaker_of(quote) == speaker
    assert 0 < quote.confidence <= 1


def test_content_span_is_inside_the_marks() -> None:
    text = "Ieri il sindaco ha parlato. «Apriremo il ponte a maggio», ha detto il sindaco."
    quote = by_text(article(text, "it"), "Apriremo")
    assert text[quote.start:quote.end] == "Apriremo il ponte a maggio"
    assert text[quote.cue.start:quote.cue.end] == "ha detto"
    assert text[quote.speaker.start:quote.speaker.end] == "il sindaco"


@pytest.mark.parametrize("language, text, fragment, speaker", [
    ("ru", "— Мы не отступим, — сказал Сергей Иванов.", "Мы не отступим", "Сергей Иванов"),
    ("pl", "– Nie wycofamy się – powiedziała Anna Nowak.", "Nie wycofamy", "Anna Nowak"),
    ("it", "— Non ci ritireremo — ha detto Paolo Verdi.", "Non ci ritireremo", "Paolo Verdi"),
    ("fr", "— Nous ne reculerons pas, a déclaré Claire Martin.", "Nous ne reculerons", "Claire Martin"),
])
def test_dash_speech(language, text, fragment, speaker) -> None:
    quote = by_text(article(text, language), fragment)
    assert quote.kind == "direct"
    assert speaker_of(quote) == speaker


def test_dash_paragraph_without_attribution_is_a_list_item() -> None:
    art = article("Il programma prevede:\n- nuove piste ciclabili in centro\n- più autobus", "it")
    assert art.quotes == ()


# --- quotes that run on, interrupted quotes ------------------------------------

def test_interrupted_quote_is_one_quote() -> None:
    text = "«Il vertice è andato bene», ha detto Marco Rossi, esperto di Asia, «e il prossimo andrà meglio»."
    art = article(text, "it")
    assert len(art.quotes) == 1
    quote = art.quotes[0]
    assert quote.text == "Il vertice è andato bene e il prossimo andrà meglio"
    assert speaker_of(quote) == "Marco Rossi"


def test_quote_goes_on_in_the_next_sentence() -> None:
    text = '"We lost the vote," said Tom Harris. "We will try again next year."'
    art = article(text, "en")
    assert [q.text for q in art.quotes] == ["We lost the vote We will try again next year."]


def test_quote_over_several_paragraphs() -> None:
    text = ("The minister spoke for an hour.\n"
            "“The reform is overdue. Nobody in this room doubts it.\n"
            "“We will present it in June,” said Laura Weber.")
    art = article(text, "en")
    assert len(art.quotes) == 1
    quote = art.quotes[0]
    assert "overdue" in quote.text and "June" in quote.text
    assert speaker_of(quote) == "Laura Weber"


def test_lead_in_with_colon() -> None:
    text = "Премьер-министр Иван Петров заявил: «Мы готовы к переговорам»."
    quote = by_text(article(text, "ru"), "готовы")
    assert quote.kind == "direct"
    assert speaker_of(quote) == "Премьер-министр Иван Петров"


# --- partial, indirect, pronouns, entities ------------------------------------

def test_partial_quote_is_the_reported_clause() -> None:
    text = 'Sanders said that the decision was "deeply wrong" and would be appealed.'
    quote = by_text(article(text, "en"), "deeply wrong")
    assert quote.kind == "partial"
    assert quote.text.startswith("that the decision")
    assert speaker_of(quote) == "Sanders"


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = ('The so-called "peace plan" was discussed in Berlin. '
            'The film "Cold Harbour" opened on Friday in forty cinemas.')
    assert article(text, "en").quotes == ()


@pytest.mark.parametrize("language, text, fragment, speaker", [
    ("en", "The company told reporters that profits had doubled.", "profits had doubled", "The company"),
    ("en", "According to the police, the driver fled the scene.", "the driver fled", "the police"),
    ("en", "The storm destroyed three bridges, the governor said.", "storm destroyed", "the governor"),
    ("it", "Il portavoce ha dichiarato che la riunione è stata rinviata.", "riunione è stata", "Il portavoce"),
    ("it", "Secondo il ministero, i colloqui sono durati tre ore.", "colloqui sono durati", "il ministero"),
    ("de", "Laut Polizei wurde bei dem Brand niemand verletzt.", "niemand verletzt", "Polizei"),
    ("fr", "Selon le ministère, la réunion a duré deux heures.", "la réunion a duré", "le ministère"),
    ("es", "Según la policía, el conductor huyó del lugar.", "el conductor huyó", "la policía"),
    ("pl", "Według ministra finansów budżet jest stabilny.", "budżet jest", "ministra finansów"),
    ("ru", "По словам Пескова, переговоры продлились три часа.", "переговоры продлились", "Пескова"),
])
def test_indirect_speech(language, text, fragment, speaker) -> None:
    quote = by_text(article(text, language), fragment)
    assert quote.kind == "indirect"
    assert speaker_of(quote) == speaker


def test_pronoun_resolves_to_the_previous_speaker() -> None:
    text = ('"The budget is balanced," said Elena Marsh. '
            "She added that taxes would not rise next year.")
    quote = by_text(article(text, "en"), "taxes would not rise")
    assert quote.speaker.text == "She"
    assert speaker_of(quote) == "Elena Marsh"


def test_pronoun_with_nobody_before_it_stays_unresolved() -> None:
    quote = by_text(article('"It is over," he said.', "en"), "It is over")
    assert quote.speaker.text == "he"
    assert quote.speaker.name is None
    assert quote.confidence < 0.9


def test_french_inverted_pronoun_in_the_cue() -> None:
    text = "« Nous devons agir », a déclaré Claire Martin. « Tout de suite », a-t-elle ajouté."
    quote = by_text(article(text, "fr"), "Tout de suite")
    assert quote.speaker.text == "elle"
    assert speaker_of(quote) == "Claire Martin"


def test_speaker_resolved_to_an_entity() -> None:
    text = 'Kim Jong Un arrived in the capital. "Our friendship is unbreakable," Kim said.'
    kim = Entity("e1", "Kim Jong Un", "PER", aliases=("Kim",),
                 mentions=(Mention(0, 11, "Kim Jong Un"), Mention(text.index("Kim said"),
                                                                  text.index("Kim said") + 3, "Kim")))
    putin = Entity("e2", "Vladimir Putin", "PER")
    quote = by_text(article(text, "en", entities=(kim, putin)), "unbreakable")
    assert quote.speaker.entity_id == "e1"
    assert quote.speaker.name == "Kim Jong Un"


def test_nominal_speaker_keeps_its_phrase() -> None:
    text = 'An expert at Hanyang University said the summit was "mostly symbolic."'
    quote = by_text(article(text, "en"), "mostly symbolic")
    assert quote.speaker.entity_id is None
    assert quote.speaker.name == "An expert at Hanyang University"


@pytest.mark.parametrize("language, text", [
    ("en", "The river rose by two metres overnight. Schools stayed closed on Monday."),
    ("it", "Il fiume è salito di due metri durante la notte. Le scuole sono rimaste chiuse."),
    ("de", "Der Fluss stieg über Nacht um zwei Meter. Die Schulen blieben geschlossen."),
    ("ru", "За ночь река поднялась на два метра. Школы остались закрытыми."),
    ("xx", "Zzz qqq vvv. Www ttt."),
])
def test_articles_without_quotes(language, text) -> None:
    assert article(text, language).quotes == ()


def test_unknown_language_still_finds_marked_statements() -> None:
    art = article("“Tämä on pitkä lausunto ilman puhujaa tänään.”", "fi")
    assert [q.kind for q in art.quotes] == ["direct"]
    assert art.quotes[0].speaker is None
    assert art.quotes[0].confidence <= 0.3


def test_according_to_a_long_source_with_a_name_in_apposition():
    from cronaca.quotes import Quotes
    article = Quotes()(cronaca.analyze(text=(
        "Secondo il direttore generale dell'agenzia regionale per l'acqua, Paolo Verdi, "
        "le riserve basteranno fino a settembre se non piove.\n")))
    (quote,) = [q for q in article.quotes if q.kind == "indirect"]
    assert quote.text.startswith("le riserve basteranno")
    assert quote.speaker.text.endswith("Paolo Verdi")


def test_an_aside_between_commas_is_not_the_speaker():
    from cronaca.quotes import Quotes
    article = Quotes()(cronaca.analyze(text=(
        "Rossi, durante un incontro con Bianchi, ha dichiarato che il piano "
        "\"non è negoziabile\".\n")))
    (quote,) = article.quotes
    assert quote.speaker.text == "Rossi"


@pytest.mark.parametrize("text, speaker", [
    ("The city council met on Monday evening to discuss the budget for next year, and "
     "several members asked for cuts to the library service.\n\n"
     "The mayor, Ann Lowe, answered the critics at length:\n\n"
     "\"We will not close a single library this year, whatever the budget says.\"\n", "Ann Lowe"),
    ("Il consiglio comunale si è riunito lunedì sera per discutere il bilancio del prossimo "
     "anno, e diversi consiglieri hanno chiesto tagli alle biblioteche.\n\n"
     "Il sindaco Paolo Neri ha risposto così ai suoi critici:\n\n"
     "«Non chiuderemo nessuna biblioteca quest'anno, qualunque cosa dica il bilancio.»\n",
     "Paolo Neri"),
    ("The label was sold in June to a fund for a large sum, which surprised many of its artists.\n\n"
     "Looking ahead, Mira Sol has signed with a rival label, and the fund's partner Otto Brandt "
     "will be left to wonder:\n\n\"What did we do to deserve this?\"\n", "Otto Brandt"),
    ("The crowd gathered outside the palace in the rain on Monday to mark the anniversary.\n\n"
     "King Edmund, who turned 75 this week, told the crowd:\n\n\"We will never forget them.\"\n",
     "Edmund"),
])
def test_a_lead_in_ending_with_a_colon_names_the_speaker(text, speaker):
    from cronaca.quotes import Quotes
    article = Quotes()(cronaca.analyze(text=text))
    (quote,) = [q for q in article.quotes if q.kind == "direct"]
    assert quote.speaker is not None and speaker in (quote.speaker.name or "")


@pytest.mark.parametrize("language, text, fragment, speaker", [
    ("it", "\"Abbiamo scelto di investire sui giovani\", ha detto l'assessora Maria Conti.",
     "investire sui giovani", "l'assessora Maria Conti"),
    ("fr", "« Nous avons choisi d'investir dans la jeunesse », a déclaré l'adjointe Marie Dupont.",
     "investir dans la jeunesse", "l'adjointe Marie Dupont"),
])
def test_a_speaker_after_the_cue_may_open_with_an_elided_article(language, text, fragment, speaker):
    quote = by_text(article(text, language), fragment)
    assert quote.speaker is not None and quote.speaker.text == speaker
