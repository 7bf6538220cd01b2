-- Schema version 5: the twelve months a site's energy balance is drawn over (empty: its latest twelve).
ALTER TABLE site ADD COLUMN balance_period_end TEXT;
