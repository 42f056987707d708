"""Which parts of Qt the frozen app keeps: shared by build.spec and the Qt hooks in packaging/hooks/.

Qt plugins are dropped in the hooks, before PyInstaller follows their library dependencies, so a
dropped plugin takes its libraries with it (the GTK3 theme alone drags in about 25 MB of GTK, cairo
and friends). Everything else is filtered in build.spec after the analysis.
"""

from __future__ import annotations

QT_DIR = "PySide6/Qt"

# Plugin folder -> file names kept (None keeps every plugin of that kind; missing kinds keep none).
KEEP_PLUGINS: dict[str, set[str] | None] = {
    # Windowing systems: offscreen for headless runs and screenshots, minimal as a last resort,
    # xcb for X11, wayland for Wayland desktops, windows and cocoa for the other two systems.
    "platforms": {
        "libqoffscreen.so",
        "libqminimal.so",
        "libqxcb.so",
        "libqwayland.so",
        "qwindows.dll",
        "qoffscreen.dll",
        "qminimal.dll",
        "libqcocoa.dylib",
        "libqoffscreen.dylib",
        "libqminimal.dylib",
    },
    # Icons the app reads: PNG is built into QtGui; ICO for Windows icons.
    "imageformats": {"libqico.so", "qico.dll", "libqico.dylib"},
    "platforminputcontexts": None,  # IBus / compose keys: typing Arabic on Linux
    "xcbglintegrations": None,  # xcb needs one to create any window
    "styles": None,  # the native look on Windows (windowsvista / modernwindows) and macOS
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "printsupport": None,  # Print… of the broadcast report: the system's printers (CUPS on Linux)
    "platformthemes": {"libqxdgdesktopportal.so"},  # native file dialogs through the portal; the
    # GTK3 theme (libqgtk3.so) would add ~25 MB of GTK for the same dialogs on GNOME.
    # Not kept: iconengines (SVG icons need QtSvg), generic (evdev/tuio kiosk input),
    # egldeviceintegrations (eglfs), networkinformation and tls (QtNetwork's TLS: the app uses
    # requests), qmltooling, sqldrivers (sqlite3 is Python's), vectorimageformats.
}

# Qt's own translations: the window speaks English and Arabic.
KEEP_QT_TRANSLATIONS = ("qtbase_ar.qm", "qt_ar.qm")

# Qt libraries pulled in by link-time dependencies the app never exercises.
DROP_LIBRARY_PREFIXES = (
    "libQt6Quick",
    "libQt6Qml",
    "libQt6Pdf",
    "libQt6VirtualKeyboard",
    "libQt6Svg",
    "libQt6Lottie",
    "libQt6Labs",
    "libQt6Designer",
    "libQt6Sql",
    "libQt6Test",
    "libQt6WaylandCompositor",
    "libQt6EglFs",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6Pdf",
    "Qt6VirtualKeyboard",
    "Qt6Svg",
    "opengl32sw",
)


def keep_plugin(dest: str) -> bool:
    """dest like 'PySide6/Qt/plugins/platforms/libqxcb.so'."""
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts or len(parts) < parts.index("plugins") + 3:
        return True
    kind = parts[parts.index("plugins") + 1]
    allowed = KEEP_PLUGINS.get(kind, set())
    return allowed is None or parts[-1] in allowed


def keep_bundled(dest: str) -> bool:
    """Whether a file PyInstaller wants to bundle (path inside the bundle) stays in."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith(f"{QT_DIR}/plugins/"):
        return keep_plugin(dest)
    if dest.startswith(f"{QT_DIR}/translations/"):
        return name in KEEP_QT_TRANSLATIONS
    if dest.startswith((f"{QT_DIR}/qml/", "PySide6/qml/")):
        return False
    return not name.startswith(DROP_LIBRARY_PREFIXES)


def trim_hook_binaries(binaries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Filter a Qt hook's (source, destination folder) binaries: drop plugins the app does not use."""
    kept = []
    for source, dest_dir in binaries:
        name = source.replace("\\", "/").rsplit("/", 1)[-1]
        if keep_bundled(f"{dest_dir}/{name}".replace("\\", "/")):
            kept.append((source, dest_dir))
    return kept
