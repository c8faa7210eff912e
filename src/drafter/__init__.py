"""drafter: a drafting assistant for Police and Crime Commissioners' statements
on the National Policing Priorities."""

from drafter.workspace import Workspace, open_workspace

__all__ = ["Workspace", "open_workspace"]
__version__ = "0.1.0"
