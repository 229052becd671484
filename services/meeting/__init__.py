"""Setting a meeting up and running its first steps: details and roster, the agenda, attendance and
the electorate, who is rated, the approvals."""
