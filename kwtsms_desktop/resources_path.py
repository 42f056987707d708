"""Where the bundled resources (icons, styles, translations) are: installed, from a checkout, or frozen."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller puts data files under the bundle's root
        return Path(frozen_root) / "kwtsms_desktop" / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    return installed if installed.is_dir() else checkout


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
