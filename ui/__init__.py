"""Qt widgets, dialogs, item models and controllers: the only layer that imports QtWidgets."""
