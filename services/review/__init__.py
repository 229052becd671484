"""The review steps: the collective and individual reviews, the speaking clock, the draft reports
and the comments on them."""
