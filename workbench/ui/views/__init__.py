"""Panels: the project tree and one page per kind of node."""
