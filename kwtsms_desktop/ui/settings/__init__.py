"""The settings area of the window: the settings dialog."""
