"""Help: the built-in guide in English and Arabic, the keyboard shortcuts, the About box."""
