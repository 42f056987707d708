"""The Queue / history area driven as a person would: see broadcasts and batches, decide about uncertain ones, export."""

from __future__ import annotations

import csv
from datetime import timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from kwtsms_desktop.engine.results import DLR_DELAY
from kwtsms_desktop.ui.queue import broadcasts_model as bm
from kwtsms_desktop.ui.queue.batches_model import COL_STATE
from kwtsms_desktop.ui.queue.panel import QueuePanel
from tests.gui.fixtures_queue import gui_store, journal, numbers  # noqa: F401 - fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 20_000


@pytest.fixture
def answer(monkeypatch):
    """What the user answers in confirmation boxes (records the questions asked)."""
    asked = []
    state = {"yes": True}

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes if state["yes"] else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    state["asked"] = asked
    return state


def history_panel(qtbot, store) -> QueuePanel:
    panel = QueuePanel(store=store, controller=None, lookups=None)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    return panel


def test_empty_history_says_what_will_appear(qtbot, gui_store):
    panel = history_panel(qtbot, gui_store)
    assert panel.findChild(QTableView, "queueView") is panel.view
    assert panel.emptyLabel.isVisible()
    assert not panel.exportButton.isEnabled() and not panel.pauseButton.isEnabled()


def test_history_lists_broadcasts_and_their_batches(qtbot, gui_store):
    first = journal(gui_store, numbers(450))
    gui_store.batches.mark_sending(first, 1)
    gui_store.batches.mark_accepted(first, 1, msg_id="m-1", points_charged=200, balance_after=4800, gateway_timestamp=1)
    gui_store.broadcasts.set_state(first, "paused", reason_en="Paused. Resume to send the rest.", reason_ar="متوقف")
    panel = history_panel(qtbot, gui_store)
    assert not panel.emptyLabel.isVisible()
    assert panel.view.model().index(0, bm.COL_STATE).data() == "Paused"
    assert panel.view.model().index(0, bm.COL_PROGRESS).data() == "44%"
    assert panel.selected_broadcast_id() == first
    assert panel.batchesView.model().rowCount() == 3
    assert panel.reasonLabel.text() == "Paused. Resume to send the rest."


def test_uncertain_batch_explained_and_marked_received_after_confirmation(qtbot, gui_store, answer):
    first = journal(gui_store, numbers(250))
    gui_store.batches.mark_sending(first, 1)
    gui_store.batches.mark_uncertain(first, 1, error_code="TIMEOUT")
    gui_store.broadcasts.set_state(first, "paused")
    panel = history_panel(qtbot, gui_store)
    assert panel.selected_batch().seq == 1  # the uncertain batch is selected for the user
    assert panel.uncertainBox.isVisible()
    assert "These 200 numbers may or may not have received the message." in panel.uncertainLabel.text()
    assert "1 uncertain batch" in panel.view.model().index(0, bm.COL_STATE).data()
    answer["yes"] = False
    qtbot.mouseClick(panel.markReceivedButton, Qt.MouseButton.LeftButton)
    assert gui_store.batches.get(first, 1).state == "uncertain"  # "No" changes nothing
    answer["yes"] = True
    qtbot.mouseClick(panel.markReceivedButton, Qt.MouseButton.LeftButton)
    assert gui_store.batches.get(first, 1).state == "accepted"
    assert "counted as sent" in answer["asked"][-1][1]
    assert panel.batchesView.model().index(0, COL_STATE).data() == "Received (marked by you)"
    assert not panel.uncertainBox.isVisible()
    assert "uncertain" not in panel.view.model().index(0, bm.COL_STATE).data()


def test_resend_uncertain_batch_without_an_engine_puts_it_back_in_the_queue(qtbot, gui_store, answer):
    first = journal(gui_store, numbers(10))
    gui_store.batches.mark_sending(first, 1)
    gui_store.batches.mark_uncertain(first, 1, error_code="TIMEOUT")
    panel = history_panel(qtbot, gui_store)
    qtbot.mouseClick(panel.resendButton, Qt.MouseButton.LeftButton)
    assert "sent the message again" in answer["asked"][-1][1]
    assert gui_store.batches.get(first, 1).state == "pending"
    assert panel.batchesView.model().index(0, COL_STATE).data() == "Not sent yet"
    assert "will be sent again" in panel.message_text()


def test_dlr_disabled_for_kuwait_only_batches_and_before_five_minutes(qtbot, gui_store):
    kuwait = journal(gui_store, numbers(3), test=False)
    gui_store.batches.mark_sending(kuwait, 1)
    gui_store.batches.mark_accepted(kuwait, 1, msg_id="k-1", points_charged=3, balance_after=1, gateway_timestamp=1)
    abroad = journal(gui_store, numbers(3, prefix="9665"), test=False)
    gui_store.batches.mark_sending(abroad, 1)
    gui_store.batches.mark_accepted(abroad, 1, msg_id="s-1", points_charged=3, balance_after=1, gateway_timestamp=1)

    class Lookups:  # only reached if a button were wrongly enabled
        def status(self, msg_id, callback):
            callback(None, "unused")

        def dlr(self, msg_id, callback):
            callback([], None)

    panel = QueuePanel(store=gui_store, controller=None, lookups=Lookups())
    qtbot.addWidget(panel)
    panel.show_broadcast(kuwait)
    panel.select_batch(1)
    assert panel.statusButton.isEnabled()
    assert not panel.dlrButton.isEnabled()
    assert "Kuwait numbers have no delivery report" in panel.dlrButton.toolTip()  # engine/results.py says
    panel.show_broadcast(abroad)
    panel.select_batch(1)
    assert not panel.dlrButton.isEnabled()
    assert "5 minutes after sending" in panel.dlrButton.toolTip()


def test_export_results_csv_and_xlsx(qtbot, gui_store, tmp_path):
    from kwtsms_desktop.importing import Rejected

    first = journal(gui_store, ["=cmd()", *numbers(3)], rejected=[Rejected(9, "@SUM(A1)", "Not a number.")])
    gui_store.batches.mark_sending(first, 1)
    gui_store.batches.mark_accepted(first, 1, msg_id="m-1", points_charged=3, balance_after=1, gateway_timestamp=1)
    panel = history_panel(qtbot, gui_store)
    csv_path = str(tmp_path / "results.csv")
    with qtbot.waitSignal(panel.exportFinished, timeout=WAIT_MS):
        panel.export_results(csv_path)
    with open(csv_path, "rb") as stream:
        raw = stream.read()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [
        "Number",
        "Name",
        "State",
        "Reason",
        "Batch",
        "Message ID",
        "Sent at",
        "Broadcast date",
        "Sender",
        "Mode",
        "Message",
    ]
    accepted = [r for r in rows[1:] if r[2] == "Test message (never delivered)"]
    assert [r[0] for r in accepted] == numbers(3) and {r[5] for r in accepted} == {"m-1"}
    # The message, its sender, date and mode on every row.
    assert {(r[8], r[9], r[10]) for r in rows[1:]} == {("KWT-SMS", "TEST", "Parents meeting on Sunday at 9.")}
    assert all(r[7] for r in rows[1:])
    guarded = [r for r in rows[1:] if r[0].startswith("'")]
    assert guarded and all(r[2] == "Set aside" for r in guarded)
    assert "Saved the results" in panel.message_text()
    xlsx_path = str(tmp_path / "results.xlsx")
    with qtbot.waitSignal(panel.exportFinished, timeout=WAIT_MS):
        panel.export_results(xlsx_path)
    book = openpyxl.load_workbook(xlsx_path)
    values = [[c.value for c in row] for row in book.active.iter_rows()]
    book.close()
    assert values[0][0] == "Number" and len(values) == len(rows)


def test_every_queue_text_has_arabic():
    from tests.gui.fixtures_queue import translation_problems

    assert (
        translation_problems(
            "queue/panel",
            "queue/layout",
            "queue/lookups",
            "queue/export",
            "queue/broadcasts_model",
            "queue/batches_model",
        )
        == []
    )


def test_arabic_queue(qtbot, gui_store):
    from kwtsms_desktop.ui.shared.translation import install_language

    first = journal(gui_store, numbers(5))
    gui_store.batches.mark_sending(first, 1)
    gui_store.batches.mark_uncertain(first, 1, error_code="TIMEOUT")
    install_language("ar")
    try:
        panel = QueuePanel(store=gui_store, controller=None, lookups=None)
        qtbot.addWidget(panel)
        panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        assert panel.resendButton.text() == "أعد الإرسال إلى هذه الأرقام"
        assert panel.view.model().headerData(bm.COL_STATE, Qt.Orientation.Horizontal) == "الحالة"
        assert "قد تكون هذه الأرقام (5 أرقام)" in panel.uncertainLabel.text()
    finally:
        install_language("en")


# ── With the engine: a real SendController sending to the in-process simulator ────────────────

from tests.gui.fixtures_queue import live_queue  # noqa: E402,F401 - fixture


def test_a_broadcast_runs_and_the_queue_follows_it_row_by_row(qtbot, live_queue):
    q = live_queue()
    broadcast_id = q.journal(450)
    model = q.panel.view.model()
    resets, repainted = [], set()
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, roles=None: repainted.update(range(top.row(), bottom.row() + 1)))
    seen_progress = []
    q.controller.progress.connect(
        lambda bid, p: seen_progress.append(model.index(0, bm.COL_PROGRESS).data(bm.ProgressRole))
    )
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(lambda: model.index(0, bm.COL_STATE).data() == "Finished", timeout=WAIT_MS)
    assert resets == [] and repainted == {0}  # one row updated at a time, never a reload
    assert seen_progress and seen_progress[-1] == 100
    assert model.index(0, bm.COL_PROGRESS).data(bm.ProgressRole) == 100
    assert model.index(0, bm.COL_COUNTS).data() == "450 accepted of 450"
    batches = q.panel.batchesView.model()
    assert [batches.index(r, COL_STATE).data() for r in range(3)] == ["Accepted"] * 3
    assert all(batches.index(r, 1).data() for r in range(3))  # msg-ids shown
    assert q.panel.reasonLabel.text().startswith("Done")
    assert len(q.simulator.ledger()) == 3


def test_pause_and_resume_from_the_buttons(qtbot, live_queue):
    q = live_queue(latency_ms=150, rate=2.0)
    broadcast_id = q.journal(1_200)  # 6 batches
    with qtbot.waitSignal(q.controller.broadcastStarted, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(q.panel.pauseButton.isEnabled, timeout=WAIT_MS)
    assert not q.panel.resumeButton.isEnabled()
    # Pause once a batch went out (on a loaded machine the click could otherwise beat the first one).
    qtbot.waitUntil(lambda: len(q.simulator.ledger()) > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(q.controller.broadcastPaused, timeout=WAIT_MS):
        qtbot.mouseClick(q.panel.pauseButton, Qt.MouseButton.LeftButton)
    model = q.panel.view.model()
    assert model.index(0, bm.COL_STATE).data() == "Paused"
    assert "not sent yet" in model.index(0, bm.COL_COUNTS).data()
    assert q.panel.resumeButton.isEnabled() and not q.panel.pauseButton.isEnabled()
    assert q.panel.reasonLabel.text().startswith("Paused")
    sent_before = sum(len(entry["numbers"]) for entry in q.simulator.ledger())
    assert 0 < sent_before < 1_200
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        qtbot.mouseClick(q.panel.resumeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.index(0, bm.COL_STATE).data() == "Finished", timeout=WAIT_MS)
    sent = [n for entry in q.simulator.ledger() for n in entry["numbers"]]
    assert sorted(sent) == sorted(numbers(1_200))  # everyone exactly once


def test_timeout_gives_an_uncertain_batch_then_resend_after_confirmation(qtbot, live_queue, answer):
    q = live_queue(read_timeout=0.5)
    q.simulator.add_fault({"endpoint": "send", "kind": "timeout", "seconds": 2, "count": 1})
    broadcast_id = q.journal(300)
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(lambda: q.panel.uncertainBox.isVisible(), timeout=WAIT_MS)
    assert q.panel.selected_batch().seq == 1
    assert "These 200 numbers may or may not have received the message." in q.panel.uncertainLabel.text()
    assert "1 uncertain batch" in q.panel.view.model().index(0, bm.COL_STATE).data()
    qtbot.mouseClick(q.panel.resendButton, Qt.MouseButton.LeftButton)
    assert answer["asked"][-1][0] == "Send this batch again?"
    assert q.store.batches.get(broadcast_id, 1).state == "pending"
    assert not q.panel.uncertainBox.isVisible()
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        qtbot.mouseClick(q.panel.resumeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: q.panel.view.model().index(0, bm.COL_COUNTS).data() == "300 accepted of 300", timeout=WAIT_MS
    )
    assert q.store.batches.get(broadcast_id, 1).state == "accepted"


def test_timeout_then_mark_received_and_export_results(qtbot, live_queue, answer, tmp_path):
    q = live_queue(read_timeout=0.5)
    q.simulator.add_fault({"endpoint": "send", "kind": "timeout", "seconds": 2, "count": 1, "accepted": True})
    broadcast_id = q.journal(250)
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(lambda: q.panel.uncertainBox.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(q.panel.markReceivedButton, Qt.MouseButton.LeftButton)
    assert q.store.batches.get(broadcast_id, 1).state == "accepted"
    assert q.panel.batchesView.model().index(0, COL_STATE).data() == "Received (marked by you)"
    assert len(q.simulator.ledger()) == 2  # nothing was sent again
    target = tmp_path / "results.csv"
    with qtbot.waitSignal(q.panel.exportFinished, timeout=WAIT_MS):
        q.panel.export_results(str(target))
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 251
    assert {r[2] for r in rows[1:]} == {"Test message (never delivered)"}
    second = [r for r in rows[1:] if r[4] == "2"]
    assert len(second) == 50 and all(r[5] for r in second)  # msg-id per number


def test_cancel_asks_first_then_stops_the_rest(qtbot, live_queue, answer):
    q = live_queue(latency_ms=150, rate=2.0)
    broadcast_id = q.journal(1_000)
    with qtbot.waitSignal(q.controller.broadcastStarted, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(q.panel.cancelButton.isEnabled, timeout=WAIT_MS)
    answer["yes"] = False
    qtbot.mouseClick(q.panel.cancelButton, Qt.MouseButton.LeftButton)
    assert answer["asked"][-1][0] == "Cancel this broadcast?"
    answer["yes"] = True
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS) as ended:
        qtbot.mouseClick(q.panel.cancelButton, Qt.MouseButton.LeftButton)
    assert ended.args[1] == "cancelled"
    model = q.panel.view.model()
    qtbot.waitUntil(lambda: model.index(0, bm.COL_STATE).data() == "Cancelled", timeout=WAIT_MS)
    assert not q.panel.resumeButton.isEnabled() and not q.panel.cancelButton.isEnabled()
    assert sum(len(e["numbers"]) for e in q.simulator.ledger()) < 1_000


def test_status_and_delivery_report_lookups_for_a_batch(qtbot, live_queue, monkeypatch):

    q = live_queue(with_lookups=True)
    broadcast_id = journal(q.store, numbers(3, prefix="9665"), test=False)  # Saudi numbers: DLR exists for them
    q.panel.refresh()
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(lambda: q.store.batches.get(broadcast_id, 1).state == "accepted", timeout=WAIT_MS)
    q.panel.select_batch(1)
    qtbot.waitUntil(lambda: q.panel.statusButton.isEnabled(), timeout=WAIT_MS)
    assert not q.panel.dlrButton.isEnabled()
    assert "5 minutes after sending" in q.panel.dlrButton.toolTip()
    with qtbot.waitSignal(q.panel.lookupFinished, timeout=WAIT_MS) as status:
        qtbot.mouseClick(q.panel.statusButton, Qt.MouseButton.LeftButton)
    assert status.args[0].startswith("Batch 1:") and "ERR" not in status.args[0]
    meaning, _, detail = status.args[0].partition("\n")
    # the meaning first in plain words, the gateway's own English only as the detail below it
    assert meaning == "Batch 1: accepted by the gateway and passed on to the phone networks."
    assert detail.startswith("kwtSMS answered: sent")
    # Six minutes later the delivery report can be asked for.
    from kwtsms_desktop.ui.queue import lookups

    later = lookups._now() + DLR_DELAY + timedelta(minutes=1)
    monkeypatch.setattr(lookups, "_now", lambda: later)
    q.panel._refresh_buttons()
    assert q.panel.dlrButton.isEnabled()
    with qtbot.waitSignal(q.panel.lookupFinished, timeout=WAIT_MS) as report:
        qtbot.mouseClick(q.panel.dlrButton, Qt.MouseButton.LeftButton)
    assert report.args[0].startswith("Batch 1")
    assert q.panel.lookupLabel.text() == report.args[0]


def test_status_of_a_test_message_explains_the_queue(qtbot, live_queue):
    q = live_queue(with_lookups=True)
    broadcast_id = journal(q.store, numbers(2), test=True)
    q.panel.refresh()
    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(lambda: q.store.batches.get(broadcast_id, 1).state == "accepted", timeout=WAIT_MS)
    q.panel.select_batch(1)
    qtbot.waitUntil(q.panel.statusButton.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(q.panel.lookupFinished, timeout=WAIT_MS) as status:
        qtbot.mouseClick(q.panel.statusButton, Qt.MouseButton.LeftButton)
    assert status.args[0].startswith("Batch 1: ") and "queue" in status.args[0]


def test_cancel_of_a_paused_broadcast_sticks_across_a_restart(qtbot, live_queue, answer, tmp_path):
    from kwtsms_desktop.engine.controller import SendController

    q = live_queue(latency_ms=150, rate=2.0)
    broadcast_id = q.journal(1_200)
    with qtbot.waitSignal(q.controller.broadcastStarted, timeout=WAIT_MS):
        q.controller.start(broadcast_id)
    qtbot.waitUntil(q.panel.pauseButton.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(q.controller.broadcastPaused, timeout=WAIT_MS):
        qtbot.mouseClick(q.panel.pauseButton, Qt.MouseButton.LeftButton)
    sent_before = sum(len(entry["numbers"]) for entry in q.simulator.ledger())
    model = q.panel.view.model()
    assert model.index(0, bm.COL_STATE).data() == "Paused" and q.panel.cancelButton.isEnabled()

    with qtbot.waitSignal(q.controller.broadcastFinished, timeout=WAIT_MS):
        qtbot.mouseClick(q.panel.cancelButton, Qt.MouseButton.LeftButton)
    assert answer["asked"][-1][0] == "Cancel this broadcast?"
    assert model.index(0, bm.COL_STATE).data() == "Cancelled"
    assert "cancelled" in model.index(0, bm.COL_COUNTS).data()
    assert not q.panel.cancelButton.isEnabled() and not q.panel.resumeButton.isEnabled()
    assert q.store.broadcasts.get(broadcast_id).state == "cancelled"

    target = tmp_path / "results.csv"
    with qtbot.waitSignal(q.panel.exportFinished, timeout=WAIT_MS):
        q.panel.export_results(str(target))
    with open(target, encoding="utf-8-sig", newline="") as stream:
        states = [row[2] for row in list(csv.reader(stream))[1:]]
    assert states.count("Not sent (cancelled)") == 1_200 - sent_before and "Not sent yet" not in states

    # The app restarts: a new controller and a new queue on the same data folder.
    controller = SendController(q.store.data_dir, lambda: q.client, delay_scale=0.01)
    try:
        panel = QueuePanel(store=q.store, controller=controller, lookups=None)
        qtbot.addWidget(panel)
        panel.show_broadcast(broadcast_id)
        assert panel.view.model().index(0, bm.COL_STATE).data() == "Cancelled"
        assert not panel.resumeButton.isEnabled() and not panel.cancelButton.isEnabled()
        with qtbot.waitSignal(controller.broadcastFinished, timeout=WAIT_MS) as again:
            controller.resume(broadcast_id)  # even when asked directly, nothing more is sent
        assert again.args[1] == "cancelled"
        panel.shutdown()
    finally:
        controller.shutdown()
    assert sum(len(entry["numbers"]) for entry in q.simulator.ledger()) == sent_before


def test_results_are_read_and_written_off_the_gui_thread_with_progress(qtbot, gui_store, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import QTimer

    broadcast_id = journal(gui_store, numbers(30_000))
    panel = history_panel(qtbot, gui_store)
    panel.show_broadcast(broadcast_id)
    readers = []
    from kwtsms_desktop.ui.queue import export

    original = export.results_export

    def recorded(*args):
        readers.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(export, "results_export", recorded)
    progress, ticks = [], []
    panel.exportProgress.connect(lambda done, total: progress.append((done, total)))
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    target = str(tmp_path / "results.xlsx")
    with qtbot.waitSignal(panel.exportFinished, timeout=60_000):
        panel.export_results(target)
        assert not panel.exportButton.isEnabled()
    timer.stop()
    assert readers and all(thread is not threading.main_thread() for thread in readers)
    assert ticks and progress[-1] == (30_000, 30_000)
    book = openpyxl.load_workbook(target, read_only=True)
    assert sum(1 for _ in book.active.iter_rows(values_only=True)) == 30_001
    book.close()
    assert panel.exportButton.isEnabled()
