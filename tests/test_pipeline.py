import pytest

from cronaca.article import Article, Paragraph
from cronaca.pipeline import Pipeline, PipelineOrderError


class Adds:
    def __init__(self, name, needs=(), adds=(), fail=False):
        self.name, self.needs, self.adds, self.fail = name, frozenset(needs), frozenset(adds), fail

    def __call__(self, article):
        if self.fail:
            raise RuntimeError("boom")
        return article


def article():
    return Article(source="x", text="Ciao.", input_kind="text", paragraphs=(Paragraph(0, 5),))


def test_wrong_order_fails_at_construction_with_a_fix():
    with pytest.raises(PipelineOrderError, match="put a step that adds them before 'b'"):
        Pipeline([Adds("b", needs={"x"}), Adds("a", adds={"x"})])


def test_failed_step_is_recorded_and_dependents_skipped():
    pipe = Pipeline([Adds("a", adds={"x"}, fail=True), Adds("b", needs={"x"}, adds={"y"}),
                     Adds("c", needs={"text"})])
    out = pipe(article())
    assert out.steps == ("c",)
    assert [(f.step, f.reason) for f in out.failures] == [("a", "step_failed")]
    assert "boom" in out.failures[0].message
