"""The page: A4 frame, running header and footer, "page n of N", bookmarks.

The footer says whose plan it is and when it was made, so a printed page that
slips out of the stack still tells where it belongs. "Page n of N" needs the
page count, which is known only at the end: ``_NumberedCanvas`` keeps each
page's drawing and stamps header and footer when the document is saved.

Which account and owner a page belongs to is set by ``Mark`` flowables placed in
the story (a review holds many plans); ``Bookmark`` adds a PDF outline entry
and, in a review, a table-of-contents line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from relbeheer.core.formatting import long_date
from relbeheer.reports import theme
from relbeheer.reports.fonts import BODY, BODY_BOLD
from relbeheer.reports.words import words


class Mark(Flowable):
    """Zero-size: from here on, header and footer speak of ``info``.

    ``info`` keys: ``title`` (left of the footer), ``owner``, ``header`` (shown on
    the following pages of the same section, not on its first page).
    """

    width = height = 0

    def __init__(self, **info: Any):
        super().__init__()
        self.info = info

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.canv._rb_info = dict(self.info, start=self.canv.getPageNumber())


class Bookmark(Flowable):
    """Zero-size: a PDF outline entry here; ``toc_level`` also lists it in the contents."""

    width = height = 0

    def __init__(self, key: str, title: str, level: int = 0, toc_level: int | None = None):
        super().__init__()
        self.key, self.title, self.level, self.toc_level = key, title, level, toc_level

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


def _numbered_canvas(lang: str, made_on: dt.date):
    w = words(lang)
    date_text = long_date(made_on, lang)

    class _NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._rb_info: dict = {}
            self._rb_marks: list = []

        def bookmarkPage(self, key, **kw):
            # A destination names the page being written, which only exists once the
            # deferred page is really emitted in save(): remember it until then.
            self._rb_marks.append((key, kw))

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._rb_marks = []
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for key, kw in state["_rb_marks"]:
                    pdfcanvas.Canvas.bookmarkPage(self, key, **kw)
                self._decorate(number, total)
                pdfcanvas.Canvas.showPage(self)
            pdfcanvas.Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            info = self._rb_info or {}
            page_w, _ = theme.PAGE
            left, right = theme.MARGIN_X, page_w - theme.MARGIN_X
            y = theme.MARGIN_BOTTOM - 9
            self.saveState()
            self.setStrokeColor(theme.RULE)
            self.setLineWidth(0.5)
            self.line(left, y + 9, right, y + 9)
            self.setFont(BODY_BOLD, 7.2)
            self.setFillColor(theme.INK)
            title = info.get("title", "")
            self.drawString(left, y, title)
            self.setFont(BODY, 7.2)
            self.setFillColor(theme.MUTED)
            self.drawString(left + self.stringWidth(title, BODY_BOLD, 7.2), y, f"  ·  {date_text}")
            right_text = w["page"].format(n=number, total=total)
            if info.get("owner"):
                right_text = w["footer_owner"].format(owner=info["owner"]) + "   ·   " + right_text
            self.drawRightString(right, y, right_text)
            header = info.get("header")
            if header and number != info.get("start"):
                top = theme.PAGE[1] - theme.MARGIN_TOP + 8
                self.setFont(BODY, 7.2)
                self.drawRightString(right, top, header)
                self.line(left, top - 4, right, top - 4)
            self.restoreState()

    return _NumberedCanvas


class ReportDoc(BaseDocTemplate):
    """A4 portrait with the report's margins; tells a contents list what it passed."""

    def __init__(self, target, *, lang: str, made_on: dt.date, title: str, author: str = "", **kw):
        super().__init__(
            target, pagesize=theme.PAGE, leftMargin=theme.MARGIN_X, rightMargin=theme.MARGIN_X,
            topMargin=theme.MARGIN_TOP, bottomMargin=theme.MARGIN_BOTTOM, title=title,
            author=author, creator="relbeheer", subject=title, **kw,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.lang, self.made_on = lang, made_on
        self.on_flowable = None  # progress hook: called with each top-level flowable

    def afterFlowable(self, flowable):
        if isinstance(flowable, Bookmark) and flowable.toc_level is not None:
            self.notify("TOCEntry", (flowable.toc_level, flowable.title, self.page, flowable.key))
        if self.on_flowable is not None:
            self.on_flowable(flowable)

    def canvas_maker(self):
        return _numbered_canvas(self.lang, self.made_on)
