"""The rating rules: from ballot counts to levels, under configurable settings (rules.md).

Qt-free and database-free: `types` is the public vocabulary, `engine.compute_round` the entry
point, `stored` the settings as a meeting and each round record them.
"""
