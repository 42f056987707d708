"""Settings (never a password), the suppression list, templates, contacts."""

from __future__ import annotations

import pytest

from kwtsms_desktop.store import SecretNotAllowed, Store


def test_settings_keep_json_values_across_reopening(store):
    store.settings.set("send_rate", 2)
    store.settings.set("default_sender", "KWT-SMS")
    store.settings.set("columns", {"phone": "Mobile", "names": ["الاسم"]})
    store.close()
    with Store.open(store.data_dir) as reopened:
        assert reopened.settings.get("send_rate") == 2
        assert reopened.settings.get("columns") == {"phone": "Mobile", "names": ["الاسم"]}
        assert reopened.settings.get("missing", "fallback") == "fallback"


@pytest.mark.parametrize("key", ["password", "api_password", "ApiPassword", "client_secret"])
def test_a_password_is_never_written_to_the_settings(store, key):
    with pytest.raises(SecretNotAllowed, match="keyring"):
        store.settings.set(key, "hunter2")
    assert store.settings.all() == {}
    assert b"hunter2" not in store.path.read_bytes()


def test_suppressed_numbers_are_kept_once(store):
    assert store.suppressions.add(["96550000001", "96550000002"], reason="opted out") == 2
    assert store.suppressions.add(["96550000001"]) == 0
    assert store.suppressions.numbers() == {"96550000001", "96550000002"}
    assert store.suppressions.remove("96550000001") and not store.suppressions.contains("96550000001")


def test_templates_are_saved_by_name_and_replaced(store):
    store.templates.save("Closure", "School is closed tomorrow.")
    store.templates.save("Closure", "المدرسة مغلقة غدًا.")
    (template,) = store.templates.all()
    assert (template.name, template.body) == ("Closure", "المدرسة مغلقة غدًا.")
    assert store.templates.delete("Closure") and store.templates.all() == []


def test_contacts_keep_one_row_per_number(store):
    store.contacts.add([("96550000001", "Ahmad"), ("96550000001", None), ("96550000002", "Sara")])
    assert [(c.number, c.name) for c in store.contacts.all()] == [("96550000001", "Ahmad"), ("96550000002", "Sara")]


def test_an_unreadable_do_not_send_list_raises_instead_of_reading_as_empty(tmp_path):
    from kwtsms_desktop.store import DATABASE_FILE, Store
    from kwtsms_desktop.store.suppressions import SuppressionListUnreadable
    from tests.corrupt_db import lose_table

    with Store.open(tmp_path) as store:
        store.suppressions.add(["96598765432"], reason="asked by phone")
    lose_table(tmp_path / DATABASE_FILE, "suppressions")
    with Store.open(tmp_path) as store:
        store.settings.get("default_country")  # the rest of the file still works
        try:
            store.suppressions.numbers()
        except SuppressionListUnreadable as error:
            assert "nothing was sent" in str(error) and "do-not-send list" in str(error)
        else:
            raise AssertionError("an unreadable do-not-send list was read as a list")
