-- Schema version 14: a supply's rooftop PV study (analysis/solar.py simulates it against the supply's load
-- curve): the system's peak power (kWp), tilt and azimuth (degrees; azimuth clockwise from north), its losses
-- (a share), and the typical-year weather it is simulated with: a file the user loaded, kept in the workspace
-- as an attachment, or (attachment NULL) the shipped file of that name. One study per supply; deleting the
-- supply deletes it (and the undo puts it back, see OWNED_ROWS in storage/codecs.py).
CREATE TABLE pv_study (
    id INTEGER PRIMARY KEY,
    supply_id INTEGER NOT NULL UNIQUE REFERENCES supply(id) ON DELETE CASCADE,
    kwp REAL NOT NULL CHECK (kwp > 0),
    tilt REAL NOT NULL CHECK (tilt BETWEEN 0 AND 90),
    azimuth REAL NOT NULL CHECK (azimuth BETWEEN 0 AND 360),
    losses REAL NOT NULL CHECK (losses BETWEEN 0 AND 0.5),
    weather_name TEXT NOT NULL,
    weather_attachment_id INTEGER REFERENCES attachment(id)
);
