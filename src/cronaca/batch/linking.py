"""The link phase on Spark: candidate pairs by LSH and shared facts, confirmed by
``cronaca.links.classify`` exactly as the local store confirms them.

Candidates are the union of
- MinHash LSH: the same 32 bands of 4 rows of the same 128-value MinHash as the
  local store (``links.minhash``), joined on (band, bucket): near-duplicates and
  rewrites. MLlib's ``MinHashLSH`` is not used for the join: it hashes with one
  function a table (OR-amplification only, in PySpark 4.3 too), so unrelated
  pages at Jaccard 0.01 meet in 1 - 0.99^k of its k tables and the candidate
  pairs grow with n²; bands of four rows (AND, then OR) keep 0.0003 at Jaccard
  0.1 and 0.99 at 0.5.
- random-hyperplane LSH on the normalised embeddings (``rows.embedding_bands``):
  translations and articles on one story across languages;
- rare facts: articles sharing two or more names, numbers or dates that occur in at
  most ``MAX_DF`` articles, the 20 best of each article (``links.store``).
A bucket holding more than ``BUCKET_CAP`` articles (thousands of copies of one
wire story) gives a star, each member paired with the bucket's first, not a clique.
Each article keeps its 20 strongest rewrite and same-story links, as locally.
"""
from __future__ import annotations

import json

from cronaca.links import embed, minhash
from cronaca.links.classify import Thresholds, classify
from cronaca.links.linker import CAPPED
from cronaca.links.store import MAX_DF, Side

BUCKET_CAP = 200
FACT_PAIRS = 20        # as links.store.fact_candidates: the best 20 an article
SIDE_COLUMNS = ["article", "language", "chars", "minhash", "embedding", "facts"]


def candidates(signatures):
    """(a, b) pairs, a < b, from the three indexes."""
    from pyspark.sql import functions as F
    lsh = signatures.select("article", F.posexplode("bands").alias("band", "hash"))
    emb = signatures.where(F.col("embedding_bands").isNotNull()).select(
        "article", F.posexplode("embedding_bands").alias("band", "hash"))
    pairs = bucket_pairs(lsh, ["band", "hash"]).union(bucket_pairs(emb, ["band", "hash"]))
    return pairs.union(fact_pairs(signatures)).distinct()


def bucket_pairs(rows, keys: list[str]):
    from pyspark.sql import functions as F
    sizes = rows.groupBy(*keys).agg(F.count("*").alias("n"), F.min("article").alias("first"))
    rows = rows.join(sizes.where("n > 1"), keys)
    small = rows.where(F.col("n") <= BUCKET_CAP).select(*keys, "article")
    clique = (small.alias("x").join(small.alias("y"), keys)
              .where(F.col("x.article") < F.col("y.article"))
              .select(F.col("x.article").alias("a"), F.col("y.article").alias("b")))
    star = (rows.where((F.col("n") > BUCKET_CAP) & (F.col("article") != F.col("first")))
            .select(F.col("first").alias("a"), F.col("article").alias("b")))
    return clique.union(star)


def fact_pairs(signatures):
    from pyspark.sql import functions as F
    facts = (signatures.select("article", F.explode("facts").alias("f"))
             .select("article", F.concat_ws("\t", "f.kind", "f.value").alias("fact"))
             .distinct())
    frequencies = facts.groupBy("fact").agg(F.count("*").alias("df"))
    return shared_fact_pairs(facts, frequencies, MAX_DF, FACT_PAIRS)


def shared_fact_pairs(facts, frequencies, max_df: int, best: int):
    """(a, b) pairs sharing two or more facts found in at most ``max_df`` articles,
    the ``best`` of each article by facts shared. ``facts``: article, fact;
    ``frequencies``: fact, df."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    rare = facts.join(frequencies.where((F.col("df") >= 2) & (F.col("df") <= max_df)), "fact")
    shared = (rare.alias("x").join(rare.alias("y"), "fact")
              .where(F.col("x.article") < F.col("y.article"))
              .groupBy(F.col("x.article").alias("a"), F.col("y.article").alias("b"))
              .agg(F.count("*").alias("shared")).where(F.col("shared") >= 2))
    by_a = Window.partitionBy("a").orderBy(F.desc("shared"), "b")
    by_b = Window.partitionBy("b").orderBy(F.desc("shared"), "a")
    ranked = shared.withColumn("ra", F.row_number().over(by_a)).withColumn(
        "rb", F.row_number().over(by_b))
    return ranked.where((F.col("ra") <= best) | (F.col("rb") <= best)).select("a", "b")


def links(spark, signatures, pairs=None, thresholds: Thresholds = Thresholds()):
    """The links DataFrame: a, b (Article ids, a < b), kind, score, evidence (JSON);
    ``pairs``: the candidates, if computed already."""
    from pyspark.sql import functions as F
    sides = signatures.select(*SIDE_COLUMNS)
    pairs = pairs if pairs is not None else candidates(signatures)
    pairs = (pairs.join(sides.select([F.col(c).alias("a_" + c) for c in SIDE_COLUMNS]),
                       F.col("a") == F.col("a_article"))
             .join(sides.select([F.col(c).alias("b_" + c) for c in SIDE_COLUMNS]),
                   F.col("b") == F.col("b_article")))
    found = pairs.rdd.mapPartitions(lambda rows: _classify(rows, thresholds))
    schema = "a string, b string, kind string, score double, evidence string"
    return _capped(spark.createDataFrame(found, schema))


def _side(row, prefix: str) -> Side:
    vector = row[prefix + "embedding"]
    return Side(row[prefix + "article"], row[prefix + "language"], row[prefix + "chars"],
                minhash.from_blob(row[prefix + "minhash"]),
                embed.from_blob(vector) if vector is not None else None,
                {(f["kind"], f["value"]): f["label"] for f in row[prefix + "facts"] or []})


def _classify(rows, thresholds: Thresholds):
    for row in rows:
        link = classify(_side(row, "a_"), _side(row, "b_"), thresholds)
        if link is not None:
            yield (row["a"], row["b"], link.kind, round(float(link.score), 3),
                   json.dumps(link.evidence, ensure_ascii=False))


def _capped(links):
    """Each article keeps its strongest ``CAPPED`` links of those kinds; a pair stays
    when either of its two articles keeps it (as a local rebuild does)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    by_a = Window.partitionBy("a", "kind").orderBy(F.desc("score"), "b")
    by_b = Window.partitionBy("b", "kind").orderBy(F.desc("score"), "a")
    cap = F.create_map(*[x for kind, n in CAPPED.items() for x in (F.lit(kind), F.lit(n))])
    ranked = (links.withColumn("ra", F.row_number().over(by_a))
              .withColumn("rb", F.row_number().over(by_b))
              .withColumn("cap", cap[F.col("kind")]))
    keep = F.col("cap").isNull() | (F.col("ra") <= F.col("cap")) | (F.col("rb") <= F.col("cap"))
    return ranked.where(keep).select("a", "b", "kind", "score", "evidence")
