"""pyqtgraph chart builders shared by the interactive view and the report."""
