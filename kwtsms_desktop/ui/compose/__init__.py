"""The compose area of the window: the message box, the send confirmation and the send flow, the draft."""
