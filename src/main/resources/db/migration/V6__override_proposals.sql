-- Overrides proposed by the counselling (Beratung) through the API; an administrator accepts (the override
-- is then applied through the usual checks) or rejects them. Never deleted: who proposed and decided what.
-- No foreign keys: a proposal may name a pupil or school that the checks at acceptance reject.
CREATE TABLE override_proposal (
    id              BIGSERIAL   PRIMARY KEY,
    action          VARCHAR(20) NOT NULL,
    case_number     VARCHAR(40),
    school_number   VARCHAR(20),
    group_kind      VARCHAR(20),
    grade_from      SMALLINT,
    grade_to        SMALLINT,
    free_places     INTEGER,
    effective_from  DATE,
    release_id      BIGINT,
    reason          TEXT        NOT NULL,
    proposed_by     TEXT        NOT NULL,
    proposed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    status          VARCHAR(20) NOT NULL DEFAULT 'OFFEN'
                    CHECK (status IN ('OFFEN', 'ANGENOMMEN', 'ABGELEHNT')),
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    decision_note   TEXT,
    -- the override created when the proposal was accepted
    override_id     BIGINT
);
CREATE INDEX override_proposal_status ON override_proposal (status);
