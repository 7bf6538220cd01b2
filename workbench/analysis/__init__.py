"""What charts, reports and the CLI show, computed from the workspace (no Qt)."""
