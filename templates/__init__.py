"""Default sentence templates (package data)."""
