"""A Spark session for ``cronaca batch``, with the errors a user meets said in one line.

On a local master the workers run this very Python (the one with cronaca and its
models installed), the web UI is off and the driver listens on 127.0.0.1 only. On
a cluster (spark://, yarn, k8s://) cronaca must be installed on every worker, and
the rest of the configuration is the cluster's (``--conf`` passes more).
"""
from __future__ import annotations

import logging
import os
import shutil
import sys

from cronaca.errors import CronacaError

log = logging.getLogger(__name__)
LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.python.worker.reuse": "true",       # the models stay loaded between tasks
    "spark.ui.showConsoleProgress": "false",   # cronaca prints a line an input instead
    "spark.sql.execution.pythonUDF.arrow.enabled": "false",   # plain UDFs: no pandas needed
}
QUIET = os.path.join(os.path.dirname(__file__), "log4j2.properties")


def is_local(master: str) -> bool:
    return master.startswith("local")


def java_ready() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and os.path.exists(os.path.join(home, "bin",
                                                                                "java"))))


def session(master: str = "local[*]", conf: dict[str, str] | None = None):
    """A SparkSession; raises CronacaError when PySpark or Java is missing."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise CronacaError("no_spark", master, detail="pyspark") from None
    if not java_ready():
        raise CronacaError("no_java", master)
    builder = SparkSession.builder.master(master).appName("cronaca batch")
    settings = dict(LOCAL_CONF) if is_local(master) else {}
    if is_local(master):
        # a shuffle partition per core, not Spark's 200: a local run has little data
        settings["spark.sql.shuffle.partitions"] = str(_local_cores(master))
        settings["spark.pyspark.python"] = sys.executable
        settings["spark.pyspark.driver.python"] = sys.executable
        _quiet_local_jvm()
    settings.update(conf or {})
    for name, value in settings.items():
        builder = builder.config(name, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:          # the JVM did not start: say why in one line
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CronacaError("spark_failed", master, detail=detail[:200]) from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _local_cores(master: str) -> int:
    inside = master[master.find("[") + 1:master.find("]")] if "[" in master else "1"
    cores = inside.split(",")[0].strip()
    return (os.cpu_count() or 1) if cores == "*" else max(1, int(cores or 1))


def _quiet_local_jvm() -> None:
    """Before the local JVM starts: its logs at ERROR, and no warning that the host
    name resolves to a loopback address (the driver binds 127.0.0.1 on purpose)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_SUBMIT_ARGS",
                          f"--driver-java-options -Dlog4j2.configurationFile=file:{QUIET} "
                          "pyspark-shell")
