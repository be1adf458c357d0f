"""English names: possessives, bodies named after their leader, companies in camel case.
Each rule has a control that must not change."""
from test_entities import typed


def test_a_possessive_ends_the_name_it_belongs_to():
    for mark in ("'", "’"):
        got = typed(f"Troops will leave under President Harold Quimby{mark}s new plan, officials said.", "en")
        assert got.get("Harold Quimby") == "PER" and "Harold" not in got


def test_an_elided_article_still_starts_the_name_after_it():
    assert "Orvanco" in typed("Ieri il rapporto dell'Orvanco è uscito.", "it")
    assert "Quimby" in typed("Yesterday O'Neill and Quimby met.", "en")
    assert "O'Neill" in typed("Yesterday O'Neill and Quimby met.", "en")


def test_a_body_named_after_its_leader_makes_the_name_a_person():
    assert typed("Critics of the Darwazeh regime met in a hotel in Amman.", "en").get("Darwazeh") == "PER"
    assert typed("Critics of the Halvard regime met in a hotel in Oslo.", "it").get("Halvard") != "PER"   # control


def test_a_name_in_camel_case_is_a_company_not_a_person():
    got = typed("Shares of BrightLoop fell after Senator Alan McVeigh asked questions.", "en")
    assert got.get("BrightLoop") == "ORG" and got.get("Alan McVeigh") == "PER"


def test_a_title_after_an_acronym_is_no_surname():
    got = typed("The talks stalled, and US President Harold Quimby said tariffs would rise.", "en")
    assert got.get("Harold Quimby") == "PER" and got.get("US") == "LOC"
    assert typed("Yesterday Nina Bishop said no to the plan.", "en").get("Nina Bishop") == "PER"   # control


def test_the_white_house_is_no_person():
    assert typed("Officials at the White House said tariffs would rise.", "en").get("White House") == "ORG"


def test_a_camp_or_a_campaign_is_not_named_after_a_leader():
    got = typed("Aid reached the Moria camp and the Brexit campaign ended in Dover.", "en")
    assert got.get("Moria") != "PER" and got.get("Brexit") != "PER"
