-- The school size fair spread assumed for schools that report none, where it came from (SETTING, MEDIAN,
-- DEFAULT) and how many schools got it: shown on the Auswertung sheet of the run.
ALTER TABLE planning_run ADD COLUMN assumed_total_pupils INTEGER;
ALTER TABLE planning_run ADD COLUMN assumed_size_basis VARCHAR(10);
ALTER TABLE planning_run ADD COLUMN schools_without_size INTEGER;
