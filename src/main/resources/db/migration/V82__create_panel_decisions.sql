-- The calibration panel's decisions: confirmed, or changed with a reason for every changed score.
-- A decision locks the assessment's scores until a lead assessor reopens it to scoring, which
-- supersedes the decision. At most one decision per assessment is in force.
CREATE TABLE panel_decisions (
    id              uuid          PRIMARY KEY,
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    outcome         varchar(9)    NOT NULL CHECK (outcome IN ('confirmed', 'changed')),
    note            text          NOT NULL CHECK (length(note) <= 4000),
    decided_by      varchar(254)  NOT NULL,
    decided_at      timestamptz   NOT NULL,
    superseded_at   timestamptz,
    superseded_by   varchar(254),
    CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);

CREATE UNIQUE INDEX panel_decisions_in_force_idx ON panel_decisions (assessment_id)
    WHERE superseded_at IS NULL;

CREATE TABLE panel_decision_changes (
    decision_id     uuid          NOT NULL REFERENCES panel_decisions (id),
    item            varchar(48)   NOT NULL,
    from_score      smallint      CHECK (from_score BETWEEN 1 AND 4),
    to_score        smallint      CHECK (to_score BETWEEN 1 AND 4),
    reason          text          NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    PRIMARY KEY (decision_id, item)
);

-- A decision is kept as made: the only change allowed is marking it superseded, once.
CREATE FUNCTION keep_panel_decisions() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL
       AND NEW.id = OLD.id AND NEW.assessment_id = OLD.assessment_id AND NEW.outcome = OLD.outcome
       AND NEW.note = OLD.note AND NEW.decided_by = OLD.decided_by
       AND NEW.decided_at = OLD.decided_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a panel decision is kept as made'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER panel_decisions_are_kept
    BEFORE UPDATE OR DELETE ON panel_decisions
    FOR EACH ROW EXECUTE FUNCTION keep_panel_decisions();

CREATE TRIGGER panel_decision_changes_are_a_record
    BEFORE UPDATE OR DELETE ON panel_decision_changes
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_scoring_records();
