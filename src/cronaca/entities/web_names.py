""""Flickr.com", "Repubblica.it": a name written with its web domain is the site's owner, and
the domain is part of the name (an organisation). The tokens end at the full stop, so the
finder saw "Flickr" alone.
"""
from __future__ import annotations

import dataclasses
import re

_DOMAIN = re.compile(r"\.(?:com|org|net|it|info|eu|ir|de|fr|uk|es|ru|gov|edu|tv)(?!\w|\.\w)")


def with_domains(text: str, found: list) -> list:
    """``found`` with the names that run into a web domain extended over it and typed ORG."""
    out = []
    for c in found:
        m = _DOMAIN.match(text, c.end) if c.kind == "name" and " " not in c.text else None
        if m and not text[c.start - 1:c.start] in (".", "/", "@"):
            c = dataclasses.replace(c, end=m.end(), text=text[c.start:m.end()], type="ORG")
        out.append(c)
    return out
