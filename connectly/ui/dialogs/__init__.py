"""Dialogs for editing one entry (a check-in, a life event)."""
