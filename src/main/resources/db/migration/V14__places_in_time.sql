-- Places with a date: free from a day ("frei ab"), a report that holds until a day, the days a group admits.
ALTER TABLE place_quota ADD COLUMN available_from DATE;
ALTER TABLE place_quota ADD COLUMN valid_until DATE;
-- Days of the year as MM-DD, comma-separated; empty = the group kind's usual dates.
ALTER TABLE place_quota ADD COLUMN intake_days TEXT NOT NULL DEFAULT '';
ALTER TABLE place_quota DROP CONSTRAINT place_quota_pkey;
CREATE UNIQUE INDEX place_quota_key ON place_quota
    (school_number, group_kind, grade_from, COALESCE(available_from, DATE '0001-01-01'));

-- The day a pupil can start at the school: the planning date, a later intake day, or the day a place is free.
ALTER TABLE placement ADD COLUMN start_date DATE;

-- School years the pupil has already spent in Germany: from two on, no newcomer (Seiteneinsteiger).
ALTER TABLE pupil ADD COLUMN german_school_years SMALLINT;
