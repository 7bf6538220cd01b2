-- Schema version 11: photos of a site, kept in the file so that they travel with it, as they were given
-- (never recompressed). The auditor chooses which go to the report's annex (in_report), in position order,
-- each with its caption in French and English. The bytes come last in the row: listing the photos reads
-- the columns before them and leaves the image pages unread. Deleting a site deletes its photos.
CREATE TABLE site_photo (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    caption_fr TEXT NOT NULL DEFAULT '',
    caption_en TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    in_report INTEGER NOT NULL DEFAULT 0 CHECK (in_report IN (0, 1)),
    taken TEXT CHECK (taken IS NULL OR taken = date(taken)),
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX site_photo_site ON site_photo(site_id, position);
