"""The vocabulary of Connectly: plain dataclasses, enums, validation and typed errors (stdlib only)."""
