"""Connectly — a private desktop diary for couples."""

__version__ = "0.1.0"
APP_ID = "app.connectly.Connectly"
APP_NAME = "Connectly"
ORG_NAME = "Connectly"
