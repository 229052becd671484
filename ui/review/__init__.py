"""Widgets of the review steps (4 and 5): the draft with its paragraphs, the comment form and list,
the speaker picker. The pages themselves are in ui/pages/."""
