"""Reusable widgets: ratings, tag chips, the check-in form and card."""
