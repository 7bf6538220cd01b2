"""Qt item models: adapters over the workspace."""
