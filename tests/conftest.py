from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="module")
def provenance_db(tmp_path_factory) -> Path:
    """A corpus of fixtures/provenance: the Italian copy stored first (row 1), then its
    English original (row 2)."""
    from cronaca.corpus import Corpus
    folder = tmp_path_factory.mktemp("provenance")
    pages = [FIXTURES / "provenance" / name for name in ("it_copy.html", "en_original.html")]
    db = folder / "provenance.db"
    with Corpus(db) as corpus:
        corpus.ingest([str(page) for page in pages])
    return db
