"""Undo commands: one per kind of edit, each calling the workspace's one mutation path."""
