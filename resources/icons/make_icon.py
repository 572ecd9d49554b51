"""Draw the app icon: relbeheer.png (256 px, the window icon) and relbeheer.ico (Windows exe).

Three related accounts as a small network on the app's blue; the one that needs
attention is amber. Painted with QPainter, written as .ico by Pillow. Run again after a
change:  .venv/bin/python resources/icons/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

HERE = Path(__file__).resolve().parent
BLUE = QColor("#2f6fed")
WHITE = QColor("#ffffff")
AMBER = QColor("#ffb020")
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 52 * s, 52 * s)

    nodes = [QPointF(80 * s, 86 * s), QPointF(178 * s, 104 * s), QPointF(112 * s, 182 * s)]
    pen = QPen(WHITE, 14 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(nodes[0], nodes[1])
    p.drawLine(nodes[0], nodes[2])
    dashed = QPen(WHITE, 14 * s, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.RoundCap)
    dashed.setDashPattern([0.3, 1.7])
    dashed.setDashOffset(-0.5)
    p.setPen(dashed)  # the relationship that is drifting apart
    p.drawLine(nodes[1], nodes[2])

    p.setPen(Qt.PenStyle.NoPen)
    for centre, radius, colour in ((nodes[0], 34, WHITE), (nodes[1], 27, WHITE), (nodes[2], 27, AMBER)):
        p.setBrush(colour)
        p.drawEllipse(centre, radius * s, radius * s)
    p.end()
    return image


def main() -> int:
    from PIL import Image

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    png = HERE / "relbeheer.png"
    draw(256).save(str(png))
    # Each .ico size drawn at its own size (sharper than scaling the 256 px one down).
    frames = []
    for size in ICO_SIZES:
        tmp = HERE / f".icon-{size}.png"
        draw(size).save(str(tmp))
        frames.append(Image.open(tmp).convert("RGBA"))
        tmp.unlink()
    big = frames[-1]
    big.save(HERE / "relbeheer.ico", format="ICO", sizes=[(n, n) for n in ICO_SIZES],
             append_images=frames[:-1])
    print(f"wrote {png.name} and relbeheer.ico ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
