-- Schema version 12: the language the programme's names are typed in (supplies, equipment, owners), which a
-- report in the other language marks. Existing programmes were typed in French, as the demo and the clusters'.
ALTER TABLE programme ADD COLUMN names_language TEXT NOT NULL DEFAULT 'fr';
