"""The ballot (step 7): paper ballots to agreed counts to a locked result, and every figure about
a stored round.

Entry: `rounds` opens, locks and reopens rounds; `reconciliation` checks ballots issued,
returned and invalid; `sheets` is each teller's entry (per ballot or totals), saved keystroke by
keystroke; `compare` lists the differences between two tellers and writes the agreed counts;
`outcome` computes the result and records the chair's decisions; `own_unit` is the cell as the
subject of its own vote; `shared` what they share. Results: `stored` turns a stored round into
the rules engine's input and result; `reported` names its subjects for documents, the
announcement and the room screen; `fingerprint` and `fingerprint_match` tie a printed page to
its round. Below proceedings/ and documents/, above rules/.
"""
