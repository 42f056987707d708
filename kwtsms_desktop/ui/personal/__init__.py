"""Personal messages in the window: templates, the Insert field menu, missing values, the preview, the calls line."""
