"""The send engine: runs a broadcast from its journal."""
