"""Where the app keeps its data: the data dir resolution order and the database file name."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import platformdirs

from kwtsms_desktop.store.database import StoreError

DATA_DIR_ENV = "KWTSMS_DESKTOP_DATA_DIR"
APP_NAME = "kwtsms-desktop"
DATABASE_FILE = "kwtsms-desktop.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The data dir: an explicit ``--data-dir``, else ``$KWTSMS_DESKTOP_DATA_DIR``, else the platform's user data dir.

    The folder is created when missing (unless ``create`` is False); StoreError says why it cannot be.
    """
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        chosen = Path(os.environ[DATA_DIR_ENV])
    else:
        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    chosen = chosen.expanduser()
    if chosen.exists() and not chosen.is_dir():
        raise StoreError(
            f"The data folder {chosen} is a file, not a folder. Choose another data folder (--data-dir), "
            "or move that file away.",
            f"مجلد البيانات {chosen} ملف وليس مجلدًا. اختر مجلد بيانات آخر (--data-dir) أو انقل هذا الملف.",
        )
    if create:
        try:
            chosen.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            why = error.strerror or str(error)
            if error.errno == errno.EROFS:
                why = "the disk is read-only"
            raise StoreError(
                f"The data folder {chosen} cannot be created ({why}). Choose a folder you can write to (--data-dir).",
                f"لا يمكن إنشاء مجلد البيانات {chosen} ({why}). اختر مجلدًا يمكنك الكتابة فيه (--data-dir).",
            ) from None
    return chosen
