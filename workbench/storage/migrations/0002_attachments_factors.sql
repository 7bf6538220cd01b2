-- Schema version 2: source documents inside the file, and factor overrides per programme and site.
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);
-- The bytes live apart so that listing attachments never reads them.
CREATE TABLE attachment_data (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id),
    data BLOB NOT NULL
);
ALTER TABLE bill ADD COLUMN attachment_id INTEGER REFERENCES attachment(id);
ALTER TABLE delivery ADD COLUMN attachment_id INTEGER REFERENCES attachment(id);
CREATE TABLE factor_override (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL CHECK (scope IN ('programme', 'site')),
    scope_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL,
    year INTEGER,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (scope, scope_id, key)
);
