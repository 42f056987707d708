"""The queue area of the window: broadcasts and their batches, progress, results and recovery."""
