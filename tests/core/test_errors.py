"""The error catalogue: every vendor code present, categories and engine actions as docs/architecture.md says, sentences users can act on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kwtsms_desktop.core.errors import ERRORS, Action, Category, ErrorInfo, error_info
from kwtsms_desktop.core.message import MAX_PAGES

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "kwtsms-rest-api.txt"

# The vendor table, copied so the test runs without the shared folder (checked against it below when present).
VENDOR_CODES = [f"ERR{n:03d}" for n in (*range(1, 14), *range(19, 34))]
TRANSPORT = ["NETWORK", "TLS", "TIMEOUT", "BAD_RESPONSE"]

EXPECTED = {
    **{c: (Category.ACCOUNT, Action.PAUSE) for c in ("ERR001", "ERR003", "ERR004", "ERR005", "ERR024")},
    **{c: (Category.BALANCE, Action.PAUSE) for c in ("ERR010", "ERR011")},
    **{c: (Category.MESSAGE, Action.PAUSE) for c in ("ERR009", "ERR012", "ERR027", "ERR031", "ERR032")},
    "ERR008": (Category.SENDER, Action.PAUSE),
    **{c: (Category.RECIPIENTS, Action.REJECT_BATCH) for c in ("ERR006", "ERR025", "ERR026")},
    "ERR013": (Category.THROTTLE, Action.RETRY),
    "ERR028": (Category.THROTTLE, Action.RETRY),
    "ERR002": (Category.PROTOCOL, Action.STOP),
    "ERR007": (Category.PROTOCOL, Action.STOP),
    **{
        c: (Category.LOOKUP, Action.NONE)
        for c in ("ERR019", "ERR020", "ERR021", "ERR022", "ERR023", "ERR029", "ERR030", "ERR033")
    },
    "NETWORK": (Category.TRANSPORT, Action.RETRY),
    "TLS": (Category.TRANSPORT, Action.RETRY),
    "TIMEOUT": (Category.TRANSPORT, Action.UNCERTAIN),
    "BAD_RESPONSE": (Category.TRANSPORT, Action.UNCERTAIN),
}

ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def test_catalogue_holds_every_vendor_code_and_the_transport_cases():
    assert sorted(ERRORS) == sorted(VENDOR_CODES + TRANSPORT)
    assert set(EXPECTED) == set(ERRORS)


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared reference not present")
def test_catalogue_matches_the_vendor_table_word_for_word():
    rows = re.findall(r"^\| (ERR\d{3}) \| \w+ \| (.+?) \|$", REFERENCE.read_text("utf-8"), re.M)
    assert rows, "vendor table not found"
    assert {code for code, _ in rows} == set(VENDOR_CODES)
    for code, description in rows:
        assert ERRORS[code].meaning == description


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_category_and_action_follow_the_design(code):
    info = ERRORS[code]
    assert (info.category, info.action) == EXPECTED[code]
    assert info.code == code


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_user_sentences_are_present_bilingual_and_free_of_codes(code):
    info = ERRORS[code]
    assert info.en.strip() and info.ar.strip() and info.meaning.strip()
    assert info.en != info.ar
    assert ARABIC_LETTER.search(info.ar), "Arabic text must be in Arabic"
    assert not ARABIC_LETTER.search(info.en)
    for sentence in (info.en, info.ar):
        assert "ERR" not in sentence.upper()
        assert code not in sentence
        assert sentence.rstrip().endswith((".", "۔")), sentence


def test_every_code_tells_the_user_something_different():
    assert len({i.en for i in ERRORS.values()}) == len(ERRORS)
    assert len({i.ar for i in ERRORS.values()}) == len(ERRORS)


def test_retry_delays_only_for_retries_and_as_the_official_clients_wait():
    assert ERRORS["ERR013"].retry_delays == (30, 60, 120)
    assert ERRORS["ERR028"].retry_delays == (16,)
    network = ERRORS["NETWORK"].retry_delays
    assert network and all(a < b for a, b in zip(network, network[1:], strict=False))
    for info in ERRORS.values():
        assert bool(info.retry_delays) == (info.action is Action.RETRY), info.code


def test_sentences_point_to_the_fix_the_user_can_make():
    assert "Settings" in ERRORS["ERR003"].en and "mobile number" in ERRORS["ERR003"].en
    assert "Recharge" in ERRORS["ERR010"].en and "Recharge" in ERRORS["ERR011"].en
    assert "held" in ERRORS["ERR030"].en and "delete" in ERRORS["ERR030"].en
    assert "will not send it again on its own" in ERRORS["TIMEOUT"].en
    assert "Nothing was sent" in ERRORS["NETWORK"].en
    assert "rest of the broadcast continues" in ERRORS["ERR026"].en


def test_too_long_advice_matches_the_page_limit_the_counter_uses():
    assert f"{MAX_PAGES} pages" in ERRORS["ERR012"].en
    assert f"{MAX_PAGES} صفحات" in ERRORS["ERR012"].ar


def test_message_picks_the_language():
    info = ERRORS["ERR010"]
    assert info.message() == info.en
    assert info.message("en") == info.en
    assert info.message("ar") == info.ar
    assert info.message("ar_KW") == info.ar
    assert info.message("fr") == info.en


def test_entries_are_frozen():
    with pytest.raises(AttributeError):
        ERRORS["ERR003"].action = Action.RETRY  # type: ignore[misc]
    with pytest.raises(TypeError):
        ERRORS["ERR999"] = ERRORS["ERR003"]  # type: ignore[index]


@pytest.mark.parametrize("code", ["ERR099", "ERR014", "weird", ""])
def test_unknown_code_stops_the_engine_and_names_the_code(code):
    info = error_info(code)
    assert isinstance(info, ErrorInfo)
    assert info.category is Category.PROTOCOL and info.action is Action.STOP
    assert info.en and info.ar and info.en != info.ar
    if code:
        assert code.upper() in info.en and code.upper() in info.ar


def test_lookup_is_forgiving_about_case_and_spaces():
    assert error_info(" err003 ") is ERRORS["ERR003"]
    assert error_info("timeout") is ERRORS["TIMEOUT"]


def test_enums_compare_as_their_text():
    assert Category.BALANCE == "balance"
    assert Action.REJECT_BATCH == "reject_batch"
