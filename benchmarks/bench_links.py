"""Linking cost as the corpus grows: 1k and 10k synthetic articles (100k with --big).

    PYTHONPATH=src python benchmarks/bench_links.py [--big] [--sizes 1000 10000]

Each size runs in its own process (peak RSS is per size); wall time and CPU time
are both printed, since on a shared machine only the CPU time compares across sizes. Articles are random
Zipf text with names and numbers from a pool; 5% are near-copies of another and
5% "translations" (the same facts, other words, other language code). The
embedding is a stand-in (a hashed bag of the facts projected to 512 dimensions):
the real model costs ~0.01 s an article whatever the corpus size, so it adds a
constant per article and is reported apart. Reference: all-pairs exact Jaccard,
as a naive deduplicator would do, at the small sizes.
"""
from __future__ import annotations

import argparse
import itertools
import random
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

VOCAB = [f"w{i}" for i in range(5000)]
WEIGHTS = [1 / (i + 1) for i in range(5000)]
NAMES = [f"Name{i} Surname{i}" for i in range(3000)]


def fake_article(rng: random.Random, i: int, base=None, kind=None):
    from cronaca.article import Article, Entity
    if base is not None and kind == "copy":
        words = base.text.split()
        for _ in range(4):
            words[rng.randrange(len(words))] = rng.choice(VOCAB)
        text, lang, ents = " ".join(words), base.language, base.entities
    else:
        names = rng.sample(NAMES, 4) if base is None else [e.name for e in base.entities]
        nums = [str(rng.randrange(10, 99999)) for _ in range(4)] if base is None else \
            [w for w in base.text.split() if w.isdigit()]
        body = rng.choices(VOCAB, WEIGHTS, k=180)
        text = " ".join(body[:60] + nums + body[60:] + [n.split()[1] for n in names])
        lang = "en" if base is None else "it"
        ents = tuple(Entity(f"e{j}", n, "PER", key=n.casefold().split()[1] + " " + n[0].lower())
                     for j, n in enumerate(names))
    return Article(source=f"syn/{i}", text=text, input_kind="text", language=lang,
                   entities=ents)


class StandInEmbedder:
    """Hashed facts projected to 512 dimensions: near for articles sharing facts."""
    name, available = "stand-in", True

    def __init__(self):
        self.proj = np.random.default_rng(0).standard_normal((4096, 512)).astype(np.float32)

    def embed_many(self, articles):
        out = []
        for a in articles:
            v = np.zeros(512, np.float32)
            for token in [e.key for e in a.entities] + [w for w in a.text.split() if w.isdigit()]:
                v += self.proj[hash(token) % 4096]
            out.append(v / (np.linalg.norm(v) or 1))
        return out


def run_size(n: int) -> None:
    from cronaca.corpus import Corpus
    from cronaca.corpus.store import write_article
    from cronaca.links import Linker
    rng, made = random.Random(n), []
    with tempfile.TemporaryDirectory() as tmp, Corpus(f"{tmp}/b.db") as corpus:
        t = time.perf_counter()
        with corpus.conn:
            for i in range(n):
                roll = rng.random()
                base = rng.choice(made) if made and roll < 0.1 else None
                made.append(fake_article(rng, i, base, "copy" if roll < 0.05 else "translation"))
        for a in made:
            write_article(corpus.conn, a)
        stored = time.perf_counter() - t
        linker = Linker(corpus.conn, embedder=StandInEmbedder())
        t, cpu = time.perf_counter(), time.process_time()
        links = linker.rebuild(rebuild=True)
        took, cpu = time.perf_counter() - t, time.process_time() - cpu
        kinds = dict(corpus.conn.execute("SELECT kind, COUNT(*) FROM links GROUP BY kind"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n:>7} articles  link {took:7.1f} s ({took / n * 1000:.2f} ms/article; CPU "
          f"{cpu / n * 1000:.2f} ms/article, the figure to compare on a shared machine)  "
          f"peak RSS {rss:6.0f} MB  index {linker.index.kind}  links {links} {kinds}  "
          f"(storing took {stored:.1f} s)", flush=True)


def naive(n: int) -> None:
    from cronaca.links.text import shingles
    rng = random.Random(n)
    sets = [shingles(" ".join(rng.choices(VOCAB, WEIGHTS, k=200))) for _ in range(n)]
    t = time.perf_counter()
    pairs = sum(1 for a, b in itertools.combinations(sets, 2) if len(a & b) / len(a | b) > 0.7)
    took = time.perf_counter() - t
    print(f"{n:>7} articles  naive all-pairs Jaccard {took:7.1f} s "
          f"({n * (n - 1) // 2} pairs; grows as n^2)  {pairs} found", flush=True)


def use_throughput(n: int = 50) -> None:
    try:
        from cronaca.links.embed import Embedder
        from cronaca.article import Article, Sentence
    except ImportError:
        return
    text = "The mayor said the new line will open in 2026 after a long delay. " * 10
    sents = tuple(Sentence(i * 68, i * 68 + 67) for i in range(10))
    arts = [Article(f"a{i}", text, "text", language="en", sentences=sents) for i in range(n)]
    e = Embedder()
    if not e.covers("en"):
        return
    t = time.perf_counter()
    e.embed_many(arts)
    took = time.perf_counter() - t
    print(f"multilingual USE: {n / took:.0f} articles/s (10 sentences each) on top of the above")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--big", action="store_true", help="add 100k articles")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--naive", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_size(args.one)
    elif args.naive:
        naive(args.naive)
    else:
        for n in args.sizes + ([100000] if args.big else []):
            subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)
        for n in (500, 1000):
            subprocess.run([sys.executable, __file__, "--naive", str(n)], check=True)
        use_throughput()
