"""The main window's frame around the areas: its header, its geometry."""
