"""Widgets of the workbench, by area: the transcript view, bars and side panels."""
