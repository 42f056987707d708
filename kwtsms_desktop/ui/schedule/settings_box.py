"""The Settings dialog's "Send later" group: quiet hours (off by default) and how late a due time may still send."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QTimeEdit, QWidget

from kwtsms_desktop.core.schedule import QuietHours
from kwtsms_desktop.store.settings_schema import LATE_SEND_MINUTES, QUIET_HOURS
from kwtsms_desktop.ui.shared.translation import translate

DEFAULT_QUIET = QuietHours(time(21, 0), time(7, 0))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ScheduleSettingsBox(QGroupBox):
    """`load(settings)` shows the stored values; `save(settings)` writes them through the schema."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ScheduleSettingsBox", "Send later"), parent)
        self.setObjectName("scheduleSettings")
        form = QFormLayout(self)
        self.quietCheck = QCheckBox(translate("ScheduleSettingsBox", "Quiet hours: send nothing between"))
        self.quietCheck.setObjectName("quietHoursCheck")
        self.quietStart = QTimeEdit()
        self.quietStart.setObjectName("quietHoursStart")
        self.quietEnd = QTimeEdit()
        self.quietEnd.setObjectName("quietHoursEnd")
        for edit in (self.quietStart, self.quietEnd):
            # Before the format: a time edit that is right to left when its format is set shows 21:00 as 00:21.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("HH:mm")
        row = QHBoxLayout()
        row.addWidget(self.quietCheck)
        row.addWidget(self.quietStart)
        row.addWidget(QLabel(translate("ScheduleSettingsBox", "and")))
        row.addWidget(self.quietEnd)
        row.addWidget(QLabel(translate("ScheduleSettingsBox", "Kuwait time")))
        row.addStretch(1)
        form.addRow(row)
        self.quietCheck.toggled.connect(self._enable_times)
        self.lateSpin = QSpinBox()
        self.lateSpin.setObjectName("lateSendMinutes")
        self.lateSpin.setRange(int(LATE_SEND_MINUTES.minimum or 0), int(LATE_SEND_MINUTES.maximum or 1440))
        self.lateSpin.valueChanged.connect(self._say_minutes)
        self._say_minutes(self.lateSpin.value())
        self.lateSpin.setToolTip(
            translate(
                "ScheduleSettingsBox",
                "A broadcast whose time passed while the app or the computer was off is still sent when it is "
                "late by at most this much; later than that, you choose: send now, a new time, or cancel.",
            )
        )
        form.addRow(translate("ScheduleSettingsBox", "Send when late by at most"), self.lateSpin)
        self._enable_times(False)

    def _say_minutes(self, value: int) -> None:
        """The unit after the number, in the form its count takes (" minute", " minutes"; دقيقة, دقائق)."""
        self.lateSpin.setSuffix(translate("ScheduleSettingsBox", " minute(s)", n=value))

    def retranslate_ui(self) -> None:
        self._say_minutes(self.lateSpin.value())

    def _enable_times(self, on: bool) -> None:
        self.quietStart.setEnabled(on)
        self.quietEnd.setEnabled(on)

    def load(self, settings: Any) -> None:
        quiet = QuietHours.from_setting(settings.value(QUIET_HOURS))
        shown = quiet or DEFAULT_QUIET
        self.quietStart.setTime(_qtime(shown.start))
        self.quietEnd.setTime(_qtime(shown.end))
        self.quietCheck.setChecked(quiet is not None)
        self._enable_times(quiet is not None)
        self.lateSpin.setValue(settings.value(LATE_SEND_MINUTES))

    def quiet_hours(self) -> QuietHours | None:
        """None when off, or when start and end are the same time (an empty span)."""
        if not self.quietCheck.isChecked():
            return None
        start, end = _time(self.quietStart.time()), _time(self.quietEnd.time())
        return QuietHours(start, end) if start != end else None

    def save(self, settings: Any) -> None:
        quiet = self.quiet_hours()
        settings.put(QUIET_HOURS, quiet.as_setting() if quiet is not None else None)
        settings.put(LATE_SEND_MINUTES, self.lateSpin.value())
