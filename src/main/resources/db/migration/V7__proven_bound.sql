-- The min-cost flow's proven bound of each run: the exact minimum of the medium level (weighted
-- unassigned) and a lower bound on the soft penalty among plans with that minimum (docs/rules.md).
ALTER TABLE planning_run ADD COLUMN bound_medium BIGINT;
ALTER TABLE planning_run ADD COLUMN bound_soft BIGINT;
ALTER TABLE planning_run ADD COLUMN bound_unassigned INTEGER;
ALTER TABLE planning_run ADD COLUMN bound_exact BOOLEAN;
