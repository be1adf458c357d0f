"""The batch output directory: which inputs there are, which are done, where parts go.

    DIR/batch.json              what wrote it (format version), updated each run
    DIR/<table>/part-<key>.parquet   one part per input and table (rows.TABLES)
    DIR/_inputs/<key>.json      the completion marker of one input
    DIR/links/, DIR/stories/    written by the link phase (Spark part files)

``key`` is a hash of the input's absolute path, so a re-run writes an input's
parts under the same names: a task that died half-way leaves no marker, and its
input is analysed again over whatever it left. Parts are written under a hidden
name and renamed, and the marker is written last, so a marker means complete.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
from datetime import datetime, timezone

from cronaca.errors import CronacaError

FORMAT = "cronaca.batch/1"
MARKERS = "_inputs"
# What the batch reads: archives and JSON Lines, and single pages for small runs.
SUFFIXES = (".warc", ".warc.gz", ".arc.gz", ".jsonl", ".jsonl.gz", ".html", ".htm", ".txt")


def expand(patterns: list[str]) -> list[str]:
    """Absolute paths of the files the patterns name (globs, directories, files),
    sorted and without repeats; a pattern that names nothing is an error."""
    found: dict[str, None] = {}
    for pattern in patterns:
        if "://" in pattern:
            raise CronacaError("batch_not_local", pattern, detail=pattern)
        matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
        if not matches:
            raise CronacaError("not_found", pattern)
        for match in matches:
            for path in _files(match):
                found.setdefault(os.path.abspath(path), None)
    return list(found)


def _files(path: str) -> list[str]:
    if not os.path.isdir(path):
        return [path]
    out = []
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        out += [os.path.join(root, n) for n in sorted(names)
                if n.lower().endswith(SUFFIXES) and not n.startswith(".")]
    return out


def key(path: str) -> str:
    return hashlib.sha1(os.path.abspath(path).encode("utf-8")).hexdigest()[:16]


def stamp(path: str) -> str:
    st = os.stat(path)
    return f"{st.st_size}:{st.st_mtime_ns}"


def prepare(output: str) -> None:
    """Create the output directory, or check that an existing one is a batch output."""
    info = os.path.join(output, "batch.json")
    if os.path.isdir(output) and os.listdir(output) and not os.path.exists(info):
        raise CronacaError("not_batch_output", output, detail=output)
    os.makedirs(os.path.join(output, MARKERS), exist_ok=True)
    if os.path.exists(info):
        with open(info, encoding="utf-8") as f:
            if json.load(f).get("format") != FORMAT:
                raise CronacaError("not_batch_output", output, detail=output)
    write_json(info, {"format": FORMAT, "updated_at": now()})


def done(output: str, path: str) -> bool:
    """The input has a marker for its present size and modification time."""
    marker = os.path.join(output, MARKERS, key(path) + ".json")
    try:
        with open(marker, encoding="utf-8") as f:
            return json.load(f).get("stamp") == stamp(path)
    except (OSError, ValueError):
        return False


def marker_times(output: str) -> dict[str, int]:
    """Marker file name -> its modification time (ns): what a driver polls."""
    try:
        with os.scandir(os.path.join(output, MARKERS)) as entries:
            return {e.name: e.stat().st_mtime_ns for e in entries
                    if e.name.endswith(".json") and not e.name.startswith(".")}
    except OSError:
        return {}


def read_marker(output: str, name: str) -> dict:
    with open(os.path.join(output, MARKERS, name), encoding="utf-8") as f:
        return json.load(f)


def part(output: str, table: str, input_key: str) -> str:
    return os.path.join(output, table, f"part-{input_key}.parquet")


def write_json(path: str, data: dict) -> None:
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def has_table(output: str, table: str) -> bool:
    folder = os.path.join(output, table)
    return os.path.isdir(folder) and any(n.endswith(".parquet") for n in os.listdir(folder))


def links_stale(output: str) -> bool:
    """No links yet, or an input finished after they were computed."""
    done = os.path.join(output, "links", "_SUCCESS")
    if not os.path.exists(done):
        return True
    folder = os.path.join(output, MARKERS)
    newest = max((os.path.getmtime(os.path.join(folder, n)) for n in os.listdir(folder)),
                 default=0.0)
    return newest > os.path.getmtime(done)
