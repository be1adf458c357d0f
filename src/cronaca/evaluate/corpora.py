"""Clean texts to count false warnings on: (source, language or None, text) per document.

A folder is read by its layout: BSNLP (TOPIC/raw/LANG/*.txt), PolNeAR
(SPLIT/text/*.txt, English), token<TAB>tag files (KIND; ``language`` says
which, joined PER_DOCUMENT sentences at a time), HTML pages (*.html[.gz],
extracted first, language detected), or plain *.txt files (language detected).
"""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

Document = tuple[str, str | None, str]
PER_DOCUMENT = 25


def documents(directory: str | Path, language: str | None = None) -> Iterator[Document]:
    root = Path(directory)
    if any(root.glob("*/raw/*/*.txt")):
        yield from _bsnlp(root)
    elif any(root.glob("*/text/*.txt")) or any(root.glob("text/*.txt")):
        yield from _plain(sorted(root.glob("*/text/*.txt")) + sorted(root.glob("text/*.txt")), "en")
    elif any(root.glob("*.tsv")) or any(root.glob("*.conll")):
        yield from _conll(sorted(root.glob("*.tsv")) + sorted(root.glob("*.conll")), language or "it")
    elif any(root.glob("*.html*")) or any(root.glob("*.htm")):
        yield from _html(sorted(p for p in root.iterdir() if p.name.endswith((".html", ".htm", ".html.gz"))))
    else:
        yield from _plain(sorted(root.glob("*.txt")), language)


def _bsnlp(root: Path) -> Iterator[Document]:
    from cronaca.evaluate.entities import read_bsnlp_raw
    for path in sorted(root.glob("*/raw/*/*.txt")):
        _, _, text = read_bsnlp_raw(path)
        yield str(path), path.parent.name, text


def _plain(paths: list[Path], language: str | None) -> Iterator[Document]:
    for path in paths:
        yield str(path), language, path.read_text("utf-8", errors="replace")


def _conll(paths: list[Path], language: str) -> Iterator[Document]:
    from cronaca.evaluate.entities import _join, read_conll
    for path in paths:
        sentences = read_conll(path)
        for n in range(0, len(sentences), PER_DOCUMENT):
            text = "\n".join(_join(s, 0)[0] for s in sentences[n:n + PER_DOCUMENT])
            yield f"{path}#{n}", language, text


def _html(paths: list[Path]) -> Iterator[Document]:
    from cronaca.errors import CronacaError
    from cronaca.extract import extract
    from cronaca.sources.decode import decode
    from cronaca.sources.page import Page
    for path in paths:
        data = path.read_bytes()
        data = gzip.decompress(data) if path.suffix == ".gz" else data
        try:
            article = extract(Page(source=str(path), text=decode(data)[0], kind="html"))
        except CronacaError:
            continue                     # not an article: nothing to count on
        yield str(path), None, article.text
