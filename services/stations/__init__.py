"""The computers keying one meeting: how the audit log names who is at each, and live updates
between them."""
