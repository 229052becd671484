"""Setting a meeting up and its first steps: details and roster (setup, roster_import), the
agenda, attendance and the one electorate rule (attendance, electorate), who is rated (rated),
the approvals of step 3."""
