-- Every file taken from the inbox, by content: the same content dropped twice is not imported again.
CREATE TABLE inbox_file (
    checksum    CHAR(64)    PRIMARY KEY,
    file_name   TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    archived_as TEXT        NOT NULL
);

-- Who saw or changed what: runs started, overrides, downloads, reads of lists and pupils, denied access.
CREATE TABLE audit_event (
    id         BIGSERIAL   PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    username   TEXT        NOT NULL,
    action     TEXT        NOT NULL,
    target     TEXT        NOT NULL,
    outcome    TEXT        NOT NULL
);
CREATE INDEX audit_event_at ON audit_event (at);

-- Personal data of pupils placed long ago is anonymised; the anonymous statistics stay.
ALTER TABLE pupil ADD COLUMN anonymised_at TIMESTAMPTZ;
