-- The public-transport check of the chosen school (null: not checked).
ALTER TABLE placement ADD COLUMN transit_reachable BOOLEAN;
ALTER TABLE placement ADD COLUMN transit_text TEXT;
