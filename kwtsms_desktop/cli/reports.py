"""The `status`, `report` and `results` commands: what happened to a broadcast, each number's state, the PDF report.

`status ID` asks the gateway about every sent batch (status by message ID; delivery reports for
numbers outside Kuwait from five minutes after sending) and prints each batch's and each number's
state; `--json` prints it for scripts. `report ID --pdf FILE` writes the broadcast report;
`results ID --csv FILE | --xlsx FILE` writes one row per number. Progress and sentences for people
go to stderr; what the command produces goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from kwtsms_desktop.cli.common import (
    CA_BUNDLE_HELP,
    EXIT_INCOMPLETE,
    EXIT_OK,
    Refusal,
    counted,
    guarded,
    make_client,
    open_store,
    say,
)
from kwtsms_desktop.store.settings_schema import LANGUAGE

LANGUAGES = ("en", "ar")


def add_commands(commands: Any) -> None:
    status = commands.add_parser("status", help="ask kwtSMS about a broadcast; print each batch's and number's state")
    status.add_argument("id", type=int)
    status.add_argument("--json", action="store_true")
    status.add_argument("--gateway", help="gateway URL (default: the one the broadcast was sent through)")
    status.add_argument("--ca-bundle", metavar="FILE", help=CA_BUNDLE_HELP)
    status.add_argument("--data-dir")
    status.add_argument("--lang", choices=LANGUAGES, help="words for the states (default: the app's language)")

    report = commands.add_parser("report", help="write a broadcast's report as a PDF")
    report.add_argument("id", type=int)
    report.add_argument("--pdf", required=True, metavar="FILE")
    report.add_argument("--data-dir")
    report.add_argument("--lang", choices=LANGUAGES, help="the report's language (default: the app's language)")

    results = commands.add_parser("results", help="save each number's state as CSV or Excel")
    results.add_argument("id", type=int)
    target = results.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", metavar="FILE")
    target.add_argument("--xlsx", metavar="FILE")
    results.add_argument("--data-dir")
    results.add_argument("--lang", choices=LANGUAGES, help="the headers' and states' language")


def run(args: argparse.Namespace) -> int:
    return guarded({"status": status, "report": report, "results": results}[args.command])(args)


def _language(args: argparse.Namespace, store) -> str:
    return args.lang or ("ar" if store.settings.value(LANGUAGE) == "ar" else "en")


def _report_of(store, broadcast_id: int):
    from kwtsms_desktop.engine.report import build_report

    found = build_report(store, broadcast_id)
    if found is None:
        raise Refusal(f"There is no broadcast {broadcast_id} here ({store.data_dir}). See: kwtsms-desktop history")
    return found


# ---- status ------------------------------------------------------------------------------------------
def status(args: argparse.Namespace) -> int:
    from kwtsms_desktop.engine.status_check import BroadcastStatusCheck

    def progress(done: int, total: int) -> None:
        if done and (done == total or done % 10 == 0):
            say(f"Checked {done:,} of {counted(total, 'batch', 'batches')}.")

    with open_store(args.data_dir) as store:
        lang = _language(args, store)
        broadcast = store.broadcasts.get(args.id)
        if broadcast is None:
            raise Refusal(f"There is no broadcast {args.id} here ({store.data_dir}). See: kwtsms-desktop history")
        sent = [b for b in store.batches.of_broadcast(args.id) if b.msg_id]
        if sent:
            with make_client(store, args.gateway or broadcast.gateway_url, args.ca_bundle) as client:
                outcome = BroadcastStatusCheck(store, client, args.id, on_progress=progress).run()
        else:
            outcome = BroadcastStatusCheck(store, None, args.id).run()  # nothing to ask: says so
        report = _report_of(store, args.id)
        lookups = store.lookups.batch_lookups(args.id)
        batches = store.batches.of_broadcast(args.id)
    if args.json:
        json.dump(_status_record(report, batches, lookups, outcome, lang), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_status(report, batches, lookups, outcome, lang)
    sys.stdout.flush()
    if outcome.error_en:
        say((outcome.error_ar if lang == "ar" else outcome.error_en) or "")
    return EXIT_INCOMPLETE if outcome.error_en or outcome.cancelled else EXIT_OK


def _batch_status(batch, lookup, lang: str, test: bool) -> dict[str, Any]:
    from kwtsms_desktop.core.errors import error_info
    from kwtsms_desktop.engine.results import TEST, label

    record: dict[str, Any] = {
        "seq": batch.seq,
        "state": batch.state,
        "msg_id": batch.msg_id,
        "status": None,
        "description": None,
        "error": None,
        "checked_utc": None,
    }
    if lookup is not None:
        record.update(
            status=lookup.status,
            description=lookup.description,
            error=lookup.error_code,
            checked_utc=lookup.checked_utc,
        )
        if test and lookup.error_code == "ERR030":  # what a test message always answers
            record["description"] = label(TEST, lang)
        elif lookup.error_code:
            record["description"] = error_info(lookup.error_code).message(lang)
    elif batch.state != "accepted" and batch.error_code:
        record["error"] = batch.error_code
        record["description"] = error_info(batch.error_code).message(lang)
    return record


def _status_record(report, batches, lookups, outcome, lang: str) -> dict[str, Any]:
    return {
        "id": report.id,
        "state": report.state,
        "test": report.test,
        "sender": report.sender,
        "counts": report.counts,
        "batches": [_batch_status(b, lookups.get(b.seq), lang, report.test) for b in batches],
        "numbers": [
            {
                "number": r.number,
                "name": r.name,
                "batch": r.batch_seq,
                "state": r.state,
                "label": r.label(lang),
                "reason": r.reason(lang),
            }
            for r in report.results
        ],
        "notes": outcome.note_texts(lang),
        "error": (outcome.error_ar if lang == "ar" else outcome.error_en) or None,
    }


def _print_status(report, batches, lookups, outcome, lang: str) -> None:
    from kwtsms_desktop.engine.results import label

    mode = "TEST" if report.test else "LIVE"
    print(f"Broadcast {report.id} ({mode}, sender {report.sender}): {report.state}.")
    for batch in batches:
        record = _batch_status(batch, lookups.get(batch.seq), lang, report.test)
        said = " ".join(str(part) for part in (record["status"], record["description"]) if part)
        print(
            f"Batch {batch.seq}: {batch.state}"
            + (f", msg-id {batch.msg_id}" if batch.msg_id else "")
            + (f": {said}" if said else "")
        )
    print("Numbers: " + ", ".join(f"{n:,} {label(state, lang)}" for state, n in report.counts.items()) + ".")
    width = max((len(r.number) for r in report.results), default=0)
    for r in report.results:
        reason = r.reason(lang)
        print(f"  {r.number:<{width}}  {r.label(lang)}" + (f": {reason}" if reason else ""))
    for note in outcome.note_texts(lang):
        print(note)


# ---- report and results ----------------------------------------------------------------------------
def _writable(path: str) -> Path:
    """The partial file the output is written to first (so a failure never leaves half a file under the name)."""
    target = Path(path)
    if target.is_dir():
        raise Refusal(f"{path} is a folder. Give the name of the file to write, e.g. {target / 'report.pdf'}.")
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb"):
            pass
    except OSError as error:
        raise Refusal(
            f"{path} cannot be written ({error.strerror or error}). Check the folder exists and you may write in it."
        ) from None
    return partial


def report(args: argparse.Namespace) -> int:
    with open_store(args.data_dir, read_only=True) as store:
        lang = _language(args, store)
        found = _report_of(store, args.id)
    partial = _writable(args.pdf)
    try:
        # Deferred: Qt loads only for this command. The PDF is the window's own renderer, on purpose
        # (the one import from ui/ the layer contract in pyproject.toml allows).
        from kwtsms_desktop.ui.shared.report_pdf import ensure_gui_application, write_report_pdf

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
        ensure_gui_application()
        write_report_pdf(found, partial, lang)
        if partial.stat().st_size == 0:
            raise Refusal(f"The report could not be written to {args.pdf}. Check the disk has space.")
        os.replace(partial, args.pdf)
    finally:
        partial.unlink(missing_ok=True)
    say(f"Wrote the report of broadcast {args.id} to {args.pdf}.")
    return EXIT_OK


def results(args: argparse.Namespace) -> int:
    from kwtsms_desktop.engine.report import result_table
    from kwtsms_desktop.importing.errors import ExportFailed
    from kwtsms_desktop.importing.export import write_table

    path = args.csv or args.xlsx
    if args.xlsx and not path.lower().endswith((".xlsx", ".xlsm")):
        raise Refusal(f"{path}: an Excel file's name ends in .xlsx.")
    with open_store(args.data_dir, read_only=True) as store:
        lang = _language(args, store)
        headers, rows = result_table(_report_of(store, args.id), lang)
    if args.csv and path.lower().endswith((".xlsx", ".xlsm")):
        raise Refusal(f"{path}: use --xlsx for an Excel file, or a name ending in .csv.")
    if Path(path).is_dir():
        raise Refusal(f"{path} is a folder. Give the name of the file to write.")
    try:
        count = write_table(path, headers, rows, sheet_name="Results")
    except ExportFailed as error:
        raise Refusal(str(error)) from None
    say(f"Wrote {counted(count, 'row')} to {path}.")
    return EXIT_OK
