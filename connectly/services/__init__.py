"""Use cases. Each public method is one user action with its own session; returns dataclasses."""
