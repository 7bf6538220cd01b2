-- Schema version 9: the hour the site's first shift starts, which places the inventory's running hours in
-- the tariff's peak, standard and off-peak hours (and so prices an electricity saving by period). NULL: not
-- stated; the analysis then says which start it assumed.
ALTER TABLE site ADD COLUMN schedule_day_start REAL;
