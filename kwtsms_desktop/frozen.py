"""Facts about the packaged (PyInstaller) app: is it frozen, how long since the process started, and
the self-check the packaging smoke test runs inside the frozen binary (KWTSMS_DESKTOP_SELF_CHECK=1)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

SELF_CHECK_ENV = "KWTSMS_DESKTOP_SELF_CHECK"  # "1": report; "keyring": also store/read/delete a password
_IMPORTED_AT = time.perf_counter()


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path | None:
    """The folder PyInstaller unpacked the app into (`_internal` of the onedir build), None unfrozen."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def ms_since_process_start() -> float:
    """Milliseconds since the operating system started this process (Linux: 10 ms resolution).

    Where the start time cannot be read, the time since this module was first imported: a lower
    bound that misses the interpreter's own start-up.
    """
    try:
        if sys.platform.startswith("linux"):
            return _linux_ms_since_start()
        if sys.platform == "win32":
            return _windows_ms_since_start()
    except (OSError, ValueError, AttributeError):
        pass
    return (time.perf_counter() - _IMPORTED_AT) * 1000.0


def _linux_ms_since_start() -> float:
    stat = Path("/proc/self/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # the command name may contain spaces
    started_ticks = int(fields[19])  # field 22 of proc(5), counted from field 3
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return (uptime - started_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0


def _windows_ms_since_start() -> float:
    if sys.platform != "win32":  # also tells the type checker that windll exists below
        raise OSError("not Windows")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32
    creation, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
    kernel32.GetProcessTimes(
        kernel32.GetCurrentProcess(),
        ctypes.byref(creation),
        ctypes.byref(exited),
        ctypes.byref(kernel),
        ctypes.byref(user),
    )
    kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

    def as_int(filetime: wintypes.FILETIME) -> int:  # 100 ns units
        return (filetime.dwHighDateTime << 32) | filetime.dwLowDateTime

    return (as_int(now) - as_int(creation)) / 10_000.0


def self_check(keyring_round_trip: bool = False) -> dict[str, object]:
    """What a frozen build must contain to work: Qt and its platform plugins, the CA bundle that
    requests verifies HTTPS with, the bundled resources, and a keyring backend. Never raises."""
    report: dict[str, object] = {"frozen": is_frozen(), "bundle": str(bundle_root() or "")}
    report["text"] = {
        "stdout": getattr(sys.stdout, "encoding", None),
        "filesystem": sys.getfilesystemencoding(),
        "utf8_mode": sys.flags.utf8_mode,
        "LC_CTYPE": os.environ.get("LC_CTYPE", ""),
    }
    report["version"] = _guard(_version)
    report["resources"] = _guard(_resources)
    report["certificates"] = _guard(_certificates)
    report["qt"] = _guard(_qt)
    report["keyring"] = _guard(lambda: _keyring(keyring_round_trip))
    return report


def _guard(probe) -> object:
    try:
        return probe()
    except Exception as exc:  # noqa: BLE001 - a self-check reports what broke instead of stopping at it
        return {"error": f"{type(exc).__name__}: {exc}"}


def _version() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    from kwtsms_desktop import __version__

    try:
        metadata_version = version("kwtsms-desktop")
    except PackageNotFoundError:
        metadata_version = ""
    return {"package": __version__, "metadata": metadata_version}


def _resources() -> dict[str, object]:
    from kwtsms_desktop.resources_path import resource_dir

    folder = resource_dir()
    files = sorted(str(p.relative_to(folder)).replace("\\", "/") for p in folder.rglob("*") if p.is_file())
    return {"dir": str(folder), "exists": folder.is_dir(), "files": files}


def _certificates() -> dict[str, object]:
    import requests.certs

    where = Path(requests.certs.where())  # type: ignore[attr-defined]  # types-requests does not declare it
    return {"where": str(where), "exists": where.is_file(), "bytes": where.stat().st_size if where.is_file() else 0}


def _qt() -> dict[str, object]:
    # Deferred: Qt is loaded only when the self-check runs, never by the CLI or a normal start-up.
    from kwtsms_desktop.ui.shared.qt_facts import qt_facts

    return qt_facts()


def _keyring(round_trip: bool) -> dict[str, object]:
    import keyring
    from keyring.backend import get_all_keyring

    active = keyring.get_keyring()
    result: dict[str, object] = {
        "backend": f"{type(active).__module__}.{type(active).__name__}",
        "viable": sorted(f"{type(k).__module__}.{type(k).__name__}" for k in get_all_keyring()),
    }
    if round_trip:
        service, user, secret = "kwtsms-desktop-self-check", "smoke", f"pw-{os.getpid()}"
        keyring.set_password(service, user, secret)
        read_back = keyring.get_password(service, user)
        keyring.delete_password(service, user)
        result["round_trip"] = read_back == secret and keyring.get_password(service, user) is None
    return result


def run_self_check_if_asked() -> bool:
    """Print the self-check as JSON and return True when KWTSMS_DESKTOP_SELF_CHECK is set."""
    mode = os.environ.get(SELF_CHECK_ENV, "")
    if not mode:
        return False
    print(json.dumps(self_check(keyring_round_trip=mode == "keyring"), indent=2), flush=True)
    return True
