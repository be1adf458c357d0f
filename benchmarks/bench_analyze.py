"""Speed and memory of cronaca.analyze against trafilatura.extract on the same pages.

    python benchmarks/bench_analyze.py DIR [--limit N] [--repeat K] [--tools trafilatura,cronaca]

The parent process reads every *.html, *.htm and *.html.gz file in DIR, decompresses
and decodes it once, and saves the decoded strings to a temporary file. Each tool then
runs in its own fresh Python process (this script with the hidden --worker flag), so
one tool's imports, caches and models never count against the other. A worker loads
the pages, imports its tool, records its baseline memory, then times every call.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOOLS = ("trafilatura", "cronaca")
SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes vs KB


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return peak_rss_mb()


def decoder():
    """cronaca's byte decoder if it exists, else UTF-8 with replacement characters."""
    try:
        from cronaca.sources.decode import decode
    except Exception:  # noqa: BLE001 - not written yet, or cronaca broken: fall back
        return "utf-8 (errors=replace)", lambda data: data.decode("utf-8", errors="replace")

    def run(data: bytes) -> str:
        result = decode(data)
        if isinstance(result, str):
            return result
        if isinstance(result, tuple):      # (text, encoding) or similar
            return result[0]
        return getattr(result, "text")     # an object carrying the decoded text
    return "cronaca.sources.decode", run


def load_pages(directory: Path, limit: int | None) -> tuple[list[tuple[str, str]], str]:
    files = sorted(p for p in directory.iterdir() if p.name.lower().endswith(SUFFIXES))
    if limit:
        files = files[:limit]
    how, decode = decoder()
    pages = []
    for path in files:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
        try:
            pages.append((path.name, decode(data)))
        except Exception as exc:  # noqa: BLE001 - empty or binary file: skip, say so
            print(f"skipped {path.name}: cannot decode ({exc})", file=sys.stderr)
    return pages, how


def make_call(tool: str):
    """Import the tool and return (call, is_empty): both take one page / one result."""
    if tool == "trafilatura":
        import trafilatura
        return (lambda html: trafilatura.extract(html)), (lambda out: not out)
    import cronaca
    return ((lambda html: cronaca.analyze(html=html)),
            (lambda art: not art.text or bool(getattr(art, "failures", ()))))


def worker(tool: str, pages_file: str, repeat: int) -> None:
    """Runs in a fresh process: time one tool, print one JSON line on stdout."""
    with open(pages_file, "rb") as f:
        pages = pickle.load(f)
    before = rss_mb()                      # interpreter + pages, tool not imported
    call, is_empty = make_call(tool)
    base = rss_mb()                        # after importing the tool
    times, errors, empty, first_ms = [], {}, 0, None
    for r in range(repeat):
        for _name, html in pages:
            t0 = time.perf_counter()
            try:
                out = call(html)
            except Exception as exc:       # noqa: BLE001 - count, never stop the run
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                out = exc
            elapsed = time.perf_counter() - t0
            times.append(elapsed)
            if first_ms is None:
                first_ms = elapsed * 1000
            if r == 0 and not isinstance(out, Exception) and is_empty(out):
                empty += 1
    print(json.dumps({"tool": tool, "times": times, "errors": errors, "empty": empty,
                      "first_ms": first_ms, "before_mb": before, "base_mb": base,
                      "peak_mb": peak_rss_mb()}))


def run_tool(tool: str, pages_file: str, repeat: int) -> dict | None:
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", tool,
           "--pages-file", pages_file, "--repeat", str(repeat)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        print(f"{tool}: worker failed (exit {proc.returncode}): {tail[0]}", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def summarise(res: dict) -> dict:
    times = sorted(res["times"])
    n, total = len(times), sum(times)
    p95 = times[max(0, math.ceil(0.95 * n) - 1)] if n else float("nan")
    return {
        "pages/s": n / total if total else float("nan"),
        "mean ms/page": 1000 * total / n if n else float("nan"),
        "p95 ms/page": 1000 * p95,
        "first call ms": res["first_ms"] or float("nan"),
        "RSS before import MB": res["before_mb"],
        "RSS after import MB": res["base_mb"],
        "peak RSS MB": res["peak_mb"],
        "peak - before import MB": res["peak_mb"] - res["before_mb"],
        "peak - after import MB": res["peak_mb"] - res["base_mb"],
        "exceptions": sum(res["errors"].values()),
        "empty/failed": res["empty"],
    }


def print_table(stats: dict[str, dict], errors: dict[str, dict], n_pages: int,
                repeat: int, how: str) -> None:
    tools = list(stats)
    print(f"\n{n_pages} pages x {repeat} repeat(s); decoded with {how}; "
          f"Python {sys.version.split()[0]} on {sys.platform}\n")
    width = max(len(k) for k in next(iter(stats.values())))
    print(" " * width + "".join(f"{t:>14}" for t in tools)
          + (f"{'ratio c/t':>12}" if len(tools) == 2 else ""))
    for key in next(iter(stats.values())):
        row = f"{key:<{width}}"
        for t in tools:
            v = stats[t][key]
            row += f"{v:>14.0f}" if isinstance(v, int) else f"{v:>14.2f}"
        if len(tools) == 2 and "trafilatura" in stats and "cronaca" in stats:
            a, b = stats["cronaca"][key], stats["trafilatura"][key]
            row += f"{a / b:>12.2f}" if isinstance(b, float) and b else f"{'':>12}"
        print(row)
    for t, errs in errors.items():
        if errs:
            print(f"{t} exceptions by type: {errs}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", nargs="?", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    ap.add_argument("--repeat", type=int, default=1, help="run over the pages K times")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated, default: both")
    ap.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    ap.add_argument("--pages-file", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        worker(args.worker, args.pages_file, args.repeat)
        return
    if args.directory is None or not args.directory.is_dir():
        ap.error("DIR must be a directory of *.html / *.htm / *.html.gz pages")

    pages, how = load_pages(args.directory, args.limit)
    if not pages:
        ap.error(f"no HTML pages in {args.directory}")
    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as f:
        pickle.dump(pages, f)
    try:
        stats, errors = {}, {}
        for tool in [t.strip() for t in args.tools.split(",") if t.strip()]:
            print(f"running {tool} on {len(pages)} pages...", file=sys.stderr)
            res = run_tool(tool, f.name, args.repeat)
            if res is not None:
                stats[tool], errors[tool] = summarise(res), res["errors"]
        if stats:
            print_table(stats, errors, len(pages), args.repeat, how)
        else:
            sys.exit("no tool ran")
    finally:
        os.unlink(f.name)


if __name__ == "__main__":
    main()
