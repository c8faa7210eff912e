"""The drafting desk: a Textual terminal UI over the engine API.

``drafter.tui.app.make_app(workspace)`` builds the app for the CLI and the
tests. Only this package (and ``drafter.cli.desk``) imports Textual; the
modules without ``textual`` in them (``layout``, ``session``, ``keys``) hold
the desk's logic so it can be read and tested on its own.
"""
