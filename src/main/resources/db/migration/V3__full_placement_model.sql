-- School attributes the full placement model needs.
ALTER TABLE school ADD COLUMN barrier_free BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE school ADD COLUMN takes_newcomers BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE school ADD COLUMN heritage_languages TEXT NOT NULL DEFAULT '';

-- Free places are reported per grade range and kind of group (German support, literacy, IFK).
ALTER TABLE place_quota ADD COLUMN group_kind VARCHAR(20) NOT NULL DEFAULT 'DEUTSCHFOERDERUNG';
ALTER TABLE place_quota DROP CONSTRAINT place_quota_pkey;
ALTER TABLE place_quota ADD PRIMARY KEY (school_number, group_kind, grade_from);

-- The school form a pupil already attends in Germany: fixed once grade 9 has been attended.
ALTER TABLE pupil ADD COLUMN previous_form VARCHAR(2);

-- Figures of a run per constraint, for the Auswertung sheet and run-summary.json.
CREATE TABLE run_constraint_score (
    run_id     BIGINT  NOT NULL REFERENCES planning_run (id),
    constraint_name TEXT NOT NULL,
    level      VARCHAR(6) NOT NULL,
    matches    INTEGER NOT NULL,
    score      BIGINT  NOT NULL,
    PRIMARY KEY (run_id, constraint_name)
);

-- The kind of group a placed pupil takes a place in.
ALTER TABLE placement ADD COLUMN group_kind VARCHAR(20);

-- Sibling figures need the candidate lists, which only the planning step knows.
ALTER TABLE planning_run ADD COLUMN sibling_pairs_sharable INTEGER;
ALTER TABLE planning_run ADD COLUMN sibling_pairs_together INTEGER;
