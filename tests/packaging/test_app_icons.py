"""The Windows and macOS app icons made from the PNG open in every size the systems ask for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImageReader

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "kwtsms-desktop.png"


def sizes_in(path: Path, expected_format: bytes) -> list[tuple[int, int]]:
    reader = QImageReader(str(path))
    assert bytes(reader.format()) == expected_format
    found = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        found.append((image.width(), image.height()))
    return found


def test_ico_holds_every_windows_size(app_icons, tmp_path, qapp):
    made = app_icons.write_ico(ICON, tmp_path / "app.ico")
    assert sizes_in(made, b"ico") == [(s, s) for s in app_icons.ICO_SIZES]


def test_icns_holds_every_macos_size(app_icons, tmp_path, qapp):
    made = app_icons.write_icns(ICON, tmp_path / "app.icns")
    assert sorted(sizes_in(made, b"icns")) == [(s, s) for _, s in app_icons.ICNS_TYPES]


def test_a_non_square_picture_is_centred_not_stretched(app_icons, tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    wide = QImage(200, 100, QImage.Format.Format_ARGB32)
    wide.fill(QColor("navy"))
    source = tmp_path / "wide.png"
    assert wide.save(str(source))
    made = app_icons.write_ico(source, tmp_path / "wide.ico")
    reader = QImageReader(str(made))
    assert reader.jumpToImage(len(app_icons.ICO_SIZES) - 1)
    biggest = reader.read()
    assert biggest.size().width() == biggest.size().height() == 256
    assert biggest.pixelColor(128, 128) == QColor("navy")  # the picture, in the middle
    assert biggest.pixelColor(128, 5).alpha() == 0  # transparent above it
