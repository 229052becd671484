"""The tellers' ballot entry: paper ballots to agreed counts to a locked result (issue 4).

`rounds` opens, locks and reopens rounds; `reconciliation` checks ballots issued, returned and
invalid; `sheets` is each teller's entry (per ballot or totals), saved keystroke by keystroke;
`compare` lists the differences between two tellers and writes the agreed counts; `outcome`
computes the result and records the chair's decisions. No Qt here.
"""
