"""A cue with no subject in a language that drops subjects: the speaker is the one of the
sentence just before, in the same paragraph."""
import pytest

from cronaca.api import analyze
from cronaca.options import AnalyzeOptions
from quoting import quoted_article


def _last(text: str, language: str):
    article = analyze(text=text, options=AnalyzeOptions(language=language))
    return article.quotes[-1]


@pytest.mark.parametrize("language, text, name", [
    ("it", "Il sindaco Paolo Verri ha visitato il cantiere del ponte. «Finiremo entro "
           "l'estate», ha promesso, davanti agli operai.", "Paolo Verri"),
    ("es", "La alcaldesa Marta Ruiz inauguró ayer la nueva biblioteca. «Es un día para el "
           "barrio», afirmó, antes de cortar la cinta.", "Marta Ruiz"),
])
def test_the_person_opening_the_sentence_before_speaks(language, text, name):
    quote = _last(text, language)
    assert quote.speaker is not None and quote.speaker.name == name


def test_the_speaker_of_the_quote_in_the_sentence_before_speaks():
    text = ("Anna Moro ha ammesso che i lavori sono in ritardo. «Ci vorrà un altro mese», "
            "ha spiegato.")
    quotes = quoted_article(text, "it").quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.text == "Anna Moro"


def test_a_new_paragraph_or_a_language_that_writes_its_subjects_keeps_no_speaker():
    across = ("Il sindaco Paolo Verri ha visitato il cantiere del ponte.\n«Finiremo entro "
              "l'estate», ha promesso, davanti agli operai.")
    assert _last(across, "it").speaker is None
    english = ("Mayor Paul Verey visited the bridge works on Monday. \"We will finish by "
               "summer,\" promised, to the workers.")
    assert _last(english, "en").speaker is None
