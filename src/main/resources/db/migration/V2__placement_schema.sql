-- Master data: schools and pupils are upserted by their natural keys, so a re-import never duplicates.
CREATE TABLE school (
    school_number         CHAR(6)      PRIMARY KEY,
    name                  TEXT         NOT NULL,
    school_form           VARCHAR(2)   NOT NULL,
    public_school         BOOLEAN      NOT NULL,
    street                TEXT,
    postal_code           VARCHAR(5),
    city                  TEXT,
    municipality_key      CHAR(8),
    latitude              DOUBLE PRECISION NOT NULL,
    longitude             DOUBLE PRECISION NOT NULL,
    location_approximate  BOOLEAN      NOT NULL,
    authority             TEXT         NOT NULL,
    total_pupils          INTEGER,
    source_file           TEXT         NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Free places for newcomers per school and range of grades, as reported by the school authority.
CREATE TABLE place_quota (
    school_number CHAR(6)  NOT NULL REFERENCES school (school_number) ON DELETE CASCADE,
    grade_from    SMALLINT NOT NULL CHECK (grade_from BETWEEN 1 AND 13),
    grade_to      SMALLINT NOT NULL CHECK (grade_to BETWEEN grade_from AND 13),
    free_places   INTEGER  NOT NULL CHECK (free_places >= 0),
    PRIMARY KEY (school_number, grade_from)
);

CREATE TABLE pupil (
    case_number            VARCHAR(40) PRIMARY KEY,
    last_name              TEXT        NOT NULL,
    first_name             TEXT        NOT NULL,
    birth_date             DATE        NOT NULL,
    sex                    VARCHAR(1),
    street                 TEXT,
    postal_code            VARCHAR(5),
    city                   TEXT,
    municipality_key       CHAR(8),
    latitude               DOUBLE PRECISION NOT NULL,
    longitude              DOUBLE PRECISION NOT NULL,
    location_approximate   BOOLEAN     NOT NULL,
    family_language        TEXT,
    other_languages        TEXT,
    arrival_date           DATE,
    registered_date        DATE,
    schooling_years        SMALLINT,
    last_grade             SMALLINT,
    latin_literacy         VARCHAR(10),
    german_level           VARCHAR(5),
    recommended_forms      TEXT,
    counsellor_grade       SMALLINT,
    family_id              TEXT,
    wished_schools         TEXT,
    barrier_free           BOOLEAN     NOT NULL DEFAULT FALSE,
    special_needs          TEXT,
    interpreter_language   TEXT,
    consent                BOOLEAN,
    notes                  TEXT,
    source_file            TEXT        NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per run of placementJob; id is the Spring Batch job instance, so a restart stays the same run.
CREATE TABLE planning_run (
    id             BIGINT      PRIMARY KEY,
    planning_date  DATE        NOT NULL,
    run_number     INTEGER     NOT NULL,
    input_dir      TEXT        NOT NULL,
    output_dir     TEXT        NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    hard_score     BIGINT,
    medium_score   BIGINT,
    soft_score     BIGINT,
    solving_millis BIGINT,
    UNIQUE (planning_date, run_number)
);

-- What each run read from each file, so "rows read = imported + rejected" can be shown per file.
CREATE TABLE import_file (
    run_id        BIGINT  NOT NULL REFERENCES planning_run (id),
    file_name     TEXT    NOT NULL,
    sheet         TEXT    NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    kind_group    VARCHAR(20) NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    PRIMARY KEY (run_id, file_name, sheet)
);

-- Every problem found while importing: a rejected row (FEHLER) or an imported row with a remark (HINWEIS).
CREATE TABLE import_problem (
    id          BIGSERIAL   PRIMARY KEY,
    run_id      BIGINT      NOT NULL REFERENCES planning_run (id),
    kind_group  VARCHAR(20) NOT NULL,
    severity    VARCHAR(10) NOT NULL CHECK (severity IN ('FEHLER', 'HINWEIS')),
    file_name   TEXT        NOT NULL,
    sheet       TEXT        NOT NULL,
    row_number  INTEGER,
    column_name TEXT        NOT NULL,
    cell_value  TEXT        NOT NULL,
    reason      TEXT        NOT NULL
);
CREATE INDEX import_problem_run ON import_problem (run_id);

-- The plan of each run: one row per planned pupil; earlier runs stay as history.
CREATE TABLE placement (
    run_id          BIGINT      NOT NULL REFERENCES planning_run (id),
    case_number     VARCHAR(40) NOT NULL REFERENCES pupil (case_number),
    school_number   CHAR(6)     REFERENCES school (school_number),
    grade           SMALLINT    NOT NULL,
    distance_metres INTEGER,
    status          VARCHAR(20) NOT NULL,
    reason          TEXT        NOT NULL,
    authorities     TEXT        NOT NULL,
    PRIMARY KEY (run_id, case_number)
);
