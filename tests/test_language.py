from cronaca.article import Article, Paragraph
from cronaca.extract import join_paragraphs
from cronaca.steps.language import DocumentLanguage, SentenceLanguage, document_language
from cronaca.steps.segment import Segment, split_sentences

IT = [
    "Il consiglio comunale di Bologna ha approvato ieri sera il nuovo piano per il traffico, "
    "che prevede zone a trenta all'ora in quasi tutta la città.",
    "Read more",
    "Share on Twitter",
    "Secondo l'assessore, la misura ridurrà gli incidenti e renderà le strade più sicure "
    "per chi va a piedi o in bicicletta.",
]


def build(paragraphs):
    text, spans = join_paragraphs(paragraphs)
    return Article(source="t", text=text, input_kind="text", paragraphs=spans)


def test_short_foreign_lines_do_not_flip_the_document_language():
    lang, confidence = document_language(IT)
    assert lang == "it" and confidence > 0.9


def test_document_language_step_and_forced_language():
    assert DocumentLanguage()(build(IT)).language == "it"
    assert DocumentLanguage(forced="fr")(build(IT)).language == "fr"


def test_sentence_languages_inherit_unless_confident():
    paragraphs = IT + ["The government said on Tuesday that the new rules would take effect "
                       "next spring, after a long consultation with local councils."]
    article = Segment()(DocumentLanguage()(build(paragraphs)))
    article = SentenceLanguage()(article)
    langs = [s.language for s in article.sentences]
    assert langs[-1] == "en"
    assert langs.count("it") == len(langs) - 1   # "Read more" stays "it": too short


def test_sentences_have_exact_offsets():
    text = 'Il dott. Bianchi ha detto: "Torneremo presto." Poi è ripartito. E adesso?'
    spans = split_sentences(text, "it")
    assert [text[s:e] for s, e in spans] == [
        'Il dott. Bianchi ha detto: "Torneremo presto."', "Poi è ripartito.", "E adesso?"]


def test_segmentation_for_a_language_pysbd_does_not_know():
    text = "Vlada je v torek sprejela nov zakon. Opozicija je glasovala proti."
    spans = split_sentences(text, "sl")
    assert [text[s:e] for s, e in spans] == [
        "Vlada je v torek sprejela nov zakon.", "Opozicija je glasovala proti."]


def test_sentences_never_cross_paragraphs():
    article = Segment()(DocumentLanguage()(build(["Senza punto finale", "Un'altra riga."])))
    assert [article.span_text(s) for s in article.sentences] == [
        "Senza punto finale", "Un'altra riga."]
    assert all(isinstance(p, Paragraph) for p in article.paragraphs)


def test_a_quotation_is_not_split_and_keeps_its_closing_mark():
    text = "„Wir sind bereit. Es geht los“, sagte sie. Dann ging sie."
    assert [text[s:e] for s, e in split_sentences(text, "de")] == [
        "„Wir sind bereit. Es geht los“, sagte sie.", "Dann ging sie."]
    text = 'He said: "We are ready." Then he left.'
    assert [text[s:e] for s, e in split_sentences(text, "en")] == [
        'He said: "We are ready."', "Then he left."]


def test_a_lower_case_word_after_a_full_stop_does_not_start_a_sentence():
    text = "Rozmawiali m.in. o podatkach i cłach. Potem wyszli."
    assert [text[s:e] for s, e in split_sentences(text, "pl")] == [
        "Rozmawiali m.in. o podatkach i cłach.", "Potem wyszli."]


def test_cjk_full_stops_need_no_space():
    text = "会议在东京举行。双方签署了协议。"
    assert [text[s:e] for s, e in split_sentences(text, "zh")] == [
        "会议在东京举行。", "双方签署了协议。"]
