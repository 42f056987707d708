"""The address book in the window: contacts and groups, importing into a group, the do-not-send list."""
