-- Schema version 4: the figures each end use is estimated from, and the equipment a measure acts on.
ALTER TABLE equipment ADD COLUMN efficiency_class TEXT NOT NULL DEFAULT '';
ALTER TABLE equipment ADD COLUMN fixture_watts REAL;
ALTER TABLE equipment ADD COLUMN loaded_power_kw REAL;
ALTER TABLE equipment ADD COLUMN unloaded_power_kw REAL;
ALTER TABLE equipment ADD COLUMN loaded_hours REAL;
ALTER TABLE equipment ADD COLUMN unloaded_hours REAL;
ALTER TABLE equipment ADD COLUMN free_air_m3_min REAL;
ALTER TABLE equipment ADD COLUMN pressure_bar REAL;
ALTER TABLE equipment ADD COLUMN runs_in_peak INTEGER;
ALTER TABLE measure ADD COLUMN equipment_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE equipment ADD COLUMN photo_ids TEXT NOT NULL DEFAULT '[]';
