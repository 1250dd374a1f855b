"""The report's chart: how often each code was coded at baseline and at the end-point.

Drawn with matplotlib's object API on the Agg canvas, so it needs no display and does
not touch pyplot's global state; the PNG bytes are embedded in HTML and DOCX.
"""

from __future__ import annotations

import io
from collections.abc import Sequence


def wave_chart_png(rows: Sequence, dpi: int = 150) -> bytes:
    """A horizontal grouped bar chart (nullpunkt vs sluttpunkt) of `rows` as PNG bytes.

    Each row needs `label`, `baseline` and `endpoint`.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels = [_short(r.label) for r in rows][::-1]
    baseline = [r.baseline for r in rows][::-1]
    endpoint = [r.endpoint for r in rows][::-1]
    height = max(2.6, 0.45 * len(rows) + 1.6)
    fig = Figure(figsize=(7.0, height), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    ys = range(len(rows))
    bar = 0.38
    ax.barh([y + bar / 2 for y in ys], baseline, height=bar, label="Nullpunkt", color="#4c72b0")
    ax.barh([y - bar / 2 for y in ys], endpoint, height=bar, label="Sluttpunkt", color="#dd8452")
    ax.set_yticks(list(ys))
    ax.set_yticklabels(labels)
    ax.set_xlabel("Antall kodede utsagn")
    ax.set_title("Kodefrekvens ved nullpunkt og sluttpunkt")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    fig.legend(loc="lower center", ncol=2, frameon=False)
    fig.tight_layout(rect=(0, 0.4 / height, 1, 1))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _short(label: str, width: int = 34) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"
