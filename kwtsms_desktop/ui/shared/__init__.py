"""What every area of the window shares: texts and languages, style, table helpers, background work, the session."""
