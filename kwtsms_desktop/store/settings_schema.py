"""Every setting the app keeps, declared once: its key, type, default and limits.

The window and the command line read and write settings only through these declarations
(``settings.value(SEND_RATE)``, ``settings.put(SEND_RATE, 3)``), so a default or a limit is
never written twice. A stored value of the wrong type, or outside its limits, reads as the
nearest allowed value (numbers are clamped) or as the default.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: ``key`` in the settings table, ``default`` when unset or unreadable."""

    key: str
    default: T
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] | None = None
    empty_is_default: bool = False  # "" (or None) reads as the default, e.g. an unset country

    def coerce(self, raw: object) -> T:
        """``raw`` as this setting's type, within its limits; the default when it cannot be."""
        if raw is None or (self.empty_is_default and raw == ""):
            return self.default
        default = self.default
        value: Any
        if isinstance(default, bool):
            value = raw if isinstance(raw, bool) else self.default
        elif isinstance(default, int | float):
            try:
                number = float(raw)  # type: ignore[arg-type]  # str, int or float; anything else fails below
            except (TypeError, ValueError):
                return default
            if isinstance(raw, bool) or math.isnan(number):
                return default
            if self.minimum is not None:
                number = max(number, self.minimum)
            if self.maximum is not None:
                number = min(number, self.maximum)
            value = type(default)(number)
        elif isinstance(default, str):
            value = raw if isinstance(raw, str) else str(raw)
        elif isinstance(default, list):
            value = list(raw) if isinstance(raw, list) else list(default)  # a copy: callers may change it
        else:
            value = raw
        if self.choices is not None and value not in self.choices:
            return default
        return value  # type: ignore[no-any-return]


# ---- account and gateway -------------------------------------------------------------------------
API_USERNAME: Setting[str] = Setting("api_username", "")  # the password lives only in the OS keyring
GATEWAY_URL: Setting[str] = Setting("gateway_url", "", empty_is_default=True)  # "" : the live kwtSMS gateway
# Requests per second for every call the app makes; the gateway blocks clients above 5.
MIN_SEND_RATE, MAX_SEND_RATE = 1.0, 4.0
SEND_RATE: Setting[float] = Setting("send_rate", 2.0, minimum=MIN_SEND_RATE, maximum=MAX_SEND_RATE)
API_LOG: Setting[bool] = Setting("api_log", True)  # keep api-log.jsonl (password masked)
# A PEM file of certificate authorities trusted in addition to the OS store (a company proxy's).
CA_BUNDLE: Setting[str] = Setting("ca_bundle", "")
# Total time allowed for one gateway call; past it a send batch is uncertain, a look-up failed.
REQUEST_DEADLINE: Setting[float] = Setting("request_deadline_seconds", 45.0, minimum=1.0, maximum=600.0)

# ---- sending -----------------------------------------------------------------------------------
DEFAULT_SENDER: Setting[str] = Setting("default_sender", "")
LAST_SENDER: Setting[str] = Setting("last_sender", "")
TEST_MODE_DEFAULT: Setting[bool] = Setting("test_mode_default", True)
DEFAULT_COUNTRY: Setting[str] = Setting("default_country", "965", empty_is_default=True)
OWN_PHONE: Setting[str] = Setting("own_phone", "")  # where "Send a test to my phone" sends; "": not set
# The header's balance turns amber below this many points, and the send confirmation warns when a
# broadcast would leave less; 0: never.
LOW_BALANCE: Setting[int] = Setting("low_balance_points", 100, minimum=0, maximum=10_000_000)

# ---- send later ----------------------------------------------------------------------------------
# {"start": "21:00", "end": "07:00"} in Kuwait time; None: no quiet hours (core/schedule.py reads it).
QUIET_HOURS: Setting[dict[str, str] | None] = Setting("quiet_hours", None)
# A due time missed by at most this many whole minutes is still sent; beyond it the user chooses.
LATE_SEND_MINUTES: Setting[int] = Setting("late_send_minutes", 0, minimum=0, maximum=24 * 60)

# ---- the window --------------------------------------------------------------------------------
LANGUAGE: Setting[str] = Setting("language", "", choices=("", "en", "ar"))  # "": not chosen yet
WINDOW_GEOMETRY: Setting[str] = Setting("window_geometry", "")  # Qt's saveGeometry, base64
WINDOW_SIZE: Setting[list[Any]] = Setting("window_size", [])  # [width, height]
WINDOW_SPLITTERS: Setting[list[Any]] = Setting("window_splitters", [])  # Qt's saveState per splitter, base64

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    API_USERNAME,
    GATEWAY_URL,
    SEND_RATE,
    API_LOG,
    CA_BUNDLE,
    REQUEST_DEADLINE,
    DEFAULT_SENDER,
    LAST_SENDER,
    TEST_MODE_DEFAULT,
    DEFAULT_COUNTRY,
    OWN_PHONE,
    LOW_BALANCE,
    QUIET_HOURS,
    LATE_SEND_MINUTES,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_SIZE,
    WINDOW_SPLITTERS,
)
