-- Schema version 13: load curves, kept in the file (one file stays one file). Each register of a supply's meter
-- is stored as chunks of at most one UTC month of intervals of one step: the values (kWh or m³ per interval,
-- NaN for no reading) and a status byte per interval (0 measured, 1 estimated, 2 missing in the export, 3 no
-- row for this register), each compressed. ``scale``: the values as integers of 10^-scale exactly (meters
-- write three decimals: exact, and four bytes a value before compression), NULL for 8-byte floats. Deleting a
-- supply deletes its load curve (and the undo puts it back, see OWNED_ROWS in storage/codecs.py).
CREATE TABLE load_chunk (
    id INTEGER PRIMARY KEY,
    supply_id INTEGER NOT NULL REFERENCES supply(id) ON DELETE CASCADE,
    register TEXT NOT NULL,
    flow TEXT NOT NULL CHECK (flow IN ('offtake', 'injection')),
    unit TEXT NOT NULL CHECK (unit IN ('kWh', 'm³')),
    start INTEGER NOT NULL,
    step INTEGER NOT NULL CHECK (step >= 60 AND step % 60 = 0),
    count INTEGER NOT NULL CHECK (count > 0),
    scale INTEGER CHECK (scale IS NULL OR scale BETWEEN 0 AND 6),
    value_data BLOB NOT NULL,
    status_data BLOB NOT NULL,
    UNIQUE (supply_id, register, unit, start)
);
