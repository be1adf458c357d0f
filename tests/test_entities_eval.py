"""The entity evaluators on tiny corpora written here, never on the development data."""
from cronaca.evaluate.entities import evaluate_bsnlp, evaluate_conll, format_bsnlp, format_conll

CONLL = """Il\tO
ministro\tO
Mario\tB-PER
Rossi\tI-PER
è\tO
arrivato\tO
a\tO
Roma\tB-LOC
.\tO

Rossi\tB-PER
ha\tO
incontrato\tO
i\tO
dirigenti\tO
dell'\tO
università\tB-ORG
di\tI-ORG
Bologna\tI-ORG
.\tO
"""


def test_conll_scores_exact_spans_and_types(tmp_path):
    path = tmp_path / "dev.tsv"
    path.write_text(CONLL, encoding="utf-8")
    result = evaluate_conll(path, language="it")
    assert result["overall"]["gold"] == 4
    assert result["overall"]["f1"] == 1.0
    assert "overall" in format_conll(result)


def _bsnlp(root, lang, name, text, gold):
    raw = root / "topic" / "raw" / lang
    ann = root / "topic" / "annotated" / lang
    raw.mkdir(parents=True, exist_ok=True)
    ann.mkdir(parents=True, exist_ok=True)
    (raw / f"{name}.txt").write_text(f"{name}\n{lang}\n2019-01-01\nhttp://example.org\n{text}", "utf-8")
    (ann / f"{name}.out").write_text(name + "\n" + "\n".join("\t".join(g) for g in gold), "utf-8")


def test_bsnlp_mentions_and_grouping(tmp_path):
    _bsnlp(tmp_path, "pl", "d1",
           "Asia Bibi jest wolna\nSąd w Pakistanie uniewinnił Asię Bibi. Obrońcy Asii Bibi są szczęśliwi.",
           [("Asia Bibi", "Asia Bibi", "PER", "PER-Asia-Bibi"),
            ("Asię Bibi", "Asia Bibi", "PER", "PER-Asia-Bibi"),
            ("Asii Bibi", "Asia Bibi", "PER", "PER-Asia-Bibi"),
            ("Pakistanie", "Pakistan", "LOC", "GPE-Pakistan")])
    result = evaluate_bsnlp(tmp_path)
    pl = result["pl"]
    assert pl["docs"] == 1
    assert pl["mentions"]["recall"] == 1.0
    assert pl["grouping"]["f1"] == 1.0 and pl["grouping"]["accuracy"] == 1.0
    assert "grouping" in format_bsnlp(result)


def _typed_as(types: dict[str, str]):
    """A step that names each listed form once, with the given type (the scorer under test)."""
    from dataclasses import replace
    from cronaca.article import Entity, Mention

    def step(article):
        entities = []
        for n, (form, kind) in enumerate(types.items()):
            at = article.text.index(form)
            entities.append(Entity(f"e{n}", form, kind, mentions=(Mention(at, at + len(form), form),)))
        return replace(article, entities=tuple(entities))
    return step


def test_bsnlp_typed_counts_misc_as_an_event_or_product_and_nothing_else(tmp_path):
    _bsnlp(tmp_path, "cs", "d1", "Mistrovství světa v Brně\nNa Mistrovství světa přijela Škoda Octavia a Jana Nováková.",
           [("Mistrovství světa", "Mistrovství světa", "EVT", "EVT-MS"),
            ("Škoda Octavia", "Škoda Octavia", "PRO", "PRO-Octavia"),
            ("Jana Nováková", "Jana Nováková", "PER", "PER-Novakova")])
    step = _typed_as({"Mistrovství světa": "MISC", "Škoda Octavia": "MISC", "Jana Nováková": "MISC"})
    typed = evaluate_bsnlp(tmp_path, step=step)["cs"]["typed_mentions"]
    assert typed["recall"] == 2 / 3     # the person typed MISC is wrong
