"""What the frozen app keeps of Qt: every windowing system a user can start it on, nothing it never loads."""

from __future__ import annotations

import pytest

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    "plugin",
    [
        "platforms/libqxcb.so",  # X11 desktops
        "platforms/libqwayland.so",  # Wayland desktops
        "platforms/libqoffscreen.so",  # CI screenshots
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",  # typing Arabic through IBus
        "xcbglintegrations/libqxcb-glx-integration.so",
        "styles/qmodernwindowsstyle.dll",  # the native look on Windows
        "imageformats/qico.dll",
    ],
)
def test_platforms_and_input_a_user_needs_are_kept(qt_trim, plugin):
    assert qt_trim.keep_bundled(f"{QT}/plugins/{plugin}")


@pytest.mark.parametrize(
    "path",
    [
        f"{QT}/plugins/platformthemes/libqgtk3.so",  # drags ~22 MB of GTK along
        f"{QT}/plugins/tls/libqopensslbackend.so",
        f"{QT}/plugins/sqldrivers/libqsqlpsql.so",
        f"{QT}/plugins/qmltooling/libqmldbg_debugger.so",
        f"{QT}/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{QT}/translations/qtbase_de.qm",
        f"{QT}/lib/libQt6Quick.so.6",
        f"{QT}/lib/libQt6Pdf.so.6",
        f"{QT}/qml/QtQuick/Controls/qmldir",
        "opengl32sw.dll",
    ],
)
def test_parts_the_app_never_loads_are_dropped(qt_trim, path):
    assert not qt_trim.keep_bundled(path)


def test_arabic_qt_strings_and_the_core_libraries_stay(qt_trim):
    for path in (
        f"{QT}/translations/qtbase_ar.qm",
        f"{QT}/lib/libQt6Widgets.so.6",
        f"{QT}/lib/libicudata.so.73",
        "libpython3.11.so.1.0",
        "certifi/cacert.pem",
    ):
        assert qt_trim.keep_bundled(path), path


def test_hook_filter_takes_source_and_destination_folder(qt_trim):
    binaries = [
        ("/site/PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes"),
        ("/site/PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("C:\\site\\PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms"),
    ]
    kept = [source for source, _ in qt_trim.trim_hook_binaries(binaries)]
    assert kept == [binaries[1][0], binaries[2][0]]
