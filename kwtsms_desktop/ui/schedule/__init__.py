"""Send later in the window: the time picker, the missed-time choice, the scheduler's tick, the tray, the settings."""
