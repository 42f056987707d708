"""The per-number view: Check status for a whole broadcast against the simulator, notes said once, PDF and Print."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from kwtsms_desktop.engine.results import NumberResult
from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.store import Store
from kwtsms_desktop.ui.results.model import COL_REASON, COL_STATE, NumberResultsModel
from kwtsms_desktop.ui.results.panel import BroadcastResultsPanel
from kwtsms_desktop.ui.shared.i18n import set_language
from tests.engine.conftest import Run, journal, make_client

KUWAIT = [f"9655{i:07d}" for i in range(3)]
SAUDI = [f"96650{i:07d}" for i in range(3)]


@pytest.fixture
def ready_simulator():
    """Delivery reports ready at once on the simulator's side: the app's own five-minute rule is what is tested."""
    sim = Simulator(balance=100_000, dlr_ready_seconds=0).start()
    yield sim
    sim.stop()
    assert sim.internal_errors() == []


@pytest.fixture
def client(ready_simulator):
    with make_client(ready_simulator.url) as made:
        yield made


def _sent(folder, client, recipients, **options) -> int:
    with Store.open(folder) as store:
        broadcast_id = journal(store, recipients, batch_size=2, **options)
        assert Run(store, client, broadcast_id)().state == "finished"
    return broadcast_id


def _panel(qtbot, folder, client, minutes_later: float = 0):
    clock = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes_later)  # noqa: E731
    panel = BroadcastResultsPanel(data_dir=folder, client=client, now=clock)
    qtbot.addWidget(panel)
    return panel


def _show(qtbot, panel, broadcast_id):
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_broadcast(broadcast_id)


def _states(panel):
    model = panel.model
    return {
        model.result_at(row).number: (model.index(row, COL_STATE).data(), model.index(row, COL_REASON).data())
        for row in range(model.rowCount())
    }


def test_the_model_passes_qtmodeltester(qtmodeltester):
    model = NumberResultsModel()
    rows = [
        NumberResult("96550000000", "Ali", 1, "delivered", "", "", "abc", None),
        NumberResult("96650000000", "", 1, "failed", "UNDELIV", "UNDELIV", "abc", None),
        NumberResult("x12", "", None, "set_aside", "Invalid number", "رقم غير صالح", "", None),
    ]
    model.set_results(rows)
    qtmodeltester.check(model)
    model.set_results([])
    qtmodeltester.check(model)


def test_check_status_of_a_live_broadcast_delivery_reports_after_five_minutes(qtbot, tmp_path, ready_simulator, client):
    folder = tmp_path / "data"
    broadcast_id = _sent(folder, client, [*SAUDI, *KUWAIT], test=False)  # [S0 S1] [S2 K0] [K1 K2]
    ready_simulator.set_delivery({SAUDI[0]: "DELIVERED", SAUDI[1]: "FAILED"})

    early = _panel(qtbot, folder, client)
    _show(qtbot, early, broadcast_id)
    assert {state for state, _ in _states(early).values()} == {"Accepted"}
    with qtbot.waitSignal(early.checkFinished, timeout=10_000) as finished:
        early.check_status()
    assert ready_simulator.stats()["per_endpoint"].get("dlr", 0) == 0  # too early: not asked
    notes = early.notesLabel.text()
    assert notes.count("Kuwait numbers have no delivery report") == 1 and "5 minutes" in notes
    assert finished.args[0].checked == 3

    later = _panel(qtbot, folder, client, minutes_later=6)
    _show(qtbot, later, broadcast_id)
    progress = []
    later.checkProgress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(later.checkFinished, timeout=10_000):
        later.check_status()
    assert progress[-1] == (3, 3)
    states = _states(later)
    assert states[SAUDI[0]] == ("Delivered", "")
    assert states[SAUDI[1]] == ("Failed", "FAILED")
    assert states[KUWAIT[2]][0] == "Accepted"
    # Said once for the whole broadcast, not per row.
    assert later.notesLabel.text().count("Kuwait numbers have no delivery report") == 1
    assert "Failed: 1" in later.summaryLabel.text()


def test_a_test_broadcast_in_arabic_says_test_message_and_the_note_once(qtbot, tmp_path, client):
    folder = tmp_path / "data"
    broadcast_id = _sent(folder, client, KUWAIT + ["12"], test=True)
    set_language("ar")
    panel = _panel(qtbot, folder, client, minutes_later=10)
    _show(qtbot, panel, broadcast_id)
    with qtbot.waitSignal(panel.checkFinished, timeout=10_000):
        panel.check_status()
    states = _states(panel)
    assert states[KUWAIT[0]] == ("رسالة اختبار (لا تسلم أبدا)", "")
    assert states["12"][0] == "مستبعدة" and states["12"][1] == "رقم غير صالح"
    assert panel.notesLabel.text().count("رسائل الاختبار") == 1


def test_cancelled_broadcast_numbers_say_not_sent_cancelled(qtbot, tmp_path, client):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        broadcast_id = journal(store, KUWAIT, batch_size=2, test=True)
        store.broadcasts.set_state(broadcast_id, "cancelled")
    panel = _panel(qtbot, folder, client)
    _show(qtbot, panel, broadcast_id)
    assert {state for state, _ in _states(panel).values()} == {"Not sent (cancelled)"}


def test_stop_checking_stops_between_calls(qtbot, tmp_path, ready_simulator, client):
    folder = tmp_path / "data"
    broadcast_id = _sent(folder, client, KUWAIT * 1 + [f"9656{i:07d}" for i in range(8)], test=False)
    panel = _panel(qtbot, folder, client)
    _show(qtbot, panel, broadcast_id)
    panel.checkProgress.connect(lambda done, _total: done >= 1 and panel.cancel_check())
    with qtbot.waitSignal(panel.checkFinished, timeout=10_000) as finished:
        panel.check_status()
    outcome = finished.args[0]
    assert outcome.cancelled and outcome.checked < 6
    assert "Stopped" in panel.notesLabel.text()
    assert panel.checkButton.isEnabled() and panel.progressBar.isHidden()


def test_save_pdf_and_print_the_same_report(qtbot, tmp_path, client, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    folder = tmp_path / "data"
    broadcast_id = _sent(folder, client, KUWAIT, test=True)
    panel = _panel(qtbot, folder, client)
    _show(qtbot, panel, broadcast_id)
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(panel.reportSaved):
        panel.save_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")

    printed = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(panel.printed):
        panel.print_report()
    assert printed.read_bytes().startswith(b"%PDF")


def test_a_pdf_that_cannot_be_written_is_said(qtbot, tmp_path, client):
    folder = tmp_path / "data"
    broadcast_id = _sent(folder, client, KUWAIT, test=True)
    panel = _panel(qtbot, folder, client)
    _show(qtbot, panel, broadcast_id)
    panel.save_pdf(str(tmp_path / "no-such-folder" / "r.pdf"))
    assert "could not be saved" in panel.notesLabel.text()
