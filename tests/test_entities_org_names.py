"""Organisations in official and company forms (entities.org_names), each with a control
that must keep its type: a person or a place written next to the same words."""
import pytest
from test_entities import mentions


@pytest.mark.parametrize("lang, text, org, control, control_type", [
    ("it", "Il Comune di Chieti ha rinviato la gara, ha spiegato Paolo Ferri.",
     "Comune di Chieti", "Paolo Ferri", "PER"),
    ("es", "El Ayuntamiento de Teruel cerró el parque tras la tormenta, dijo Lucía Gómez.",
     "Ayuntamiento de Teruel", "Lucía Gómez", "PER"),
    ("pl", "Gmina Wieliczka wyremontuje szkołę, poinformował Adam Zieliński.",
     "Gmina Wieliczka", "Adam Zieliński", "PER"),
    ("cs", "Obec Dobřichovice opraví most, oznámil Pavel Dvořák.",
     "Obec Dobřichovice", "Pavel Dvořák", "PER"),
    ("sl", "Občina Ptuj bo prenovila tržnico, je povedal Matej Zupan.",
     "Občina Ptuj", "Matej Zupan", "PER"),
    ("nl", "De Gemeente Zwolle sluit het zwembad, zei Pieter Bakker.",
     "Gemeente Zwolle", "Pieter Bakker", "PER"),
    ("bg", "Община Русе ще ремонтира моста, каза Стефан Николов.",
     "Община Русе", "Стефан Николов", "PER"),
    ("pt", "A Câmara Municipal de Évora fechou a piscina, disse Rui Costa.",
     "Câmara Municipal de Évora", "Rui Costa", "PER"),
])
def test_a_council_word_and_its_place_are_the_council(lang, text, org, control, control_type):
    found = mentions(text, lang)
    assert found.get(org) == "ORG"
    assert found.get(control) == control_type


def test_a_place_without_the_council_word_stays_a_place():
    found = mentions("Gmina Wieliczka ogłosiła przetarg. Turyści jadą do Krakowa.", "pl")
    assert found.get("Gmina Wieliczka") == "ORG"
    assert found.get("Krakowa") == "LOC"


@pytest.mark.parametrize("lang, text, org, control, control_type", [
    ("uk", "Рівненська міська рада підтримала проєкт, повідомив Олег Ткаченко.",
     "Рівненська міська рада", "Олег Ткаченко", "PER"),
    ("bg", "Столична община обяви конкурс, заяви Мария Стоянова.",
     "Столична община", "Мария Стоянова", "PER"),
])
def test_an_adjective_and_a_council_phrase_are_the_council(lang, text, org, control, control_type):
    found = mentions(text, lang)
    assert found.get(org) == "ORG"
    assert found.get(control) == control_type


@pytest.mark.parametrize("lang, text, org, control, control_type", [
    ("uk", "Товариство «Калинка» влаштувало ярмарок у Тернополі.",
     "Товариство «Калинка»", "Тернополі", "LOC"),
    ("bg", "Сдружение „Добра воля“ събра дарения, каза Петя Илиева.",
     "Сдружение „Добра воля“", "Петя Илиева", "PER"),
    ("ru", "Подряд выиграло ООО «Мостострой» из Самары.",
     "ООО «Мостострой»", "Самары", "LOC"),
    ("uk", "Постачальником стало ТОВ «Зерноторг» з Полтави.",
     "ТОВ «Зерноторг»", "Полтави", "LOC"),
])
def test_a_body_word_and_a_quoted_name_are_one_organisation(lang, text, org, control, control_type):
    found = mentions(text, lang)
    assert found.get(org) == "ORG"
    assert found.get(control) == control_type


@pytest.mark.parametrize("lang, text, org, control, control_type", [
    ("de", "Den Auftrag bekam Hofer Bau aus Passau, sagte Lena Krüger.",
     "Hofer Bau", "Lena Krüger", "PER"),
    ("pl", "Przetarg wygrała firma Drogbud sp. z o.o. z Tarnowa.",
     "Drogbud sp. z o.o.", "Tarnowa", "LOC"),
    ("cs", "Opravu provede firma Silnice Horák s.r.o. z Jihlavy.",
     "Silnice Horák s.r.o.", "Jihlavy", "LOC"),
    ("sl", "Dela bo izvedlo podjetje Gradbeništvo Hribar d.o.o. iz Celja.",
     "Gradbeništvo Hribar d.o.o.", "Celja", "LOC"),
    ("bg", "Поръчката спечели „Пътстрой“ ЕООД, съобщи Илия Данчев.",
     "„Пътстрой“ ЕООД", "Илия Данчев", "PER"),
])
def test_a_name_and_a_legal_form_are_a_company(lang, text, org, control, control_type):
    found = mentions(text, lang)
    assert found.get(org) == "ORG"
    assert found.get(control) == control_type


def test_a_common_word_opening_the_sentence_stays_out_of_the_company():
    found = mentions("Beim Bau der Halle half Anton Weiß.", "de")
    assert not any(t == "ORG" and "Bau" in m for m, t in found.items())
    assert found.get("Anton Weiß") == "PER"


@pytest.mark.parametrize("lang, text, org, control, control_type", [
    ("en", "The Moray Rail Partnership will add two trains, said Fiona Reid.",
     "Moray Rail Partnership", "Fiona Reid", "PER"),
    ("pl", "Stowarzyszenie Czysta Odra złożyło skargę w Opolu.",
     "Stowarzyszenie Czysta Odra", "Opolu", "LOC"),
    ("cs", "Spolek Živá Vltava podal žalobu v Táboře.",
     "Spolek Živá Vltava", "Táboře", "LOC"),
])
def test_an_org_word_at_the_start_or_end_makes_the_whole_run_an_organisation(lang, text, org, control, control_type):
    found = mentions(text, lang)
    assert found.get(org) == "ORG"
    assert found.get(control) == control_type


def test_an_org_word_before_a_person_does_not_swallow_her():
    found = mentions("Stowarzyszenie wsparła Agnieszka Lis z Opola.", "pl")
    assert found.get("Agnieszka Lis") == "PER"


@pytest.mark.parametrize("lang, text, org, control, control_type", [
    ("cs", "Ministerstvo zemědělských věcí zamítlo dotaci, řekla Eva Horáková.",
     "Ministerstvo zemědělských věcí", "Eva Horáková", "PER"),
    ("ru", "Министерство сельского хозяйства Татарстана ответило, сказал Олег Громов.",
     "Министерство сельского хозяйства", "Олег Громов", "PER"),
    ("sl", "Ministrstvo za okolje je zavrnilo prošnjo, je povedala Nina Kralj.",
     "Ministrstvo za okolje", "Nina Kralj", "PER"),
    ("bg", "Агенция за пътна безопасност публикува данни, каза Петър Колев.",
     "Агенция за пътна безопасност", "Петър Колев", "PER"),
])
def test_a_body_name_goes_on_in_lower_case(lang, text, org, control, control_type):
    found = mentions(text, lang)
    assert found.get(org) == "ORG"
    assert found.get(control) == control_type


def test_an_org_word_and_an_adverb_make_no_longer_name():
    found = mentions("Ministerstvo letos zamítlo dotaci, řekla Eva Horáková.", "cs")
    assert not any(m.startswith("Ministerstvo ") for m in found)
    assert found.get("Eva Horáková") == "PER"
