-- Schema version 7: the meter index readings a bill's consumption was worked out from (JSON list, empty if none).
ALTER TABLE bill ADD COLUMN readings TEXT NOT NULL DEFAULT '[]';
