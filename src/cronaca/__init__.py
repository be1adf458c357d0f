"""cronaca: news forensics. See ``cronaca.analyze``."""
__version__ = "0.1.0"

from cronaca.article import SCHEMA, Article  # noqa: E402
from cronaca.api import analyze, analyze_many  # noqa: E402
from cronaca.corpus import Corpus  # noqa: E402

__all__ = ["SCHEMA", "Article", "Corpus", "analyze", "analyze_many", "__version__"]
