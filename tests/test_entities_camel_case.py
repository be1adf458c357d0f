"""Camel case makes a company ("BrightLoop"), but not of a known given name or of a word a
rule already typed a person (camel_case)."""
from test_entities import typed


def test_a_camel_cased_given_name_stays_a_person():
    got = typed("On Monday MaryAnn told the council the budget was short.", "en")
    assert got.get("MaryAnn") == "PER"


def test_a_camel_cased_word_after_a_title_stays_a_person():
    got = typed("Later Senator JaVale said the vote would wait.", "en")
    assert got.get("JaVale") == "PER"
    got = typed("Secondo il senatore JaVale il voto slitterà a giugno.", "it")
    assert got.get("JaVale") == "PER"


def test_a_camel_cased_word_no_list_or_rule_names_is_still_a_company():
    got = typed("Later JaVale said the vote would wait.", "en")      # control: no title, no known name
    assert got.get("JaVale") == "ORG"
    got = typed("Shares of BrightLoop fell on Monday after the report.", "en")
    assert got.get("BrightLoop") == "ORG"
