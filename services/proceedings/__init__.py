"""Steps 1, 8 and 9 and what runs beside the meeting: opening and closing (opening_closing), the
meeting at a glance (status), the room screen (room), the announcement, and the chair's script
(chair_script, with script_facts and script_templates)."""
