"""Small SVG charts (plain text, no Qt): browsers and Qt's rich text both show them."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from xml.sax.saxutils import escape

WIDTH = 560
BAR = "#3b7dd8"
MUTED = "#9aa5b1"
TEXT = "#243342"
FONT = 'font-family="sans-serif" font-size="12"'


def data_uri(svg: str) -> str:
    """The SVG as a ``data:`` URL for ``<img src=...>`` (self-contained HTML, QTextDocument)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _svg(height: int, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}">{"".join(body)}</svg>'
    )


def bar_chart(items: Sequence[tuple[str, float, str]], label_width: int = 150) -> str:
    """Horizontal bars: (label, value, value as shown), biggest value = full width."""
    row, top = 24, 4
    biggest = max((value for _, value, _ in items), default=0.0) or 1.0
    room = WIDTH - label_width - 90
    body: list[str] = []
    for index, (label, value, shown) in enumerate(items):
        y = top + index * row
        width = max(int(room * max(value, 0.0) / biggest), 1 if value > 0 else 0)
        body.append(
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" fill="{TEXT}" {FONT}>'
            f"{escape(_short(label))}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="16" fill="{BAR}"/>'
            f'<text x="{label_width + width + 6}" y="{y + 15}" fill="{TEXT}" {FONT}>'
            f"{escape(shown)}</text>"
        )
    return _svg(top * 2 + row * max(len(items), 1), body)


def column_chart(points: Sequence[tuple[str, int]]) -> str:
    """Vertical columns over time (labels under the first, middle and last column)."""
    height, bottom, left = 150, 126, 36
    biggest = max((value for _, value in points), default=0) or 1
    step = (WIDTH - left - 8) / max(len(points), 1)
    body = [
        f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - 4}" y2="{bottom}" stroke="{MUTED}"/>',
        f'<text x="{left - 6}" y="16" text-anchor="end" fill="{TEXT}" {FONT}>{biggest}</text>',
        f'<text x="{left - 6}" y="{bottom}" text-anchor="end" fill="{TEXT}" {FONT}>0</text>',
    ]
    labelled = {0, len(points) // 2, len(points) - 1}
    for index, (label, value) in enumerate(points):
        x = left + index * step
        bar_height = int((bottom - 12) * value / biggest)
        body.append(
            f'<rect x="{x + step * 0.15:.1f}" y="{bottom - bar_height}" '
            f'width="{max(step * 0.7, 1):.1f}" height="{bar_height}" fill="{BAR}"/>'
        )
        if index in labelled:
            body.append(
                f'<text x="{x + step / 2:.1f}" y="{bottom + 16}" text-anchor="middle" '
                f'fill="{TEXT}" {FONT}>{escape(label)}</text>'
            )
    return _svg(height, body)


def _short(label: str, limit: int = 18) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
