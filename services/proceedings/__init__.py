"""Steps 1, 8 and 9 and what runs beside the meeting: opening and closing, the status, the room
screen, the announcement, the chair's script."""
