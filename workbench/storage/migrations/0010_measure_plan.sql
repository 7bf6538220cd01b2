-- Schema version 10: the action plan of a measure. Its lifetime in years (for its net present value; NULL: not
-- given, and no NPV is shown), its horizon (NULL: its category's usual one) and who carries it out.
ALTER TABLE measure ADD COLUMN lifetime_years REAL;
ALTER TABLE measure ADD COLUMN horizon TEXT;
ALTER TABLE measure ADD COLUMN owner TEXT NOT NULL DEFAULT '';
