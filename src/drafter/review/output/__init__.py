"""A review report written for people: plain text for the terminal, one
self-contained HTML page for sharing."""
