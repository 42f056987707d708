"""The address-book commands: `contacts`, `groups`, `optout`, `backup`, `restore`, and `send --group`'s recipients.

Bad input (an unknown group, a file that cannot be read, a number that is not one) is refused with
a sentence and exit 2 before anything is written. People read stderr; scripts read the JSON on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kwtsms_desktop.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Refusal,
    column,
    counted,
    guarded,
    open_store,
    say,
)
from kwtsms_desktop.store.settings_schema import DEFAULT_COUNTRY


def add_commands(commands: Any) -> None:
    """Add the address-book subcommands to the main parser's subparsers."""
    contacts = commands.add_parser("contacts", help="the address book: import a file into a group, list contacts")
    actions = contacts.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="save a file's numbers into a group (new or existing)")
    imp.add_argument("file")
    imp.add_argument("--group", required=True)
    imp.add_argument("--phone-column", help="header of the phone column (detected when omitted)")
    imp.add_argument("--name-column", help="header of the name column (detected when omitted)")
    imp.add_argument(
        "--keep-column",
        action="append",
        metavar="C",
        help="keep only these extra columns as fields (repeatable; default: every other column)",
    )
    imp.add_argument("--rejected", metavar="FILE", help="also save the rejected rows to this CSV or XLSX file")
    imp.add_argument("--data-dir")
    listing = actions.add_parser("list", help="list saved contacts")
    listing.add_argument("--group")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--data-dir")

    groups = commands.add_parser("groups", help="the address book's groups")
    group_actions = groups.add_subparsers(dest="action", required=True)
    group_list = group_actions.add_parser("list", help="list groups with their counts")
    group_list.add_argument("--json", action="store_true")
    group_list.add_argument("--data-dir")

    optout = commands.add_parser("optout", help="the do-not-send list")
    optout_actions = optout.add_subparsers(dest="action", required=True)
    add = optout_actions.add_parser("add", help="never send to these numbers")
    add.add_argument("numbers", nargs="+", metavar="NUMBER")
    add.add_argument("--reason")
    add.add_argument("--data-dir")
    imp = optout_actions.add_parser("import", help="add every number of a file")
    imp.add_argument("file")
    imp.add_argument("--phone-column")
    imp.add_argument("--reason")
    imp.add_argument("--data-dir")
    remove = optout_actions.add_parser("remove", help="take numbers off the list")
    remove.add_argument("numbers", nargs="+", metavar="NUMBER")
    remove.add_argument("--data-dir")
    out_list = optout_actions.add_parser("list", help="list the do-not-send list with dates and reasons")
    out_list.add_argument("--json", action="store_true")
    out_list.add_argument("--data-dir")

    backup = commands.add_parser("backup", help="copy the whole database to a file (safe while sending)")
    backup.add_argument("file")
    backup.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    backup.add_argument("--data-dir")
    restore = commands.add_parser("restore", help="replace the database with a backup (checked first)")
    restore.add_argument("file")
    restore.add_argument("--data-dir")


def run(args: argparse.Namespace) -> int:
    handler = _HANDLERS[(args.command, getattr(args, "action", None))]
    return guarded(handler)(args)


def _default_country(store) -> str:
    return store.settings.value(DEFAULT_COUNTRY)


def _read(path: str):
    from kwtsms_desktop.importing import ImportFailed, read_table

    try:
        return read_table(path)
    except ImportFailed as error:
        raise Refusal(f"{error} Nothing was changed.") from None


def _phone_column(table, wanted: str | None, default_country: str) -> int:
    from kwtsms_desktop.importing import detect_phone_column

    phone = column(table, wanted, lambda: detect_phone_column(table, default_country), "phone")
    if phone is None:
        raise Refusal(
            "Could not tell which column holds the phone numbers. Name it with --phone-column; the columns are: "
            + ", ".join(repr(h) for h in table.headers)
            + ". Nothing was changed."
        )
    return phone


# ---- contacts and groups -------------------------------------------------------------------------
def contacts_import(args: argparse.Namespace) -> int:
    from kwtsms_desktop.engine.address_book import import_into_group
    from kwtsms_desktop.importing import ImportFailed, detect_name_column

    if not args.group.strip():
        raise Refusal("A group needs a name: --group NAME. Nothing was changed.")
    with open_store(args.data_dir) as store:
        country = _default_country(store)
        table = _read(args.file)
        phone = _phone_column(table, args.phone_column, country)
        name = column(table, args.name_column, lambda: detect_name_column(table, phone), "name")
        try:
            result = import_into_group(
                store,
                table,
                phone,
                args.group,
                name_column=name,
                keep_columns=args.keep_column,
                default_country=country,
            )
        except (ImportFailed, ValueError) as error:
            raise Refusal(f"{error} Nothing was changed.") from None
        say(
            f"Group {result.group!r}: {result.added:,} added, {result.updated:,} updated, "
            f"{result.unchanged:,} unchanged, {len(result.rejected):,} rejected"
            + (f", {counted(result.duplicates, 'duplicate row')}" if result.duplicates else "")
            + "."
        )
        if result.joined:
            say(f"{counted(result.joined, 'contact')} already saved joined the group.")
        for item in result.rejected[:5]:
            say(f"  row {item.row}: {item.raw!r}: {item.error}")
        if len(result.rejected) > 5:
            say(
                f"  ... and {len(result.rejected) - 5:,} more"
                + ("" if args.rejected else " (save them all with --rejected FILE).")
            )
        if args.rejected and result.rejected:
            from kwtsms_desktop.importing import ExportFailed

            try:
                written = result.export_rejected(args.rejected)
            except ExportFailed as error:
                say(str(error))
                return EXIT_BAD_INPUT
            say(f"Rejected rows saved to {args.rejected} ({written:,}).")
    return EXIT_OK


def contacts_list(args: argparse.Namespace) -> int:
    from kwtsms_desktop.store import UnknownGroup

    with open_store(args.data_dir) as store:
        try:
            contacts = store.contacts.listing(args.group)
        except UnknownGroup as error:
            raise Refusal(str(error)) from None
        if args.json:
            _dump(
                [
                    {
                        "number": c.number,
                        "name": c.name,
                        "groups": list(c.groups),
                        "fields": c.fields,
                        "note": c.note,
                        "opted_out": c.opted_out,
                        "added": c.added_utc,
                        "changed": c.changed_utc,
                        "last_sent": c.last_sent_utc,
                    }
                    for c in contacts
                ]
            )
            return EXIT_OK
        if not contacts:
            print("No contacts" + (f" in group {args.group!r}." if args.group else " yet."))
        for c in contacts:
            mark = "  [do not send]" if c.opted_out else ""
            print(f"{c.number}  {c.name or ''}  ({', '.join(c.groups)}){mark}")
    return EXIT_OK


def groups_list(args: argparse.Namespace) -> int:
    with open_store(args.data_dir) as store:
        groups = store.contacts.groups()
    if args.json:
        _dump([{"name": g.name, "count": g.count} for g in groups])
    elif not groups:
        print("No groups yet.")
    for g in groups if not args.json else ():
        print(f"{g.name}  {g.count:,}")
    return EXIT_OK


# ---- the do-not-send list ------------------------------------------------------------------------
def _numbers(raw_numbers: list[str], default_country: str) -> list[str]:
    from kwtsms_desktop.core.phone import check_number

    numbers, bad = [], []
    for raw in raw_numbers:
        check = check_number(raw, default_country)
        if check.ok:
            numbers.append(check.number)
        else:
            bad.append(f"{raw!r}: {check.error}")
    if bad:
        raise Refusal("Not a phone number: " + "; ".join(bad) + " Nothing was changed.")
    return list(dict.fromkeys(numbers))


def optout_add(args: argparse.Namespace) -> int:
    with open_store(args.data_dir) as store:
        numbers = _numbers(args.numbers, _default_country(store))
        added = store.suppressions.add(numbers, args.reason)
    say(
        f"{added:,} added to the do-not-send list"
        + (f" ({len(numbers) - added:,} already on it)." if added < len(numbers) else ".")
    )
    return EXIT_OK


def optout_import(args: argparse.Namespace) -> int:
    from kwtsms_desktop.importing import ImportFailed, build_recipients

    with open_store(args.data_dir) as store:
        country = _default_country(store)
        table = _read(args.file)
        phone = _phone_column(table, args.phone_column, country)
        try:
            checked = build_recipients(table, phone, None, country)
        except ImportFailed as error:
            raise Refusal(f"{error} Nothing was changed.") from None
        if not checked.valid:
            raise Refusal(
                f"The file {args.file} has no valid phone number in its column {table.headers[phone]!r}. Nothing was changed."
            )
        added = store.suppressions.add([r.number for r in checked.valid], args.reason)
    say(
        f"{added:,} added to the do-not-send list, {len(checked.valid) - added:,} already on it, "
        f"{counted(len(checked.invalid), 'row')} rejected."
    )
    for item in checked.invalid[:5]:
        say(f"  row {item.row}: {item.raw!r}: {item.error}")
    return EXIT_OK


def optout_remove(args: argparse.Namespace) -> int:
    with open_store(args.data_dir) as store:
        numbers = _numbers(args.numbers, _default_country(store))
        with store.transaction():
            removed = [n for n in numbers if store.suppressions.remove(n)]
    missing = [n for n in numbers if n not in removed]
    if missing:
        say("Not on the do-not-send list: " + ", ".join(missing) + ".")
    say(f"{len(removed):,} removed from the do-not-send list.")
    return EXIT_OK if removed else EXIT_BAD_INPUT


def optout_list(args: argparse.Namespace) -> int:
    with open_store(args.data_dir) as store:
        entries = store.suppressions.entries()
    if args.json:
        _dump([{"number": number, "added": added, "reason": reason} for number, reason, added in entries])
        return EXIT_OK
    if not entries:
        print("The do-not-send list is empty.")
    for number, reason, added in entries:
        print(f"{number}  {added[:16].replace('T', ' ')} UTC  {reason or ''}".rstrip())
    return EXIT_OK


# ---- backups -----------------------------------------------------------------------------------------
def backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kwtsms_desktop.store.backup import BackupFailed, write_backup

    target = Path(args.file)
    if target.exists() and not args.overwrite:
        raise Refusal(f"{target} already exists. Choose another name, or add --overwrite to replace it.")
    with open_store(args.data_dir) as store:
        if target.resolve() == store.path.resolve():
            raise Refusal("A backup cannot be written over the database itself: choose another file.")
        try:
            write_backup(store.connection, target)
        except BackupFailed as error:
            raise Refusal(str(error)) from None
    say(f"Backed up to {target}.")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from kwtsms_desktop.store.backup import BackupFailed, restore_backup

    try:
        aside = restore_backup(args.file, args.data_dir)
    except BackupFailed as error:
        raise Refusal(str(error)) from None
    except OSError as error:
        raise Refusal(f"The data folder cannot be used ({error}). Nothing was changed.") from None
    say(f"Restored from {args.file}." + (f" The replaced data was kept as {aside}." if aside else ""))
    return EXIT_OK


def daily_backup_quietly(store) -> None:
    """Today's automatic backup (once a day); a failure is said, never blocks what the user asked for."""
    from kwtsms_desktop.store.backup import BackupFailed, daily_backup

    try:
        daily_backup(store.connection, store.data_dir)
    except (BackupFailed, OSError) as error:
        say(f"Warning: today's automatic backup could not be made ({error}).")


# ---- send's recipients ---------------------------------------------------------------------------------
def send_audience(store, args: argparse.Namespace, default_country: str, read_file):
    """The recipients of `send`: --recipients FILE and/or --group NAME, minus --exclude-group NAME."""
    from kwtsms_desktop.engine.audience import gather_audience
    from kwtsms_desktop.store import UnknownGroup

    groups = getattr(args, "group", None) or []
    exclude = getattr(args, "exclude_group", None) or []
    if not args.recipients and not groups:
        raise Refusal("Say who to send to: --recipients FILE and/or --group NAME. Nothing was sent.")
    try:
        for name in (*groups, *exclude):
            store.contacts.group_id(name)  # an unknown group is refused before the file is read
        imported = read_file(args, default_country) if args.recipients else None
        audience = gather_audience(store, groups, exclude, imported, args.recipients)
    except UnknownGroup as error:
        raise Refusal(f"{error} Nothing was sent.") from None
    say("Recipients from " + audience.describe() + ".")
    return audience


def _dump(records: list[dict[str, Any]]) -> None:
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    sys.stdout.flush()


_HANDLERS = {
    ("contacts", "import"): contacts_import,
    ("contacts", "list"): contacts_list,
    ("groups", "list"): groups_list,
    ("optout", "add"): optout_add,
    ("optout", "import"): optout_import,
    ("optout", "remove"): optout_remove,
    ("optout", "list"): optout_list,
    ("backup", None): backup,
    ("restore", None): restore,
}
