"""Links between articles of a corpus: duplicates, rewrites, translations, same story.

    with Corpus("news.db") as corpus:
        corpus.ingest(["pages/"])        # each new article is linked as it arrives
        corpus.links(12)                 # [{"article": 40, "kind": "translation",
                                         #   "score": 0.83, "evidence": [...]}, ...]
        corpus.link(rebuild=True)        # recompute for the whole corpus

Within a language, near-copies are found by MinHash LSH over word 3-shingles;
across languages, by nearest neighbours of a multilingual embedding, confirmed by
names, numbers, dates and quote speakers that do not depend on the language.
Languages the embedding model does not cover are linked on that evidence alone.
"""
from cronaca.links.classify import KINDS, Link, Thresholds
from cronaca.links.linker import Linker, links_of

__all__ = ["KINDS", "Link", "Linker", "Thresholds", "links_of"]
