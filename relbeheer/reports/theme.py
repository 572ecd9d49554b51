"""The look of the PDFs: the app's palette, paragraph styles, tables, escaping.

One place for every colour and size, so a plan and a review page look like one
document family and like the desktop app (navy #1f2a37, blue #2f6fed; red, amber
and green for the health bands; the account page's colours per binding level).

``esc`` is the only way user text enters a Paragraph: reportlab's Paragraph reads
a small XML dialect, so a note like ``<img src="x"> & <b>`` would otherwise be
markup (or an error) instead of the words the user typed.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from relbeheer.reports.fonts import BODY, BODY_BOLD, SANS, SANS_BOLD

# Streams are zlib-compressed already; ASCII85 on top only costs time (about a tenth
# of a plan's rendering) and size. Nothing else in the app writes PDFs.
rl_config.useA85 = 0

NAVY = colors.HexColor("#1f2a37")
BLUE = colors.HexColor("#2f6fed")
RED = colors.HexColor("#c62828")
AMBER = colors.HexColor("#ef8f00")
GREEN = colors.HexColor("#2e7d32")
INK = NAVY
MUTED = colors.HexColor("#6b7785")
FAINT = colors.HexColor("#8a96a3")
RULE = colors.HexColor("#dde3ea")
HEAD_BG = colors.HexColor("#eef1f5")
ZEBRA = colors.HexColor("#f8fafc")
TILE_BG = colors.HexColor("#f4f6f9")
CALLOUT_BG = colors.HexColor("#eef3fe")
WHITE = colors.white

BAND = {"red": RED, "amber": AMBER, "green": GREEN}
SEVERITY = {
    "critical": colors.HexColor("#b71c1c"),
    "high": colors.HexColor("#e65100"),
    "medium": colors.HexColor("#b7791f"),
    "low": BLUE,
    "ok": GREEN,
}
BINDING = {
    "rational": colors.HexColor("#5b7db1"),
    "social": colors.HexColor("#e0823d"),
    "structural": colors.HexColor("#3a9d8f"),
}
TIER = {"A": BLUE, "B": colors.HexColor("#5b7db1"), "C": FAINT}

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X


def esc(text: object) -> str:
    """User text as Paragraph-safe XML: &, <, > and quotes escaped, newlines kept."""
    if text is None:
        return ""
    safe = escape(str(text), {'"': "&quot;", "'": "&#39;"})
    return safe.replace("\r\n", "\n").replace("\n", "<br/>")


def _style(name: str, **kw) -> ParagraphStyle:
    base = {"fontName": BODY, "fontSize": 8.6, "leading": 11.2, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "body": _style("body"),
    "small": _style("small", fontSize=7.6, leading=9.6),
    "muted": _style("muted", fontSize=7.6, leading=9.6, textColor=MUTED),
    "cell": _style("cell", fontSize=8.0, leading=10),
    "cell_r": _style("cell_r", fontSize=8.0, leading=10, alignment=TA_RIGHT),
    "cell_b": _style("cell_b", fontName=BODY_BOLD, fontSize=8.0, leading=10),
    "cell_muted": _style("cell_muted", fontSize=7.6, leading=9.6, textColor=MUTED),
    "head": _style("head", fontName=BODY_BOLD, fontSize=7.4, leading=9, textColor=MUTED,
                   splitLongWords=0),
    "head_r": _style("head_r", fontName=BODY_BOLD, fontSize=7.4, leading=9, textColor=MUTED,
                     alignment=TA_RIGHT, splitLongWords=0),
    "eyebrow": _style("eyebrow", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=BLUE),
    "title": _style("title", fontName=SANS_BOLD, fontSize=21, leading=25),
    "subtitle": _style("subtitle", fontSize=9.5, leading=12.5, textColor=MUTED),
    "h2": _style("h2", fontName=SANS_BOLD, fontSize=12, leading=15),
    "h3": _style("h3", fontName=SANS_BOLD, fontSize=9.2, leading=12, spaceBefore=4, spaceAfter=3),
    "kpi_label": _style("kpi_label", fontSize=7.4, leading=9, textColor=MUTED),
    "kpi_value": _style("kpi_value", fontName=SANS_BOLD, fontSize=14, leading=17),
    "kpi_sub": _style("kpi_sub", fontSize=7.4, leading=9.2, textColor=MUTED),
    "callout": _style("callout", fontName=BODY_BOLD, fontSize=9.6, leading=12.5),
    "meta_label": _style("meta_label", fontSize=7.4, leading=9, textColor=MUTED),
    "meta_value": _style("meta_value", fontName=BODY_BOLD, fontSize=9.6, leading=11.5),
    "toc0": _style("toc0", fontName=SANS_BOLD, fontSize=9.6, leading=13, spaceBefore=5),
    "toc1": _style("toc1", fontSize=8.6, leading=11, leftIndent=12),
}


def para(text: str, style: str = "cell") -> Paragraph:
    """A Paragraph from markup the report wrote itself (user text already escaped)."""
    return Paragraph(text, STYLES[style])


def text(value: object, style: str = "cell") -> Paragraph:
    """A Paragraph of user (or any untrusted) text: always escaped."""
    return Paragraph(esc(value), STYLES[style])


def colour_hex(colour) -> str:
    return "#" + colour.hexval()[2:]


CELL_FONT, CELL_SIZE = BODY, 8.0
HEAD_FONT, HEAD_SIZE = BODY_BOLD, 7.4
PAD = 4


def fit(value: object, width: float, style: str = "cell", pad: float = 2 * PAD,
        colour=None) -> str | Paragraph:
    """A table cell: plain text when it fits on one line, else a wrapping Paragraph.

    Plain strings are drawn as they are (never parsed as markup, so nothing to
    escape) and cost a fraction of a Paragraph; platypus spends most of a plan's
    time parsing and wrapping Paragraphs, and a batch prints hundreds of plans.
    A plain cell takes its font and colour from the table's style commands, so the
    caller sets those to match ``style`` (``stack`` and ``data_table`` do).
    """
    s = "" if value is None else str(value)
    st = STYLES[style]
    if "\n" not in s and stringWidth(s, st.fontName, st.fontSize) <= width - pad:
        return s
    body = esc(s)
    if colour is not None:
        body = f'<font color="{colour_hex(colour)}">{body}</font>'
    return Paragraph(body, st)


def stack(lines: list[tuple[object, str, object]], width: float, *, pad=(0, 0, 0, 0),
          background=None, radius: float = 0, gaps: dict[int, float] | None = None) -> Table:
    """Lines of text one under another, each ``(value, style name, colour or None)``.

    ``pad`` is (left, right, top, bottom) around the block; ``gaps`` adds space above
    line i. Cheap: each line is a plain string unless it has to wrap.
    """
    left, right, top, bottom = pad
    rows, cmds = [], [("LEFTPADDING", (0, 0), (-1, -1), left), ("RIGHTPADDING", (0, 0), (-1, -1), right),
                      ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                      ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, (value, style, colour) in enumerate(lines):
        st = STYLES[style]
        rows.append([fit(value, width, style, pad=left + right, colour=colour)])
        cmds += [("FONT", (0, i), (0, i), st.fontName, st.fontSize, st.leading),
                 ("TEXTCOLOR", (0, i), (0, i), colour or st.textColor)]
        if gaps and i in gaps:
            cmds.append(("TOPPADDING", (0, i), (0, i), gaps[i]))
    cmds += [("TOPPADDING", (0, 0), (0, 0), top + (gaps or {}).get(0, 0)),
             ("BOTTOMPADDING", (0, len(rows) - 1), (0, len(rows) - 1), bottom)]
    if background is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), background))
    if radius:
        cmds.append(("ROUNDEDCORNERS", [radius] * 4))
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


def data_table(rows: list[list], widths: list[float], *, numeric: tuple[int, ...] = (),
               header: bool = True, zebra: bool = True, extra: list | None = None) -> Table:
    """The report's one table look: a quiet header, thin rules, zebra rows.

    String cells take the cell font (the header row: the head font); Paragraph
    cells bring their own style.
    """
    if header:  # a head wider than its column wraps (numbers are narrow, their heads are not)
        rows = [[_head(h, w, col in numeric) for col, (h, w) in enumerate(zip(rows[0], widths))],
                *rows[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [
        ("FONT", (0, 0), (-1, -1), CELL_FONT, CELL_SIZE, CELL_SIZE + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.6, FAINT),
                 ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                 ("FONT", (0, 0), (-1, 0), HEAD_FONT, HEAD_SIZE, HEAD_SIZE + 2),
                 ("TEXTCOLOR", (0, 0), (-1, 0), MUTED)]
    if zebra:
        start = 1 if header else 0
        for r in range(start + 1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    for col in numeric:
        cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(TableStyle(cmds + (extra or [])))
    return table


def shrink_to(value: str, width: float, font: str, size: float, smallest: float = 6.0) -> tuple[str, float]:
    """``value`` and the largest size <= ``size`` at which it fits ``width`` on one line;
    cut with an ellipsis if even ``smallest`` is too big. For lines that must not wrap
    (tiles): a long word shrinks a little instead of running into the next tile."""
    while size > smallest and stringWidth(value, font, size) > width:
        size = round(size - 0.2, 2)
    if stringWidth(value, font, size) > width:
        while value and stringWidth(value + "…", font, size) > width:
            value = value[:-1]
        value = value.rstrip() + "…"
    return value, size


def _head(value, width: float, right: bool):
    if not isinstance(value, str) or stringWidth(value, HEAD_FONT, HEAD_SIZE) <= width - 2 * PAD:
        return value
    return Paragraph(esc(value), STYLES["head_r" if right else "head"])


class Tiles(Flowable):
    """Key-figure tiles: small label, big value, one line of context, on rounded cards.

    Painted directly: as tables (one per tile, plus the grid) they were a tenth of
    a plan's drawing time. Each line is shrunk (then cut) to fit its card, never
    wrapped, so every tile has the same height. ``tiles`` are (label, value, sub,
    sub colour or None); ``per_row`` cards share each row with ``gap`` between.
    """

    def __init__(self, tiles: list[tuple], width: float, *, per_row: int = 4, gap: float = 6,
                 value_size: float = 14, height: float = 49):
        super().__init__()
        self.tiles, self.per_row, self.gap = tiles, per_row, gap
        self.value_size, self.tile_h = value_size, height
        self.width = width
        rows = (len(tiles) + per_row - 1) // per_row
        self.height = rows * height + (rows - 1) * gap

    def wrap(self, *_):
        return self.width, self.height

    def draw(self):
        c = self.canv
        tile_w = (self.width - (self.per_row - 1) * self.gap) / self.per_row
        inner = tile_w - 12
        for i, (label, value, sub, colour) in enumerate(self.tiles):
            row, col = divmod(i, self.per_row)
            x = col * (tile_w + self.gap)
            y = self.height - (row + 1) * self.tile_h - row * self.gap
            c.setFillColor(TILE_BG)
            c.roundRect(x, y, tile_w, self.tile_h, 5, stroke=0, fill=1)
            for text_, font, size, ink, base in (
                (label, BODY, 7.2, MUTED, 37), (value, SANS_BOLD, self.value_size, INK, 18.5),
                (sub, BODY, 7.2, colour or MUTED, 6),
            ):
                if not text_:
                    continue
                text_, size = shrink_to(str(text_), inner, font, size, smallest=9 if font == SANS_BOLD else 6)
                c.setFont(font, size)
                c.setFillColor(ink)
                c.drawString(x + 8, y + base, text_)


def bold_cell(col: int, row: int) -> tuple:
    """Style command: the plain-text cell at (col, row) in the bold cell font."""
    return ("FONT", (col, row), (col, row), BODY_BOLD, CELL_SIZE, CELL_SIZE + 2)


def colour_cell(col: int, row: int, colour) -> tuple:
    return ("TEXTCOLOR", (col, row), (col, row), colour)
