"""The bundled DejaVu fonts, registered once per process.

reportlab's built-in Helvetica has no glyphs beyond Latin-1 in a way that prints
€, ë, ï and the arrows the plans use reliably in every viewer, so the PDFs embed
DejaVu Sans, regular and bold (two faces keep the files small). The files are found
through ``relbeheer.paths.resource`` (the only place that knows frozen builds).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from relbeheer import paths

SANS = "RelSans"
SANS_BOLD = "RelSans-Bold"
BODY = SANS
BODY_BOLD = SANS_BOLD

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the two faces and their bold mappings (``<b>`` in a Paragraph).

    Idempotent and thread-safe: the UI may export from its worker thread while a
    test already registered them. Raises FileNotFoundError naming the missing file.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = paths.resource("fonts", filename)
            if not path.exists():
                raise FileNotFoundError(f"font missing from the resources: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)  # no italic face bundled: upright instead
        addMapping(SANS, 1, 1, SANS_BOLD)
        _registered = True
