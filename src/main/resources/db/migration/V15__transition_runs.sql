-- Two jobs write runs: the first placement (placementJob) and the transition out of the initial German
-- support (transitionJob). "Published" and re-planning always mean runs of the same job.
ALTER TABLE planning_run ADD COLUMN job VARCHAR(20) NOT NULL DEFAULT 'PLACEMENT';

-- The sheet "Übergang": pupils whose Erstförderung ends, with the decided school form for the next year.
CREATE TABLE transition_case (
    case_number    VARCHAR(40) PRIMARY KEY,
    current_school CHAR(6)     NOT NULL,
    grade          SMALLINT    NOT NULL CHECK (grade BETWEEN 1 AND 13),
    decided_form   VARCHAR(2)  NOT NULL,
    move_date      DATE        NOT NULL,
    source_file    TEXT,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The sheet "Plätze Regelklassen": free places in regular classes per school and grade.
CREATE TABLE regular_place (
    school_number CHAR(6)  NOT NULL REFERENCES school (school_number) ON DELETE CASCADE,
    grade         SMALLINT NOT NULL CHECK (grade BETWEEN 1 AND 13),
    free_places   INTEGER  NOT NULL CHECK (free_places >= 0),
    PRIMARY KEY (school_number, grade)
);
