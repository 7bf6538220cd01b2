"""Pure Python domain: entities, units, factors and calculations (no Qt, no SQL)."""
