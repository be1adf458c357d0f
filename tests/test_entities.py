"""The entities step on small hand-written articles in several languages."""
import pytest

from cronaca.article import Article, Paragraph, RemovedLine
from cronaca.entities import Entities
from cronaca.pipeline import Pipeline
from cronaca.steps.segment import Segment


def article(text: str, lang: str, removed=()) -> Article:
    """An Article with one paragraph a line and sentences from the segmenter."""
    paragraphs, at = [], 0
    for line in text.split("\n"):
        paragraphs.append(Paragraph(at, at + len(line)))
        at += len(line) + 1
    base = Article(source="<test>", text=text, input_kind="text", language=lang,
                   paragraphs=tuple(paragraphs), removed=tuple(removed))
    return Segment()(base)


def run(text: str, lang: str, **kw) -> Article:
    return Entities()(article(text, lang, **kw))


def typed(text: str, lang: str, kinds=("name", "nominal")) -> dict[str, str]:
    """{mention text: type} of the mentions of these kinds the step finds."""
    return {m.text: e.type for e in run(text, lang).entities for m in e.mentions if m.kind in kinds}


def mentions(text: str, lang: str) -> dict[str, str]:
    """{mention text: type} of the name mentions (no nominals, no adjectives)."""
    return typed(text, lang, ("name",))


def by_name(a: Article):
    return {e.name: e for e in a.entities}


def entity_of(a: Article, mention_text: str):
    return [e for e in a.entities if any(m.text == mention_text for m in e.mentions)]


IT = ("Il presidente russo Vladimir Putin è arrivato a Pyongyang, dove ha incontrato Kim Jong Un. "
      "Putin ha ricordato la visita del 2000, quando incontrò Kim Jong Il.\n"
      "Kim ha ringraziato la Russia per il sostegno. Kim ha poi accompagnato l'ospite all'università "
      "di Pyongyang. Il presidente russo ha lasciato la Corea del Nord in serata.")


def test_offsets_point_at_the_mention_text():
    a = run(IT, "it")
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start:m.end] == m.text


def test_surname_goes_to_the_person_the_article_is_about():
    a = run(IT, "it")
    un = by_name(a)["Kim Jong Un"]
    il = by_name(a)["Kim Jong Il"]
    kims = [m for m in un.mentions if m.text == "Kim"]
    assert len(kims) == 2
    assert [m.text for m in il.mentions] == ["Kim Jong Il"]


def test_short_name_joins_full_name_and_adjective_joins_country():
    a = run(IT, "it")
    putin = by_name(a)["Vladimir Putin"]
    assert putin.type == "PER" and "Putin" in putin.aliases
    russia = entity_of(a, "Russia")[0]
    assert russia.type == "LOC" and russia.key == "iso:ru"
    assert any(m.kind == "adjective" and m.text == "russo" for m in russia.mentions)
    assert entity_of(a, "Corea del Nord")[0].key == "iso:kp"


def test_nominal_linked_when_title_and_country_match():
    a = run(IT, "it")
    putin = by_name(a)["Vladimir Putin"]
    nominals = [m for m in putin.mentions if m.kind == "nominal"]
    assert [m.text for m in nominals] == ["presidente russo"]


def test_nominal_left_alone_when_nobody_fits():
    a = run("Il ministro Mario Rossi ha parlato. Il presidente americano non ha risposto.", "it")
    assert not any(m.kind == "nominal" for e in a.entities for m in e.mentions if e.type == "PER")


def test_caption_names_the_person_but_is_not_a_mention():
    text = "Kim ha ricevuto Putin. Secondo Kim, la visita è storica. Kim Jong Il fu il padre."
    a = run(text, "it", removed=[RemovedLine(3, "Kim Jong Un e Putin", "caption")])
    kim = entity_of(a, "Kim")[0]
    assert kim.name == "Kim Jong Un"
    assert all(0 <= m.start < len(text) for e in a.entities for m in e.mentions)


def test_polish_inflected_forms_are_one_entity():
    text = ("Asia Bibi została uniewinniona przez Sąd Najwyższy w Pakistanie. "
            "Obrońcy Asii Bibi cieszą się z wyroku.\n"
            "Rodzina czeka na Asię Bibi w Lahaurze. Bibi spędziła w więzieniu osiem lat.")
    a = run(text, "pl")
    bibi = entity_of(a, "Asię Bibi")
    assert len(bibi) == 1 and bibi[0].name == "Asia Bibi" and bibi[0].type == "PER"
    assert {"Asii Bibi", "Bibi"} <= {m.text for m in bibi[0].mentions}
    assert entity_of(a, "Pakistanie")[0].key == "iso:pk"


def test_russian_genitive_country_before_a_name_is_split_off():
    text = "Президент России Владимир Путин заявил, что Украину ждет кризис. Путина поддержали в Москве."
    a = run(text, "ru")
    putin = entity_of(a, "Владимир Путин")[0]
    assert putin.type == "PER" and putin.key == "putin v"
    assert "Путина" in putin.aliases
    assert entity_of(a, "России")[0].key == "iso:ru"
    assert entity_of(a, "Украину")[0].key == "iso:ua"
    assert entity_of(a, "Москве")[0].key == "moscov"


def test_english_titles_demonyms_and_organisations():
    text = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday. "
            "An expert at Hanyang University in Seoul said the deal matters. Putin left on Thursday.")
    a = run(text, "en")
    assert entity_of(a, "Putin")[0].name == "Vladimir Putin"
    assert entity_of(a, "Hanyang University")[0].type == "ORG"
    assert entity_of(a, "Seoul")[0].type == "LOC"
    assert entity_of(a, "Russian")[0].key == "iso:ru"
    assert not entity_of(a, "Wednesday") and not entity_of(a, "An")


def test_german_capitalised_nouns_are_not_names():
    text = "Bundeskanzlerin Angela Merkel sprach in Berlin über die Regierung. Die Regierung schweigt. Merkel reiste ab."
    a = run(text, "de")
    assert entity_of(a, "Merkel")[0].name == "Angela Merkel"
    assert entity_of(a, "Berlin")[0].type == "LOC"
    assert not entity_of(a, "Regierung")


@pytest.mark.parametrize("lang,text,name,place", [
    ("fr", "Le président français Emmanuel Macron est arrivé à Berlin. Macron a rencontré la presse.",
     "Emmanuel Macron", "Berlin"),
    ("es", "El presidente español Pedro Sánchez viajó a Bruselas. Sánchez habló con la prensa.",
     "Pedro Sánchez", "Bruselas"),
    ("cs", "Premiér Andrej Babiš odletěl do Bruselu. Babiš tam jednal s kolegy.", "Andrej Babiš", "Bruselu"),
    ("bg", "Премиерът Бойко Борисов пристигна в Брюксел. Борисов говори с журналисти.",
     "Бойко Борисов", "Брюксел"),
])
def test_more_languages(lang, text, name, place):
    a = run(text, lang)
    short = name.split()[-1]
    assert entity_of(a, short)[0].name == name
    assert entity_of(a, place)[0].type == "LOC"


def test_no_names_no_entities():
    assert run("non è successo niente di importante oggi in città.", "it").entities == ()


def test_step_contract_and_pipeline_order():
    step = Entities()
    assert step.name == "entities" and step.adds == {"entities"}
    assert step.needs == {"text", "sentences", "language"}
    Pipeline([Segment(), step], provided={"text", "paragraphs", "language"})


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="rules"):
        Entities(backend="magic")


def test_a_script_without_capital_letters_gets_no_guesses():
    import cronaca
    article = cronaca.analyze(text="東京都は昨日、新しい防災計画を発表した。計画は来年四月から実施される予定だ。"
                                   "知事は記者会見で、住民の協力を呼びかけた。")
    assert article.entities == () and not article.failures
