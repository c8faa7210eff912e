"""The desk's widgets: the section list, the editor, the side panes, the status bar."""
