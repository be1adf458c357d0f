"""The JSON Schema of the Article, shipped with the package."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def article_schema() -> dict:
    return json.loads(files(__package__).joinpath("article.schema.json").read_text("utf-8"))


def validate_article(record: dict) -> None:
    """Raise jsonschema.ValidationError when ``record`` breaks the Article contract."""
    import jsonschema
    jsonschema.validate(record, article_schema(), cls=jsonschema.Draft202012Validator)
