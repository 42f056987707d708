"""Where the app keeps its data: the data dir resolution order and the database file name."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "KWTSMS_DESKTOP_DATA_DIR"
APP_NAME = "kwtsms-desktop"
DATABASE_FILE = "kwtsms-desktop.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: an explicit ``--data-dir``, else ``$KWTSMS_DESKTOP_DATA_DIR``, else the platform's user data dir.

    The folder is created when missing.
    """
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        chosen = Path(os.environ[DATA_DIR_ENV])
    else:
        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    chosen = chosen.expanduser()
    chosen.mkdir(parents=True, exist_ok=True)
    return chosen

