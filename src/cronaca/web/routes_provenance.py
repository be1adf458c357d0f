"""Copy versus likely original: the group, its reasons, and the aligned sentences."""
from __future__ import annotations

from fastapi import APIRouter, Request

from cronaca.web import diffview
from cronaca.web.render import not_found, open_corpus, page

router = APIRouter()


@router.get("/origin/{ref:path}")
def origin(request: Request, ref: str):
    with open_corpus(request) as corpus:
        found = corpus.origin(ref)
        if found is None:
            raise not_found("article")
        original = found.original
        copy = found.asked if found.asked != original.id else next(
            (m.id for m in found.members if m.id != original.id), None)
        result = corpus.diff(original.id, copy) if copy is not None else None
    return page(request, "origin.html", title="Copy and likely original", found=found,
                members=[m.to_dict() for m in found.members], diff=result,
                rows=diffview.rows(result) if result else [])


@router.get("/diff")
def diff(request: Request, original: str, copy: str):
    with open_corpus(request) as corpus:
        result = corpus.diff(original, copy)
    return page(request, "origin.html", title="Copy and original", found=None, members=[],
                diff=result, rows=diffview.rows(result))
