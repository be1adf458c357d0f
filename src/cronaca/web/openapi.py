"""The OpenAPI description (/api/openapi.json) names the Article JSON Schema that
`cronaca schema` prints, so API clients validate against the same contract."""
from __future__ import annotations

import copy
import json

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ARTICLE = {"description": "The Article JSON (the same as `cronaca analyze -f json`)",
           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}}


def article_components() -> dict:
    """The Article schema with its $defs moved to components (OpenAPI 3.1 reads JSON
    Schema 2020-12, but references resolve against the whole document)."""
    from cronaca.schema import article_schema
    schema = copy.deepcopy(article_schema())
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    out = {"Article": schema, **{f"Article_{name}": d for name, d in defs.items()}}
    text = json.dumps(out).replace('"#/$defs/', '"#/components/schemas/Article_')
    return json.loads(text)


def add_article_schema(app: FastAPI) -> None:
    def openapi():
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            schema.setdefault("components", {}).setdefault("schemas", {}).update(
                article_components())
            app.openapi_schema = schema
        return app.openapi_schema
    app.openapi = openapi
