-- Schema version 8: the auditor's word that a bill which repeats another (same period, same number or
-- same figures) is a second, real bill, to be counted; without it the repeat is left out of every total.
ALTER TABLE bill ADD COLUMN not_duplicate INTEGER NOT NULL DEFAULT 0;
-- A measure is a saving of final energy or renewable production (PV, solar heat): production cuts purchased
-- energy without cutting what the site uses, and is counted and ranked apart from savings.
ALTER TABLE measure ADD COLUMN kind TEXT NOT NULL DEFAULT 'saving';
-- A measure on the tariff (cos φ, subscribed power, peak hours) takes its money from the tariff analysis.
ALTER TABLE measure ADD COLUMN tariff_lever TEXT;
-- The time-of-use split of an electricity saving, when the measure states its own (shares of peak, standard
-- and off-peak hours); without it the saving takes the split of the site's bills.
ALTER TABLE measure ADD COLUMN tou_peak REAL;
ALTER TABLE measure ADD COLUMN tou_standard REAL;
ALTER TABLE measure ADD COLUMN tou_offpeak REAL;
-- Renewable production: the share of it used on site (the rest is exported, and avoids no purchase).
ALTER TABLE measure ADD COLUMN self_consumption REAL;
