"""Make the Windows .ico and macOS .icns app icons from one PNG, with Qt only (no Pillow).

    python packaging/app_icons.py resources/icons/kwtsms-desktop.png OUT_DIR

build.spec runs this when resources/icons/ has the PNG but no .ico/.icns. Both formats may hold
PNG-compressed images (Windows Vista and later, macOS 10.7 and later), so each size is the source
scaled smoothly by Qt and stored as PNG bytes.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def scaled_png(source: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    image = QImage(str(source))
    if image.isNull():
        raise ValueError(f"{source} is not an image Qt can read")
    square = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if square.width() != size or square.height() != size:  # pad a non-square source, centred
        canvas = QImage(size, size, QImage.Format.Format_ARGB32)
        canvas.fill(Qt.GlobalColor.transparent)
        from PySide6.QtGui import QPainter

        painter = QPainter(canvas)
        painter.drawImage((size - square.width()) // 2, (size - square.height()) // 2, square)
        painter.end()
        square = canvas
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    square.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_ico(source: Path, target: Path) -> Path:
    images = [(size, scaled_png(source, size)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    target.write_bytes(header + directory + blobs)
    return target


def write_icns(source: Path, target: Path) -> Path:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(png)) + png
        for kind, png in ((kind, scaled_png(source, size)) for kind, size in ICNS_TYPES)
    )
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, out_dir = Path(argv[0]), Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in (
        write_ico(source, out_dir / f"{source.stem}.ico"),
        write_icns(source, out_dir / f"{source.stem}.icns"),
    ):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
