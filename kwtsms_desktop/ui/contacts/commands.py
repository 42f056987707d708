"""The address book's undoable changes (QUndoCommand): delete contacts, join or leave a group, edit one.

Each command changes the store through the page's repository and then tells the page which
numbers changed, so the table refreshes only those rows instead of reloading 100,000.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from kwtsms_desktop.store.contacts import Contact
from kwtsms_desktop.ui.shared.translation import translate


class DeleteContacts(QUndoCommand):
    def __init__(self, page, contacts: Sequence[Contact]) -> None:
        super().__init__(
            translate("DeleteContacts", "delete {count} contact(s)", n=len(contacts), count=f"{len(contacts):,}")
        )
        self.page, self.contacts = page, list(contacts)

    def redo(self) -> None:
        numbers = [c.number for c in self.contacts]
        self.page.contacts_repo().remove_many(numbers)
        self.page.contacts_removed(numbers)

    def undo(self) -> None:
        self.page.contacts_repo().restore(self.contacts)
        self.page.contacts_added([c.number for c in self.contacts])


class ChangeGroup(QUndoCommand):
    """Contacts join (``join``) or leave ``group``; undo reverses it for exactly those that changed."""

    def __init__(self, page, group: str, contacts: Sequence[Contact], join: bool) -> None:
        changed = [c.number for c in contacts if (group in c.groups) != join]
        count, shown = len(changed), f"{len(changed):,}"
        if join:
            text = translate("ChangeGroup", "add {count} contact(s) to {group}", n=count, count=shown, group=group)
        else:
            text = translate("ChangeGroup", "remove {count} contact(s) from {group}", n=count, count=shown, group=group)
        super().__init__(text)
        self.page, self.group, self.numbers, self.join = page, group, changed, join

    def _apply(self, join: bool) -> None:
        repo = self.page.contacts_repo()
        if join:
            repo.add_to_group(self.group, self.numbers)
        else:
            repo.remove_from_group(self.group, self.numbers)
        self.page.contacts_changed(self.numbers)

    def redo(self) -> None:
        self._apply(self.join)

    def undo(self) -> None:
        self._apply(not self.join)


class EditContact(QUndoCommand):
    def __init__(self, page, before: Contact, name: str, note: str, groups: Sequence[str]) -> None:
        super().__init__(translate("EditContact", "edit {number}", number=before.number))
        self.page, self.before, self.after = page, before, (name, note, list(groups))

    def redo(self) -> None:
        name, note, groups = self.after
        self.page.contacts_repo().update(self.before.number, name=name, note=note, groups=groups)
        self.page.contacts_changed([self.before.number])

    def undo(self) -> None:
        b = self.before
        self.page.contacts_repo().update(b.number, name=b.name, note=b.note, groups=b.groups)
        self.page.contacts_changed([b.number])
