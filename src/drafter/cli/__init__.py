"""The ``drafter`` command: argument parsing and printing over the engine API."""
