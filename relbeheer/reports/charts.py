"""The plan's pictures, drawn with reportlab.graphics: vector, crisp when printed.

* ``attention_chart``: touchpoints per month, stacked by binding level, with a
  labelled axis and a legend (the account page's chart, on paper);
* ``balance_bar``: one 100 % bar of the year's binding levels, shares written in;
* ``health_ring``: the health score as a ring in its band colour, like the
  account page's gauge.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import ArcPath, Circle, Drawing, Line, Path, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from relbeheer.core.formatting import number
from relbeheer.core.labels import label_of
from relbeheer.core.timeline import BINDINGS, BindingBalance, MonthBucket
from relbeheer.reports import theme
from relbeheer.reports.fonts import BODY, SANS_BOLD

_MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


class Picture(Flowable):
    """A Drawing in the story, painted straight onto the page.

    The charts are built as reportlab.graphics Drawings (shapes with coordinates),
    but renderPDF walks them with a full graphics-state machine per shape, which
    costs two thirds of a chart's time. These charts use only flat rectangles,
    lines, circles, arcs and strings, so painting those directly is exact; any
    other shape falls back to renderPDF for the whole drawing.
    """

    def __init__(self, drawing: Drawing):
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, *_):
        return self.width, self.height

    def draw(self):
        nodes = self.drawing.contents
        if not all(isinstance(n, (Rect, Line, String, Circle, Path)) for n in nodes):
            renderPDF.draw(self.drawing, self.canv, 0, 0)
            return
        c = self.canv
        c.saveState()
        for n in nodes:
            if isinstance(n, String):
                c.setFont(n.fontName, n.fontSize)
                c.setFillColor(n.fillColor)
                {"start": c.drawString, "middle": c.drawCentredString,
                 "end": c.drawRightString}[n.textAnchor](n.x, n.y, n.text)
                continue
            fill, stroke = getattr(n, "fillColor", None), getattr(n, "strokeColor", None)
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(n.strokeWidth)
                c.setDash(n.strokeDashArray or [])
                c.setLineCap(n.strokeLineCap)
            if isinstance(n, Line):
                c.line(n.x1, n.y1, n.x2, n.y2)
            elif isinstance(n, Rect):
                c.rect(n.x, n.y, n.width, n.height, stroke=int(stroke is not None), fill=int(fill is not None))
            elif isinstance(n, Circle):
                c.circle(n.cx, n.cy, n.r, stroke=int(stroke is not None), fill=int(fill is not None))
            else:
                c.drawPath(_path(c, n), stroke=int(stroke is not None), fill=int(fill is not None))
        c.restoreState()


def _path(c, shape: Path):
    p = c.beginPath()
    points = shape.points
    i = 0
    for op in shape.operators:
        if op == 0:
            p.moveTo(*points[i:i + 2])
            i += 2
        elif op == 1:
            p.lineTo(*points[i:i + 2])
            i += 2
        elif op == 2:
            p.curveTo(*points[i:i + 6])
            i += 6
        else:
            p.close()
    return p


def _nice_top(peak: int) -> tuple[int, int]:
    """Axis maximum and step with whole-number ticks (a count of touchpoints)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100):
        if peak <= step * 5:
            return max(step * ((peak + step - 1) // step), step), step
    return peak, max(1, peak // 5)


def attention_chart(months: Sequence[MonthBucket], lang: str, width: float, height: float = 150) -> Drawing:
    """Stacked bars per month (rational, social-emotional, structural) with axis, totals and legend.

    Drawn from plain shapes rather than the VerticalBarChart widget: the widget
    costs a fifth of a whole plan's rendering time, and a batch prints hundreds.
    """
    d = Drawing(width, height)
    left, bottom, top_pad = 22, 42, 10
    plot_w, plot_h = width - left, height - bottom - top_pad
    peak = max((m.total for m in months), default=0)
    top, step = _nice_top(peak)
    for value in range(0, top + 1, step):
        y = bottom + plot_h * value / top
        d.add(Line(left, y, width, y, strokeColor=theme.RULE if value else theme.FAINT, strokeWidth=0.5))
        d.add(String(left - 5, y - 2.4, str(value), fontName=BODY, fontSize=7, fillColor=theme.MUTED,
                     textAnchor="end"))
    names = _MONTHS["nl" if lang == "nl" else "en"]
    slot = plot_w / max(len(months), 1)
    bar_w = min(14.0, slot * 0.55)
    for i, m in enumerate(months):
        x = left + slot * (i + 0.5)
        y = bottom
        for b in BINDINGS:
            h = plot_h * m.count(b) / top
            if h > 0:
                d.add(Rect(x - bar_w / 2, y, bar_w, h, fillColor=theme.BINDING[b], strokeColor=None))
                y += h
        if m.total:  # the number a reader looks for first
            d.add(String(x, y + 2.5, str(m.total), fontName=BODY, fontSize=6.8,
                         fillColor=theme.MUTED, textAnchor="middle"))
        d.add(String(x, bottom - 10, names[m.month.month - 1], fontName=BODY, fontSize=7,
                     fillColor=theme.MUTED, textAnchor="middle"))
        if i == 0 or m.month.month == 1:
            d.add(String(x, bottom - 19, str(m.month.year), fontName=BODY, fontSize=6.6,
                         fillColor=theme.FAINT, textAnchor="middle"))
    _legend(d, lang, x=left, y=2)
    return d


def _legend(d: Drawing, lang: str, x: float, y: float) -> None:
    for b in BINDINGS:
        d.add(Rect(x, y + 1, 8, 8, fillColor=theme.BINDING[b], strokeColor=None))
        label = label_of("Binding", b, lang)
        d.add(String(x + 11, y + 2, label, fontName=BODY, fontSize=7.4, fillColor=theme.INK))
        x += 11 + stringWidth(label, BODY, 7.4) + 16


def balance_bar(balance: BindingBalance, lang: str, width: float, height: float = 30) -> Drawing:
    """A 100 % bar split by binding level; each share written inside when it fits."""
    d = Drawing(width, height)
    bar_h, y = 16, height - 16
    if not balance.total:
        d.add(Rect(0, y, width, bar_h, fillColor=theme.HEAD_BG, strokeColor=None))
        return d
    x = 0.0
    for b in BINDINGS:
        share = balance.share(b)
        w = width * share
        if w <= 0:
            continue
        d.add(Rect(x, y, w, bar_h, fillColor=theme.BINDING[b], strokeColor=theme.WHITE, strokeWidth=1))
        pct = f"{round(share * 100)}%"
        if w > 30:
            d.add(String(x + w / 2, y + 4.6, pct, fontName=SANS_BOLD, fontSize=7.6,
                         fillColor=theme.WHITE, textAnchor="middle"))
        x += w
    return d


def health_ring(score: int | None, band: str, size: float = 62) -> Drawing:
    """The health score as a ring (full = 100) in its band colour, the number inside."""
    d = Drawing(size, size)
    c, r, thick = size / 2, size / 2 - 1, 6.5
    d.add(Circle(c, c, r - thick / 2, fillColor=None, strokeColor=theme.HEAD_BG, strokeWidth=thick))
    if score is not None:
        colour = theme.BAND.get(band, theme.FAINT)
        sweep = max(0.0, min(100.0, float(score))) * 3.6
        if sweep >= 359.5:
            d.add(Circle(c, c, r - thick / 2, fillColor=None, strokeColor=colour, strokeWidth=thick))
        elif sweep > 0:
            # clockwise from twelve o'clock, like a gauge; a stroked arc is a few Bézier
            # curves, where a filled annular Wedge is a polygon of hundreds of points
            arc = ArcPath(strokeColor=colour, strokeWidth=thick, fillColor=None, strokeLineCap=0)
            arc.addArc(c, c, r - thick / 2, 90 - sweep, 90, moveTo=True)
            d.add(arc)
    label = "–" if score is None else number(score)
    d.add(String(c, c - 6, label, fontName=SANS_BOLD, fontSize=17,
                 fillColor=theme.INK if score is not None else theme.FAINT, textAnchor="middle"))
    return d
