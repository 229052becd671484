"""Dialogs opened from the pages (always through ui.msgbox.run_modal)."""
