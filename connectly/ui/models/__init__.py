"""Item models over typed rows (QAbstractTableModel, tested with qtmodeltester)."""
