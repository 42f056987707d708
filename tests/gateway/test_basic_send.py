"""The simulator and the client agree on the everyday calls: balance, sender IDs, coverage, a send."""

from __future__ import annotations

from kwtsms_desktop.gateway.demo import DEMO_BALANCE, DEMO_COVERAGE, DEMO_SENDER_IDS


def test_demo_account_balance_sender_ids_and_coverage(client, simulator):
    balance = client.balance()
    assert balance.available == DEMO_BALANCE and balance.purchased == DEMO_BALANCE
    assert client.sender_ids() == list(DEMO_SENDER_IDS)
    assert client.coverage() == list(DEMO_COVERAGE)
    assert simulator.url.startswith(("http://127.0.0.1:", "https://127.0.0.1:"))


def test_send_charges_pages_times_numbers_and_lands_in_the_ledger(client, simulator):
    result = client.send(["96598765432", "96566123456"], "Hello from the school", "KWT-SMS", test=False)
    assert result.numbers == 2
    assert result.points_charged == 2
    assert result.balance_after == DEMO_BALANCE - 2
    assert len(result.msg_id) >= 32
    assert client.balance().available == DEMO_BALANCE - 2
    [entry] = simulator.ledger()
    assert entry["msg-id"] == result.msg_id
    assert entry["numbers"] == ["96598765432", "96566123456"]
    assert entry["message"] == "Hello from the school"
    assert entry["sender"] == "KWT-SMS" and entry["test"] is False
    assert client.status(result.msg_id).status == "sent"
