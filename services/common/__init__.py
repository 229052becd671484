"""What every part of the domain shares: Vietnamese text and numbers, the one table of words for
the codes (labels), office files, the app's own settings, and `errors.Refusal`, the base of
every refusal a person sees."""
