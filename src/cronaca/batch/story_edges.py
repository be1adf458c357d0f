"""Which articles of a batch belong in one story: scored pairs, on Spark.

The local store places each article, in ingest order, in the story of the article
it scores best with (``stories.score.pair_score``: rarity-weighted shared names,
name stems, numbers and dates, with the embedding when they share a name; at
least ``join``), and merges a second story it scores ``merge`` or more with. Here
the same score is computed on candidate pairs (the link candidates, the links,
and articles sharing rare facts), with the same document frequencies over the
whole output, and each article keeps its best pair (at or above ``join``) and every
pair at or above ``merge``: the connected components of those pairs are the
stories (``components.py``). An article's single best pair, not every pair above
``join``, is what keeps a chain of weak pairs from joining everything.
"""
from __future__ import annotations

from cronaca.batch.linking import shared_fact_pairs
from cronaca.links import embed
from cronaca.stories.data import FACT_CANDIDATES, PER_KEY, _day, expand
from cronaca.stories.score import Side, Thresholds, in_window, pair_score


def _expanded(facts):
    return sorted(f"{k}\t{v}" for k, v in expand({(f["kind"], f["value"]) for f in facts or []}))


def story_facts(signatures):
    """article, fact ("kind<TAB>value"): the facts and the stems of the names."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, StringType
    expand_udf = F.udf(_expanded, ArrayType(StringType()))
    return signatures.select("article", F.explode(expand_udf("facts")).alias("fact"))


def candidate_pairs(facts, frequencies, link_pairs, links):
    """(a, b) pairs: the link candidates, the links, and the articles sharing the most
    rare facts (two or more, each in at most PER_KEY articles; the best of each article)."""
    best = shared_fact_pairs(facts, frequencies, PER_KEY, FACT_CANDIDATES)
    return best.union(link_pairs).union(links.select("a", "b")).distinct()


def edges(spark, signatures, link_pairs, links, t: Thresholds = Thresholds()):
    """(a, b) pairs that put two articles in one story."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    facts = story_facts(signatures).cache()
    frequencies = facts.groupBy("fact").agg(F.count("*").alias("df"))
    n = signatures.count()
    weighted = (facts.join(frequencies, "fact").groupBy("article")
                .agg(F.collect_list(F.struct("fact", "df")).alias("facts")))
    sides = signatures.select("article", "embedding", "published").join(weighted, "article",
                                                                        "left")
    scores = links.select("a", "b", F.col("score").alias("link"))
    pairs = (candidate_pairs(facts, frequencies, link_pairs, links)
             .join(scores, ["a", "b"], "left")
             .join(sides.select([F.col(c).alias("a_" + c) for c in sides.columns]),
                   F.col("a") == F.col("a_article"))
             .join(sides.select([F.col(c).alias("b_" + c) for c in sides.columns]),
                   F.col("b") == F.col("b_article")))
    scored = spark.createDataFrame(pairs.rdd.mapPartitions(lambda rows: _score(rows, n, t)),
                                   "a string, b string, score double").where(
                                       F.col("score") >= t.join).cache()
    both = scored.union(scored.select(F.col("b").alias("a"), F.col("a").alias("b"), "score"))
    best = Window.partitionBy("a").orderBy(F.desc("score"), "b")
    kept = (both.withColumn("rank", F.row_number().over(best))
            .where((F.col("rank") == 1) | (F.col("score") >= t.merge)).select("a", "b"))
    return kept     # lazy: ``facts`` and ``scored`` stay cached for it (freed with the session)


def _side(row, prefix: str) -> tuple[Side, dict]:
    facts = row[prefix + "facts"] or []
    df = {tuple(f["fact"].split("\t", 1)): f["df"] for f in facts}
    vector = row[prefix + "embedding"]
    return Side(row[prefix + "article"], set(df), embed.from_blob(vector) if vector else None,
                _day(row[prefix + "published"])), df


def _score(rows, n: int, t: Thresholds):
    for row in rows:
        (a, df_a), (b, df_b) = _side(row, "a_"), _side(row, "b_")
        if not in_window(a, b, t.window_days):
            continue
        score = pair_score(a, b, df_a | df_b, n, t, row["link"] or 0.0)
        yield (row["a"], row["b"], float(score))
