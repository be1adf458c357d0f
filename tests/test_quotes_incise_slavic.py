"""Slavic news keeps the quotation marks open around an attribution set off by dashes,
the comma of the first piece standing before the dash: «A, — каже X. — B»."""
from __future__ import annotations

import pytest

from quoting import quoted_article


@pytest.mark.parametrize("language, text, speaker, first, second", [
    ("uk", "«Вода тече жовта, — розповідає пенсіонерка Ганна Левчук. — Ми купуємо питну». "
           "Комунальники обіцяють ремонт.", "пенсіонерка Ганна Левчук", "Вода", "Ми купуємо"),
    ("ru", "«Ямы такие, что машины ломаются, — говорит водитель Олег Смирнов. — Мы ждём "
           "ремонта». В мэрии обещают помочь.", "водитель Олег Смирнов", "Ямы", "Мы ждём"),
    ("bg", "„Не можем да спим – казва Петър Колев. – Децата са изморени.“ Общината обеща "
           "проверка.", "Петър Колев", "Не можем", "Децата"),
    ("pl", "„Nie zdążymy przed zimą – przyznaje Jan Nowak – ale spróbujemy”. Gmina obiecała "
           "pomoc.", "Jan Nowak", "Nie zdążymy", "ale spróbujemy"),
])
def test_the_attribution_between_dashes_splits_the_quote(language, text, speaker, first, second):
    quote = next(q for q in quoted_article(text, language).quotes if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.text.startswith(first) and second in quote.text
    assert speaker not in quote.text


def test_a_dash_without_a_verb_after_it_stays_in_the_quote():
    text = "„Remont – jak co roku – potrwa do jesieni”, powiedział Jan Nowak. Mieszkańcy czekają."
    [quote] = [q for q in quoted_article(text, "pl").quotes if q.kind == "direct"]
    assert "jak co roku" in quote.text and quote.speaker.text == "Jan Nowak"
