"""The PySide6 desktop interface. Talks to services only."""
