"""Personal messages in the compose area: templates, Insert field, missing values, the page range and the preview.

The compose panel stays the editor and its counter; this object adds the rows under the editor
and, when the message uses fields, plans it for the current recipients off the GUI thread
(shortly after typing stops) to show the page range ("UCS-2 · 1–2 pages") and the cost. The send
flow asks it for ``plan_options()`` so the plan sent is made the same way as the one previewed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kwtsms_desktop.core.fields import parse_fields, unknown_fields
from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine import entry_fields
from kwtsms_desktop.ui.compose.plan_text import pages_text, range_counter_text
from kwtsms_desktop.ui.compose.seams import ComposeWindow
from kwtsms_desktop.ui.personal.fields import InsertFieldButton, MissingValuesBox
from kwtsms_desktop.ui.personal.preview import PreviewDialog
from kwtsms_desktop.ui.personal.templates import TemplatesBar
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.formatting import format_number
from kwtsms_desktop.ui.shared.translation import translate

if TYPE_CHECKING:
    pass

PLAN_DELAY_MS = 300  # after the last keystroke: a 100,000-recipient plan is not made per key


class PersonalMessages(QObject):
    """``compose``: the ComposePanel; ``recipients``: returns the recipients that will be sent to;
    ``templates``: a store.templates.TemplateRepository; ``balance``: the last known balance or None."""

    planned = Signal(object)  # a preview plan is ready (the counter and cost line show it)
    previewShown = Signal(object)  # the PreviewDialog just opened

    def __init__(
        self,
        compose: Any,
        recipients: Callable[[], list[Any]],
        templates: Any,
        balance: Callable[[], float | None] = lambda: None,
    ) -> None:
        super().__init__(compose)
        self.compose = compose
        self._recipients = recipients
        self._balance = balance
        self.last_plan: Any = None
        self.preview_dialog: PreviewDialog | None = None
        self._generation = 0  # plans of an older text or list are dropped when they arrive
        self._open_preview = False
        self._background = BackgroundRunner(self, name="kwtsms-preview-plan")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PLAN_DELAY_MS)
        self._timer.timeout.connect(self._plan_now)

        editor = compose.editor
        self.templates_bar = TemplatesBar(templates, compose.message_text)
        self.templates_bar.templateChosen.connect(editor.setPlainText)
        self.templates_bar.problem.connect(compose.show_problem)
        self.insert_field = InsertFieldButton(editor)
        self.preview_button = QPushButton(translate("PersonalMessages", "Preview…"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setAccessibleName(translate("PersonalMessages", "Preview each recipient's message"))
        self.preview_button.clicked.connect(self.preview)
        self.missing = MissingValuesBox()
        self.missing.changed.connect(self.schedule)

        self.widget = QWidget()
        self.widget.setObjectName("personalRows")
        rows = QVBoxLayout(self.widget)
        rows.setContentsMargins(0, 0, 0, 0)
        fields_row = QHBoxLayout()
        fields_row.addWidget(self.insert_field)
        fields_row.addWidget(self.preview_button)
        fields_row.addStretch(1)
        rows.addLayout(fields_row)
        rows.addWidget(self.missing)
        rows.addWidget(self.templates_bar)
        editor.textChanged.connect(self._text_changed)
        self._text_changed()

    # -- what the send flow and the window use ------------------------------------------------------
    def fields_of(self, recipient: Any) -> dict[str, str]:
        return entry_fields.values(recipient)

    def available(self) -> list[str]:
        return entry_fields.available(self._recipients())

    def plan_options(self) -> dict[str, Any]:
        """make_plan's field arguments, read now on the GUI thread."""
        return {
            "fields_of": entry_fields.values,
            "available_fields": self.available(),
            "fallbacks": self.missing.fallbacks(),
        }

    def uses_fields(self) -> bool:
        return parse_fields(self.compose.message_text()).uses_fields

    # -- reacting ----------------------------------------------------------------------------------
    @Slot()
    def recipients_changed(self, *_: Any) -> None:
        self.insert_field.set_fields(self.available())
        self.schedule()

    @Slot()
    def _text_changed(self) -> None:
        fields = parse_fields(self.compose.message_text())
        self.missing.set_fields(list(fields.names))
        self.schedule()

    @Slot()
    def schedule(self) -> None:
        self._generation += 1
        self.last_plan = None
        if self.uses_fields() and self._recipients():
            self._timer.start()
        else:
            self._timer.stop()

    def plan_function(self) -> Callable[[], Any]:
        recipients = list(self._recipients())
        text, sender, balance = self.compose.message_text(), self.compose.sender_id() or "-", self._balance()
        options = self.plan_options()

        def plan() -> Any:
            return make_plan(recipients, text, sender, balance=balance, default_country=None, **options)

        return plan

    @Slot()
    def _plan_now(self) -> None:
        generation = self._generation
        self._background.run(self.plan_function(), lambda plan, error: self._planned(generation, plan, error))

    def _planned(self, generation: int, plan: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return  # the text or the list changed meanwhile: a newer plan is on its way
        if error is not None:
            self.compose.show_problem(
                translate("PersonalMessages", "The preview could not be made: {error}", error=str(error))
            )
            self._open_preview = False
            return
        self.last_plan = plan
        self._show_plan(plan)
        self.planned.emit(plan)
        if self._open_preview:
            self._open_preview = False
            self._show_preview(plan)

    def _show_plan(self, plan: Any) -> None:
        compose = self.compose
        unknown = unknown_fields(parse_fields(plan.text), self.plan_options()["available_fields"])
        if unknown:  # said now, and sending refuses it with the same words
            compose.show_problem(unknown_text(unknown))
            return
        compose.counter.setText(range_counter_text(plan))
        low, high = plan.pages_range
        balance = self._balance()
        balance_text = (
            translate("PersonalMessages", "balance unknown")
            if balance is None
            else translate("PersonalMessages", "balance {balance}", balance=format_number(balance))
        )
        compose.cost_line.setText(
            translate(
                "PersonalMessages",
                "{pages} × {count} = {points} · {balance}",
                pages=pages_text(low, high),
                count=format_number(len(plan.recipients)),
                points=translate(
                    "PersonalMessages",
                    "{count} point(s)",
                    n=plan.estimated_points,
                    count=format_number(plan.estimated_points),
                ),
                balance=balance_text,
            )
        )

    # -- the preview -------------------------------------------------------------------------------
    @Slot()
    def preview(self) -> None:
        """Open the preview: at once when the plan for this text and list is ready, else once it is."""
        if not self._recipients():
            self.compose.show_problem(
                translate("PersonalMessages", "Add recipients first: the preview shows each recipient's message.")
            )
            return
        if self.last_plan is not None:
            self._show_preview(self.last_plan)
            return
        self._open_preview = True
        self._timer.stop()
        self._plan_now()

    def _show_preview(self, plan: Any) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        dialog = self.preview_dialog = PreviewDialog(plan, self.compose.window())
        self.previewShown.emit(dialog)
        dialog.open()

    def shutdown(self) -> None:
        self._timer.stop()
        self._background.shutdown(wait=True)


def unknown_text(unknown: list[str]) -> str:
    return translate(
        "personal.controller",
        "The message uses {fields}, which none of the recipients has: choose a field from Insert field.",
        fields=", ".join("{" + name + "}" for name in unknown),
    )


def attach_to_window(window: ComposeWindow) -> PersonalMessages:
    """Put the personal rows under the compose area's counter and follow the recipients list."""
    compose = window.compose
    personal = PersonalMessages(
        compose,
        window.recipients.valid_recipients,
        window.session.store.templates,
        lambda: window.account.balance,
    )
    layout = compose.layout()
    if isinstance(layout, QBoxLayout):  # the compose panel's column
        layout.insertWidget(layout.indexOf(compose.editor) + 2, personal.widget)  # after the counter row
    window.recipients.recipientsChanged.connect(personal.recipients_changed)
    personal.recipients_changed()
    return personal
