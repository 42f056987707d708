"""Pure-Python pipeline: phone numbers, message analysis, error catalogue, send plan. No Qt, no I/O."""
