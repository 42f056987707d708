"""Numbers as the window shows them: points and counts with thousands separators."""

from __future__ import annotations


def format_number(value: float) -> str:
    """1234 -> "1,234"; 12.5 -> "12.5" (points are whole numbers almost always)."""
    value = float(value)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


format_points = format_number
