-- Schema version 3: column-mapping profiles saved by name, reused for the next file of the same layout.
CREATE TABLE import_profile (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    spec TEXT NOT NULL  -- JSON: kind, carrier, read options, mapping field -> column header
);
