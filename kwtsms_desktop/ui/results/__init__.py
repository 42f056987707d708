"""After sending: each number's state, the whole-broadcast status check, the report (PDF and Print)."""
