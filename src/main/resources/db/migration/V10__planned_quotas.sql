-- The places a run planned with (reported places with the changes of places in force on its planning
-- date), and the quota each placed pupil takes: "Noch frei" and the load per school are read from the plan,
-- not worked out again from the reported places.
CREATE TABLE run_quota (
    run_id        BIGINT      NOT NULL REFERENCES planning_run (id),
    school_number CHAR(6)     NOT NULL,
    group_kind    VARCHAR(20) NOT NULL,
    grade_from    SMALLINT    NOT NULL,
    grade_to      SMALLINT    NOT NULL,
    free_places   INTEGER     NOT NULL
);
CREATE INDEX run_quota_run ON run_quota (run_id);

-- First grade of the quota (with school and group kind its key); NULL when unassigned or planned before.
ALTER TABLE placement ADD COLUMN quota_grade_from SMALLINT;
