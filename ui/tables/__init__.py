"""Qt item models over the meeting's data (QAbstractTableModel), checked with qtmodeltester."""
