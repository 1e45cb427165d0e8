-- Manual corrections (overrides) by administrators; never deleted, released ones keep their history.
CREATE TABLE override_entry (
    id              BIGSERIAL   PRIMARY KEY,
    action          VARCHAR(20) NOT NULL,
    case_number     VARCHAR(40) REFERENCES pupil (case_number),
    school_number   CHAR(6)     REFERENCES school (school_number),
    group_kind      VARCHAR(20),
    grade_from      SMALLINT,
    grade_to        SMALLINT,
    free_places     INTEGER,
    effective_from  DATE,
    -- for a release: the override it ended
    target_id       BIGINT      REFERENCES override_entry (id),
    reason          TEXT        NOT NULL,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    source          TEXT        NOT NULL,
    -- file checksum, sheet and row of a correction from a workbook: the same row is applied only once
    source_ref      TEXT        UNIQUE,
    released_at     TIMESTAMPTZ,
    released_by     TEXT,
    release_reason  TEXT
);
CREATE INDEX override_entry_case ON override_entry (case_number);

-- A run's plan is published when its outputs are written; re-planning starts from the last published plan.
ALTER TABLE planning_run ADD COLUMN published_at TIMESTAMPTZ;
