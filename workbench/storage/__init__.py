"""The workspace file: one SQLite file per programme (no Qt)."""
