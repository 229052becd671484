"""Draft reports and the comments on them (steps 4 and 5): import into frozen versions, follow
paragraphs across versions, record and handle comments, and write the digest and revised draft.
Qt-free."""
