"""An adverb between the speaker and the verb is not part of who speaks ("She frankly
said", "Она откровенно рассказала"); a noun that ends like one is ("the family said"); an
object pronoun before the verb is no speaker ("Мне часто пишут": people write to me)."""
from __future__ import annotations

from cronaca import analyze


def speakers(text: str, lang: str) -> list[tuple[str, str]]:
    article = analyze(text=text)
    assert article.language == lang
    return [(q.speaker.text, q.speaker.name) for q in article.quotes if q.speaker]


def test_an_english_adverb_before_the_verb_is_left_out_of_the_speaker() -> None:
    text = "The novelist Irma Delacroix gave an interview in Berlin. She frankly said that she fears old age."
    assert speakers(text, "en") == [("She", "Irma Delacroix")]


def test_a_noun_that_ends_like_an_adverb_stays_the_speaker() -> None:
    text = "The novelist Irma Delacroix gave an interview in Berlin. Her closest ally said that she fears old age."
    assert speakers(text, "en") == [("Her closest ally", "Her closest ally")]


def test_a_russian_adverb_before_the_verb_is_left_out_of_the_speaker() -> None:
    text = ("Писательница Ирма Делакруа дала интервью в Лионе. "
            "Она откровенно рассказала, что боится старости.")
    assert speakers(text, "ru") == [("Она", "Ирма Делакруа")]


def test_a_russian_noun_in_o_stays_the_speaker() -> None:
    text = "Министр финансов выступил в парламенте во вторник. Правительство заявило, что налоги вырастут."
    assert speakers(text, "ru") == [("Правительство", "Правительство")]


def test_a_russian_object_pronoun_is_no_speaker() -> None:
    text = "Я веду кулинарный блог уже пять лет. Мне часто пишут, что мои видео успокаивают."
    assert speakers(text, "ru") == []
