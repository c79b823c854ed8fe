"""Rough text widths for sizing table columns: the advance widths of the bundled Sarabun.

Sarabun is a redesign of TH Sarabun New with about the same advances at the same size, so the widths
hold for either font. Thai marks have no advance, so summing advances is close to the shaped width.
"""

from __future__ import annotations

import math
from functools import cache

from ethicsdesk.domain.markup import parse
from ethicsdesk.resources import fonts_dir

CM_PER_POINT = 2.54 / 72


@cache
def _advances(bold: bool) -> tuple[dict[int, int], int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(fonts_dir() / ("Sarabun-Bold.ttf" if bold else "Sarabun-Regular.ttf")))
    widths: dict[int, int] = dict(face.charWidths)  # thousandths of an em
    return widths, int(face.defaultWidth)


def text_width_cm(markup: str, size_pt: float = 16) -> float:
    """The width of one unbroken line of ``markup`` in centimetres."""
    total = 0.0
    for run in parse(markup):
        widths, default = _advances(run.bold)
        total += sum(widths.get(ord(ch), default) for ch in run.text)
    return total / 1000 * size_pt * CM_PER_POINT


def fit_columns(
    columns: list[list[float]], available: float, *, fixed: frozenset[int] = frozenset(), share: float = 0.8
) -> list[float]:
    """Column widths that fill ``available`` for cells of the given one-line widths.

    A ``fixed`` column gets its widest cell. The others first get the width at which ``share`` of their
    cells fit on one line, so that one long entry does not starve its neighbours; what is left goes to
    the columns that still have longer cells (up to their widest), then to all of them in proportion.
    When even that first width does not fit, the columns shrink in proportion to it."""
    natural = [max(col, default=0.0) for col in columns]
    target = [natural[i] if i in fixed else _quantile(col, share) for i, col in enumerate(columns)]
    free = [i for i in range(len(columns)) if i not in fixed]
    left = available - sum(target)
    if left < 0:
        keep = sum(target[i] for i in fixed)
        scale = max(available - keep, 0.0) / max(sum(target[i] for i in free), 1e-9)
        return [target[i] * scale if i in free else target[i] for i in range(len(columns))]
    deficit = {i: natural[i] - target[i] for i in free if natural[i] > target[i]}
    wanted = sum(deficit.values())
    if wanted > 0:
        give = min(left, wanted)
        for i, d in deficit.items():
            target[i] += give * d / wanted
        left -= give
    grow = sum(target[i] for i in free)
    if left > 0 and grow > 0:
        target = [w + left * w / grow if i in free else w for i, w in enumerate(target)]
    return target


def _quantile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]
