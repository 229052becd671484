"""The documents window: preview, print and save the meeting's printed documents."""
