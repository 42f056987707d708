"""The `templates` commands and what `send` needs for templates and message fields (--template, --fallback).

`templates list [--json]`, `templates add NAME (--message TEXT | --message-file FILE) [--replace]`,
`templates rename NAME NEW`, `templates remove NAME`. A bad name or an unknown template is refused
with a sentence and exit 2, nothing changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kwtsms_desktop.cli.common import EXIT_OK, Refusal, guarded, open_store, read_message, say


def add_commands(commands: Any) -> None:
    """Add the `templates` subcommand to the main parser's subparsers."""
    templates = commands.add_parser("templates", help="saved messages: list, add, rename, remove")
    actions = templates.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list the saved templates")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--data-dir")
    add = actions.add_parser("add", help="save a message under a name")
    add.add_argument("name")
    body = add.add_mutually_exclusive_group(required=True)
    body.add_argument("--message")
    body.add_argument("--message-file")
    add.add_argument("--replace", action="store_true", help="replace the text of a template with that name")
    add.add_argument("--data-dir")
    rename = actions.add_parser("rename", help="give a template another name")
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.add_argument("--data-dir")
    remove = actions.add_parser("remove", help="delete a template")
    remove.add_argument("name")
    remove.add_argument("--data-dir")


def add_send_options(send: argparse.ArgumentParser, message_choices: Any) -> None:
    """`send --template NAME` (instead of --message / --message-file) and `--fallback FIELD=TEXT`."""
    message_choices.add_argument("--template", metavar="NAME", help="send a saved template")
    send.add_argument(
        "--fallback",
        action="append",
        metavar="FIELD=TEXT",
        help="text for a field a recipient has no value for, e.g. name=Parent (repeatable)",
    )


def run(args: argparse.Namespace) -> int:
    return guarded(_HANDLERS[args.action])(args)


def templates_list(args: argparse.Namespace) -> int:
    from kwtsms_desktop.core.fields import used_fields

    with open_store(args.data_dir) as store:
        templates = store.templates.all()
    if args.json:
        records = [
            {"name": t.name, "body": t.body, "fields": used_fields(t.body), "updated": t.updated_utc} for t in templates
        ]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    if not templates:
        print("No templates yet. Save one: kwtsms-desktop templates add NAME --message TEXT")
    for template in templates:
        first_line = template.body.strip().splitlines()[0] if template.body.strip() else ""
        shown = first_line if len(first_line) <= 60 else first_line[:59] + "…"
        print(f"{template.name}\t{shown}")
    return EXIT_OK


def templates_add(args: argparse.Namespace) -> int:
    from kwtsms_desktop.store.templates import TemplateError

    body = read_message(args)
    with open_store(args.data_dir) as store:
        existed = store.templates.get(args.name) is not None
        try:
            store.templates.save(args.name, body, replace=args.replace)
        except TemplateError as error:
            hint = " Add --replace to replace its text." if existed and not args.replace else ""
            raise Refusal(f"{error}{hint} Nothing was changed.") from None
    say(f"Template {' '.join(args.name.split())!r} {'replaced' if existed else 'saved'}.")
    return EXIT_OK


def templates_rename(args: argparse.Namespace) -> int:
    from kwtsms_desktop.store.templates import TemplateError

    with open_store(args.data_dir) as store:
        try:
            store.templates.rename(args.name, args.new_name)
        except TemplateError as error:
            raise Refusal(f"{error} Nothing was changed.") from None
    say(f"Template {args.name!r} is now called {' '.join(args.new_name.split())!r}.")
    return EXIT_OK


def templates_remove(args: argparse.Namespace) -> int:
    with open_store(args.data_dir) as store:
        if not store.templates.delete(args.name):
            known = ", ".join(repr(n) for n in store.templates.names()) or "none yet"
            raise Refusal(f"There is no template called {args.name!r}. The templates: {known}. Nothing was changed.")
    say(f"Template {args.name!r} removed.")
    return EXIT_OK


# ---- what `send` uses ------------------------------------------------------------------------------
def message_text(args: argparse.Namespace, store) -> str:
    """The message of `send`: --message, --message-file or --template NAME."""
    name = getattr(args, "template", None)
    if name is None:
        return read_message(args)
    template = store.templates.get(name)
    if template is None:
        known = ", ".join(repr(n) for n in store.templates.names()) or "none yet"
        raise Refusal(f"There is no template called {name!r}. The templates: {known}. Nothing was sent.")
    say(f"Template {template.name!r}.")
    return template.body


def parse_fallbacks(values: list[str] | None) -> dict[str, str]:
    """--fallback FIELD=TEXT, repeatable (a field given twice keeps the last text)."""
    fallbacks: dict[str, str] = {}
    for value in values or []:
        field, sep, text = value.partition("=")
        field = field.strip().strip("{}").strip()
        if not sep or not field or not text.strip():
            raise Refusal(
                f"--fallback {value!r}: write it as FIELD=TEXT, e.g. --fallback name=Parent. Nothing was sent."
            )
        fallbacks[field] = text.strip()
    return fallbacks


def field_options(args: argparse.Namespace, message: str, audience, file_info: dict[str, Any]) -> dict[str, Any]:
    """make_plan's field options for `send` (nothing when the message uses no field)."""
    from kwtsms_desktop.core.fields import field_key, parse_fields
    from kwtsms_desktop.engine.recipient_fields import RecipientFields

    fallbacks = parse_fallbacks(getattr(args, "fallback", None))
    used = parse_fields(message)
    if not used.uses_fields:
        if fallbacks:
            say("The message uses no field, so --fallback changes nothing.")
        return {}
    unused = [name for name in fallbacks if field_key(name) not in used.keys]
    if unused:
        say(
            "The message does not use "
            + ", ".join("{" + name + "}" for name in unused)
            + ": that --fallback changes nothing."
        )
    fields = RecipientFields(file_info.get("table"), file_info.get("name_column"))
    return {"fallbacks": fallbacks, "fields_of": fields, "available_fields": fields.available(audience.valid)}


_HANDLERS = {
    "list": templates_list,
    "add": templates_add,
    "rename": templates_rename,
    "remove": templates_remove,
}
