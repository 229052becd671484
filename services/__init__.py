"""The domain: rules and tally, ballot entry, documents, import/export, audit. No widgets."""
