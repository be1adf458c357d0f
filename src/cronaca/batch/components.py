"""Stories of a batch: the connected components of its story pairs, on Spark.

The pairs come from ``story_edges.py``. Components are found by min-label
propagation: each article takes the smallest label among itself and its
neighbours until nothing changes (as many rounds as the longest shortest path, at
most ``ROUNDS``). An article without a pair is a story of its own.
"""
from __future__ import annotations

ROUNDS = 30


def stories(articles, pairs):
    """(article, story) rows; ``story`` is the smallest Article id of the component."""
    from pyspark.sql import functions as F
    edges = (pairs.select(F.col("a").alias("src"), F.col("b").alias("dst"))
             .union(pairs.select(F.col("b").alias("src"), F.col("a").alias("dst")))).cache()
    labels = articles.select(F.col("id").alias("article")).distinct().withColumn(
        "story", F.col("article"))
    for _ in range(ROUNDS):
        offered = (edges.join(labels, edges.src == labels.article)
                   .groupBy(F.col("dst").alias("article")).agg(F.min("story").alias("offer")))
        moved = (labels.join(offered, "article", "left")
                 .select("article", F.col("story").alias("old"),
                         F.least("story", F.coalesce("offer", "story")).alias("story")))
        moved = moved.localCheckpoint()           # cut the lineage: one plan a round
        if moved.where(F.col("story") != F.col("old")).limit(1).count() == 0:
            labels = moved.select("article", "story")
            break
        labels = moved.select("article", "story")
    edges.unpersist()
    return labels
