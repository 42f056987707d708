"""Groups as recipients on the Send page: choose groups (their union), optionally groups to leave out;
the members join the recipients table (engine.audience.gather_audience, off the GUI thread), each
showing its group in the Source column, next to the rows of a file or a paste."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kwtsms_desktop.engine.audience import gather_audience
from kwtsms_desktop.engine.recipients_list import (
    DUPLICATE,
    DUPLICATE_REASON,
    NOT_COVERED,
    SUPPRESSED,
    VALID,
    BuildOutcome,
    RecipientEntry,
    apply_eligibility,
)
from kwtsms_desktop.store.contacts import UnknownGroup
from kwtsms_desktop.ui.contacts.dialogs import _group_list, checked_texts
from kwtsms_desktop.ui.contacts.work import opened
from kwtsms_desktop.ui.recipients.import_dialog import BuildParams
from kwtsms_desktop.ui.shared.translation import translate


class AudienceDialog(QDialog):
    def __init__(self, parent: QWidget | None, groups: Sequence[tuple[str, int]]) -> None:
        super().__init__(parent)
        self.setObjectName("audienceDialog")
        self.setWindowTitle(translate("AudienceDialog", "Send to groups"))
        layout = QVBoxLayout(self)
        names = [name for name, _ in groups]
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(translate("AudienceDialog", "Send to the members of:")))
        self.includeList = _group_list(names, (), "includeGroups")
        for row, (_name, count) in enumerate(groups):
            self.includeList.item(row).setToolTip(
                translate("AudienceDialog", "{count} contact(s)", n=count, count=f"{count:,}")
            )
        left.addWidget(self.includeList)
        right.addWidget(QLabel(translate("AudienceDialog", "Leave out the members of:")))
        self.excludeList = _group_list(names, (), "excludeGroups")
        right.addWidget(self.excludeList)
        columns.addLayout(left)
        columns.addLayout(right)
        layout.addLayout(columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.okButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(translate("AudienceDialog", "Add recipients"))
        self.okButton.setObjectName("audienceOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("AudienceDialog", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[list[str], list[str]]:
        return checked_texts(self.includeList), checked_texts(self.excludeList)


def audience_outcome(open_store: Callable[[], Any], groups: list[str], exclude: list[str], params: BuildParams):
    """Background runner work: the groups' members as recipient entries, checked like an import's rows."""

    def run(_progress, _cancelled) -> BuildOutcome:
        from kwtsms_desktop.importing.errors import ImportFailed

        with opened(open_store) as store:
            try:
                audience = gather_audience(store, groups, exclude)
            except UnknownGroup as error:
                raise ImportFailed(str(error)) from error
        existing = params.existing
        entries = []
        already = 0
        for position, member in enumerate(audience.members, start=1):
            entry = RecipientEntry(position, member.number, member.name or "", source=member.source)
            first = existing.get(member.number)
            if first is not None:
                entry.status, entry.reason, entry.sendable, entry.first_row = DUPLICATE, DUPLICATE_REASON, False, first
                already += 1
            entries.append(entry)
        apply_eligibility(entries, params.coverage, params.suppressed)
        counts: dict[str, int] = {}
        for entry in entries:
            counts[entry.status] = counts.get(entry.status, 0) + 1
        return BuildOutcome(
            entries=entries,
            valid=counts.get(VALID, 0),
            invalid=0,
            duplicates=audience.duplicates + already,
            not_covered=counts.get(NOT_COVERED, 0),
            suppressed=counts.get(SUPPRESSED, 0),
            source=audience.describe(),
            counts=counts,
        )

    return run
