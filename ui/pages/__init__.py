"""One page per agenda step, each a `StepPage` (ui/pages/base.py)."""
