"""Every table model of the queue and the import dialog passes Qt's model tester, with data and while it changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kwtsms_desktop.engine.events import ProgressInfo
from kwtsms_desktop.importing import table_from_text
from kwtsms_desktop.ui.queue import batches_model as btm
from kwtsms_desktop.ui.queue import broadcasts_model as bm
from kwtsms_desktop.ui.queue.batches_model import BatchesModel
from kwtsms_desktop.ui.queue.broadcasts_model import BroadcastRow, BroadcastsModel, ProgressRole
from kwtsms_desktop.ui.recipients.import_dialog import PreviewModel
from tests.gui.fixtures_queue import gui_store, journal, numbers  # noqa: F401 - fixture

pytest.importorskip("pytestqt")


def broadcast_rows(store) -> list[BroadcastRow]:
    return [BroadcastRow.from_summary(s) for s in store.broadcasts.summaries()]


@pytest.fixture
def two_broadcasts(gui_store):
    first = journal(gui_store, numbers(450))
    second = journal(gui_store, numbers(30, prefix="966"), test=False, message="مرحبا")
    return gui_store, first, second


def test_broadcasts_model_contract(qtmodeltester, two_broadcasts):
    store, first, second = two_broadcasts
    model = BroadcastsModel()
    model.set_rows(broadcast_rows(store))
    qtmodeltester.check(model, force_py=True)
    # Live updates keep the model consistent (the tester stays connected and checks each signal).
    model.apply_progress(ProgressInfo(first, 3, 1, 450, 400, 0, 0, 50, 400.0, 12.0))
    model.apply_state(first, "paused", "Paused.", "تم الإيقاف المؤقت.")
    journal(store, numbers(5, start=60_000_000))
    model.upsert(broadcast_rows(store)[-1])
    model.refresh_texts()
    assert model.rowCount() == 3


def test_broadcast_rows_show_newest_first_with_progress(two_broadcasts):
    store, first, second = two_broadcasts
    model = BroadcastsModel()
    model.set_rows(broadcast_rows(store))
    assert model.index(0, bm.COL_MESSAGE).data() == "مرحبا"
    assert model.index(0, bm.COL_MODE).data() == "Live"
    assert model.index(1, bm.COL_MODE).data() == "Test"
    assert model.index(1, bm.COL_STATE).data() == "Ready to send"
    assert model.index(1, bm.COL_PROGRESS).data(ProgressRole) == 0
    assert "0 accepted · 450 not sent yet of 450" == model.index(1, bm.COL_COUNTS).data()
    changed = []
    model.dataChanged.connect(lambda a, b, roles=None: changed.append((a.row(), b.row())))
    model.apply_state(first, "sending")
    model.apply_progress(ProgressInfo(first, 3, 1, 450, 400, 0, 0, 50, 400.0, 125.0))
    assert changed == [(1, 1), (1, 1)]  # only that row repainted
    assert model.index(1, bm.COL_PROGRESS).data(ProgressRole) == 88
    assert model.index(1, bm.COL_ETA).data() == "2 min 5 s"
    assert model.index(1, bm.COL_STATE).data() == "Sending"


def test_batches_model_contract(qtmodeltester, two_broadcasts):
    store, first, _ = two_broadcasts
    model = BatchesModel()
    model.set_batches(first, store.batches.of_broadcast(first))
    qtmodeltester.check(model, force_py=True)
    store.batches.mark_sending(first, 1)
    store.batches.mark_uncertain(first, 1, error_code="TIMEOUT")
    assert model.update_batch(store.batches.get(first, 1))
    store.batches.mark_sending(first, 2)
    store.batches.mark_rejected(first, 2, error_code="ERR006")
    model.update_batch(store.batches.get(first, 2))
    model.set_batches(None, [])
    assert model.rowCount() == 0


def test_batches_show_errors_in_words_and_uncertain_explained(two_broadcasts):
    store, first, _ = two_broadcasts
    store.batches.mark_sending(first, 1)
    store.batches.mark_uncertain(first, 1, error_code="TIMEOUT")
    store.batches.mark_sending(first, 2)
    store.batches.mark_rejected(first, 2, error_code="ERR006")
    store.batches.mark_sending(first, 3)
    store.batches.mark_accepted(first, 3, msg_id="abc123", points_charged=50, balance_after=100, gateway_timestamp=1)
    model = BatchesModel()
    model.set_batches(first, store.batches.of_broadcast(first))
    assert [model.index(r, btm.COL_NUMBERS).data() for r in range(3)] == ["200", "200", "50"]
    assert model.index(0, btm.COL_STATE).data() == "Uncertain"
    assert model.index(0, btm.COL_ERROR).data() == (
        "We sent this batch but the gateway's answer never arrived. "
        "These 200 numbers may or may not have received the message."
    )
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    error = model.index(1, btm.COL_ERROR).data()
    assert error and "ERR006" not in error
    assert "ERR006" in model.index(1, btm.COL_ERROR).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, btm.COL_MSG_ID).data() == "abc123"
    assert model.index(2, btm.COL_POINTS).data() == "50"
    assert model.index(2, btm.COL_STATE).data() == "Accepted"


@pytest.mark.parametrize("phone", [0, 1, None])
def test_preview_model_contract(qtmodeltester, qapp, phone):
    model = PreviewModel()
    model.set_table(table_from_text("name\tmobile\nAhmad\t98765432\nSara\t50001111\n"), phone)
    qtmodeltester.check(model, force_py=True)
    model.set_phone_column(1)
    assert model.rowCount() == 2 and model.columnCount() == 2
