"""The app's pages (Today, History, Life events, …), one main widget class per file."""
