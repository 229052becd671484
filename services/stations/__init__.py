"""The computers keying one meeting: how the audit log names who is at each, who may do what
(`access`, whose guard is registered here so that every writer has it), and live updates
between them."""

from services.stations import access  # noqa: F401  (registers the teller stations' guard)
