"""The chair's script (*kịch bản điều hành*): what to say at each step, filled in from the data."""
