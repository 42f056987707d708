"""The recipients area of the window: the list, its table model, the import dialog and its background work."""
