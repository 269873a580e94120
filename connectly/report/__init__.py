"""The therapy report (PDF) and chart images, rendered offscreen."""
