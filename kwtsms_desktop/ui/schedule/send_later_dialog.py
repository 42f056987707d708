"""Send later…: choose the date and time (Kuwait time) a broadcast is sent; a time the rules refuse is said why.

Used for a new broadcast (compose area), for "Change time…" in the queue and for "A new time" of a
missed broadcast. The rules are core/schedule.py's (`check_due`); this dialog only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.schedule import KUWAIT, ScheduleRefused, ScheduleSettings, check_due
from kwtsms_desktop.ui.shared.translation import is_rtl, language, translate

DISPLAY_FORMAT = "yyyy-MM-dd  HH:mm"


def default_due(now: datetime) -> datetime:
    """One hour from now, on the next five minutes, in Kuwait time."""
    local = (now + timedelta(hours=1)).astimezone(KUWAIT).replace(second=0, microsecond=0)
    return local + timedelta(minutes=(5 - local.minute % 5) % 5)


def computer_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def _arabic_calendar(calendar: QCalendarWidget) -> None:
    """The pop-up calendar as Kuwait reads it: Arabic names, right to left (the edit above is left to right
    for its digits, and the calendar would inherit that), the week from Sunday, Friday and Saturday off.
    The Gulf locale with Latin digits (ar_AE), as the rest of the window writes its numbers."""
    calendar.setLocale(QLocale("ar_AE"))
    calendar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
    weekday, weekend = QTextCharFormat(), QTextCharFormat()
    weekend.setForeground(QColor("#b00020"))
    for day in Qt.DayOfWeek:
        calendar.setWeekdayTextFormat(day, weekend if day in (Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday) else weekday)


class SendLaterDialog(QDialog):
    """`due()` is the chosen time (UTC) once accepted; OK is refused, with the sentence, while the time is not allowed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime],
        settings: ScheduleSettings,
        initial: datetime | None = None,
        local_zone: tzinfo | None = None,
        title: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendLaterDialog")
        self.setWindowTitle(title or translate("SendLaterDialog", "Send later"))
        self.setMinimumWidth(420)
        self._clock = clock
        self._settings = settings
        self._local_zone = local_zone or computer_zone()
        layout = QVBoxLayout(self)
        if note:
            intro = QLabel(note)
            intro.setWordWrap(True)
            intro.setObjectName("sendLaterNote")
            layout.addWidget(intro)

        form = QFormLayout()
        self.when = QDateTimeEdit()
        self.when.setObjectName("sendLaterWhen")
        self.when.setAccessibleName(translate("SendLaterDialog", "Date and time, Kuwait time"))
        # Before the format: set right to left, the edit writes its sections backwards ("05:03  30-11-2026").
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when.setDisplayFormat(DISPLAY_FORMAT)
        self.when.setCalendarPopup(True)
        if is_rtl():
            _arabic_calendar(self.when.calendarWidget())
        self.set_due(initial or default_due(clock()))
        self.when.dateTimeChanged.connect(self._update_texts)
        form.addRow(translate("SendLaterDialog", "Send at (Kuwait time)"), self.when)
        self.localLabel = QLabel()
        self.localLabel.setObjectName("sendLaterLocalTime")
        form.addRow("", self.localLabel)
        layout.addLayout(form)
        quiet = settings.quiet_hours
        if quiet is not None:
            quiet_label = QLabel(
                translate(
                    "SendLaterDialog", "Quiet hours: {span} Kuwait time; nothing is sent then.", span=quiet.describe()
                )
            )
            quiet_label.setWordWrap(True)
            layout.addWidget(quiet_label)

        self.problemLabel = QLabel()
        self.problemLabel.setObjectName("sendLaterProblem")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet("color: #b00020;")
        self.problemLabel.hide()
        layout.addWidget(self.problemLabel)

        buttons = QDialogButtonBox()
        self.okButton = buttons.addButton(
            translate("SendLaterDialog", "Schedule"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.okButton.setObjectName("sendLaterOkButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(translate("SendLaterDialog", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_texts()

    # -- the chosen time ----------------------------------------------------------------------------
    def set_due(self, moment: datetime) -> None:
        local = moment.astimezone(KUWAIT)
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))

    def due(self) -> datetime:
        """The widget's date and time read as Kuwait time, in UTC."""
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=KUWAIT)
        return local.astimezone(UTC)

    def refusal(self) -> str | None:
        """Why the chosen time is not allowed now (in the window's language), or None."""
        try:
            check_due(self.due(), self._clock(), self._settings)
        except ScheduleRefused as refused:
            return refused.ar if language() == "ar" else refused.en
        return None

    def accept(self) -> None:
        problem = self.refusal()
        self.problemLabel.setText(problem or "")
        self.problemLabel.setVisible(problem is not None)
        if problem is None:
            super().accept()

    # -- texts -------------------------------------------------------------------------------------
    def _update_texts(self, *_: object) -> None:
        due = self.due()
        here = due.astimezone(self._local_zone)
        kuwait = due.astimezone(KUWAIT)
        if here.utcoffset() != kuwait.utcoffset():
            offset = here.strftime("%z")
            self.localLabel.setText(
                translate(
                    "SendLaterDialog",
                    "On this computer's clock: {time} ({offset})",
                    time=here.strftime("%Y-%m-%d %H:%M"),
                    offset=f"UTC{offset[:3]}:{offset[3:]}",  # translate() isolates it in Arabic
                )
            )
            self.localLabel.show()
        else:
            self.localLabel.hide()
        self.problemLabel.hide()
