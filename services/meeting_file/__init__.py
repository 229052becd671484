"""The meeting file (`hoinghi.meeting/1`, shared/spec/meeting-file.md): `format` reads, checks
and writes it, `store` brings a file into the database and back, `tally` computes a file's
rounds under its own rules (the `tally` command)."""
