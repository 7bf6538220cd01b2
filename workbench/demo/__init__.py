"""The deterministic demo programme (no Qt)."""
