"""A small timeline for inline SVG, computed on the server: one row per group (a
language), one dot per dated item, a few date ticks. Templates draw it; no JS."""
from __future__ import annotations

from datetime import date

WIDTH, ROW, LEFT, RIGHT, TOP, BOTTOM = 640, 28, 48, 16, 8, 28


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def timeline(items: list[dict]) -> dict | None:
    """``items``: {published, group, title, href}. None when nothing is dated."""
    dated = [(d, item) for item in items if (d := _day(item.get("published")))]
    if not dated:
        return None
    groups = sorted({item["group"] or "?" for _, item in dated})
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max(1, (last - first).days)
    inner = WIDTH - LEFT - RIGHT

    def x(d: date) -> float:
        return round(LEFT + inner * ((d - first).days / span if last > first else 0.5), 1)

    rows = [{"label": g, "y": TOP + ROW * i + ROW // 2} for i, g in enumerate(groups)]
    y = {r["label"]: r["y"] for r in rows}
    points = [{"x": x(d), "y": y[item["group"] or "?"], "href": item.get("href"),
               "title": f"{d.isoformat()} · {item['group'] or '?'} · {item.get('title') or ''}"}
              for d, item in sorted(dated, key=lambda p: p[0])]
    height = TOP + ROW * len(groups) + BOTTOM
    marks = _ticks(first, last)
    ticks = [{"x": x(d), "label": d.isoformat(),
              "anchor": "middle" if len(marks) == 1 else
              "start" if i == 0 else "end" if i == len(marks) - 1 else "middle"}
             for i, d in enumerate(marks)]
    return {"width": WIDTH, "height": height, "rows": rows, "points": points,
            "ticks": ticks, "axis_y": height - BOTTOM + 4, "left": LEFT,
            "right": WIDTH - RIGHT, "undated": len(items) - len(dated),
            "summary": f"{len(dated)} dated from {first.isoformat()} to {last.isoformat()}"}


def _ticks(first: date, last: date) -> list[date]:
    if first == last:
        return [first]
    middle = date.fromordinal((first.toordinal() + last.toordinal()) // 2)
    return [first, middle, last] if (last - first).days > 2 else [first, last]
