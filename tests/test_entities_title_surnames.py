"""A title word after a given name inside a sentence is a surname ("Nina Zupan": folded,
"Zupan" is the Slovenian "župan", mayor; "Anna King")."""
import pytest

from cronaca.api import analyze
from cronaca.options import AnalyzeOptions


@pytest.mark.parametrize("language, text, person", [
    ("sl", "Po besedah medicinske sestre Nine Zupan je bolnišnica prenatrpana. Delo traja do "
           "konca leta, je dejala Nina Zupan.", "Nina Zupan"),
    ("en", "The new library was opened on Monday by Anna King, who chairs the trust. "
           "Visitors queued for an hour.", "Anna King"),
])
def test_a_title_after_a_given_name_is_a_surname(language, text, person):
    article = analyze(text=text, options=AnalyzeOptions(language=language))
    assert any(e.type == "PER" and e.name == person for e in article.entities)


def test_a_title_before_a_name_is_still_a_title():
    text = ("The King met the prime minister on Monday. Later King Harald opened the bridge "
            "over the river.")
    article = analyze(text=text, options=AnalyzeOptions(language="en"))
    assert all(not e.name.startswith("The King") for e in article.entities)
