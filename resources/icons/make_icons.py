"""Draw the app icon (resources/icons/kwtsms-desktop.png, 512 px) with QPainter.

    QT_QPA_PLATFORM=offscreen python resources/icons/make_icons.py

A teal rounded square with a white speech bubble holding three dots (a message being sent).
The packaging step makes the Windows .ico and macOS .icns from this PNG (packaging/app_icons.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath

SIZE = 512
HERE = Path(__file__).resolve().parent


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 512.0

    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, size))
    gradient.setColorAt(0.0, QColor("#1583b0"))
    gradient.setColorAt(1.0, QColor("#0b4f6c"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(16 * s, 16 * s, 480 * s, 480 * s), 96 * s, 96 * s)

    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(92 * s, 112 * s, 328 * s, 228 * s), 64 * s, 64 * s)
    tail = QPainterPath()
    tail.moveTo(170 * s, 320 * s)
    tail.lineTo(142 * s, 410 * s)
    tail.lineTo(250 * s, 330 * s)
    tail.closeSubpath()
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(bubble.united(tail))

    painter.setBrush(QColor("#ffb300"))  # the amber of the app's test-mode badge
    for x in (176, 256, 336):
        painter.drawEllipse(QPointF(x * s, 226 * s), 30 * s, 30 * s)

    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = draw()
    ok = image.save(str(HERE / "kwtsms-desktop.png"), "PNG")
    ok = draw(256).save(str(HERE / "kwtsms-desktop.ico"), "ICO") and ok  # Qt writes ICO natively
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
