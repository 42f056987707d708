"""Makes sure nothing but ImportFailed leaves the importing API, whatever the input does to the code below it."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from kwtsms_desktop.importing.errors import ImportFailed

_log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

TOO_BIG_FOR_MEMORY = "This is too large to import on this computer: it ran out of memory. Split the file into smaller ones and import them one by one."

# Python's own interrupts must keep working; everything else (including pyo3's PanicException,
# which derives from BaseException) becomes a sentence for the user.
_PASS_THROUGH = (KeyboardInterrupt, SystemExit, GeneratorExit)


def never_raises_other(message: str, code: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate an API function so any unexpected error becomes ImportFailed(message, code)."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return function(*args, **kwargs)
            except ImportFailed:
                raise
            except MemoryError as error:
                raise ImportFailed(TOO_BIG_FOR_MEMORY, "out_of_memory") from error
            except _PASS_THROUGH:
                raise
            except BaseException as error:  # noqa: BLE001 - the contract: only ImportFailed escapes
                _log.warning("%s failed unexpectedly", function.__name__, exc_info=True)
                raise ImportFailed(message, code) from error

        return wrapper

    return decorate
