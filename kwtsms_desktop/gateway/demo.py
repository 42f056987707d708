"""The demo account the simulator serves (README, "Try it"): what `--demo` and `kwtsms-desktop simulate` log in with."""

from __future__ import annotations

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo"
DEMO_SENDER_IDS: tuple[str, ...] = ("KWT-SMS", "DEMO")
DEMO_COVERAGE: tuple[str, ...] = ("965", "966", "971", "973", "974", "968")  # Kuwait, Saudi, UAE, Bahrain, Qatar, Oman
DEMO_BALANCE = 5000.0  # points available (and purchased) when the simulator starts


def demo_credentials() -> tuple[str, str]:
    """A CredentialsProvider for the demo account."""
    return (DEMO_USERNAME, DEMO_PASSWORD)
