"""Trusting the data: the audit log's check, undo and redo, backups."""
