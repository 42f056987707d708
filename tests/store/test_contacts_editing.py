"""The address book's editing calls the window uses: update, remove_many, restore (undo), by_numbers."""

from kwtsms_desktop.store import Store


def test_update_remove_and_restore_round_trip(tmp_path):
    with Store.open(tmp_path) as store:
        contacts = store.contacts
        contacts.merge_into_group("Grade 5", ["Class"], [("96598765432", "Ali", ["5A"]), ("96560000001", "Sara", [""])])
        assert contacts.update("96598765432", name="Ali K", note="father", groups=["Bus 3", "Grade 5", " "])
        before = contacts.get("96598765432")
        assert (before.name, before.note, before.groups, before.fields) == (
            "Ali K",
            "father",
            ("Bus 3", "Grade 5"),
            {"Class": "5A"},
        )
        assert not contacts.update("96500000000", name="x", note=None, groups=[])
        assert contacts.remove_many(["96598765432", "96560000001"]) == 2
        assert contacts.count() == 0 and {g.name: g.count for g in contacts.groups()} == {"Bus 3": 0, "Grade 5": 0}
        contacts.restore([before])
        assert contacts.get("96598765432") == before
        assert [c.number for c in contacts.by_numbers(["96598765432", "96511111111"])] == ["96598765432"]
