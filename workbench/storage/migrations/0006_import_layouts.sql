-- Schema version 6: the column mapping a user corrected, remembered for the next file with the same header row.
CREATE TABLE import_layout (
    signature TEXT PRIMARY KEY,  -- the header row as the importer compares it (see importers/layouts.py)
    headers TEXT NOT NULL,       -- JSON: the header row as the file had it, to show the user
    spec TEXT NOT NULL,          -- JSON: kind, mapping field -> column header
    saved TEXT NOT NULL          -- ISO date and time of the correction
);
