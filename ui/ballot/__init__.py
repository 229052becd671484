"""The tellers' ballot entry (steps 6 and 7): rounds, reconciliation, entry, result, lock."""
