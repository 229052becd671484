"""The meeting file (`hoinghi.meeting/1`): the format, and the store that brings a file into the
database and back."""
