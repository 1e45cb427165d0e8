-- Rows replaced by a newer version of the same record in a file received later (same Fallnummer or
-- Schulnummer): read, not imported, reported as a remark. rows_read = imported + rejected + superseded.
ALTER TABLE import_file ADD COLUMN rows_superseded INTEGER NOT NULL DEFAULT 0;
