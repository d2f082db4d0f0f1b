-- Every move of an assessment between the steps of its journey, in order. The latest move says
-- where it stands; the sequence number makes two people moving it at once collide, not both win.
CREATE TABLE assessment_stage_moves (
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    sequence        integer       NOT NULL CHECK (sequence > 0),
    from_stage      varchar(24)   NOT NULL,
    to_stage        varchar(24)   NOT NULL,
    kind            varchar(8)    NOT NULL CHECK (kind IN ('forward', 'reopen')),
    actor           varchar(254)  NOT NULL,
    moved_at        timestamptz   NOT NULL,
    moved_on        date          NOT NULL,
    reason          text          CHECK (length(reason) <= 2000),
    PRIMARY KEY (assessment_id, sequence),
    CHECK (from_stage IN ('planned', 'notified', 'information_return', 'evidence_gathering', 'on_site',
        'scoring', 'calibration', 'draft_report', 'factual_accuracy', 'published', 'follow_up')),
    CHECK (to_stage IN ('planned', 'notified', 'information_return', 'evidence_gathering', 'on_site',
        'scoring', 'calibration', 'draft_report', 'factual_accuracy', 'published', 'follow_up')),
    CHECK (kind = 'forward' OR reason IS NOT NULL)
);

-- Dates people set (the site visit, an extended due date), kept as a history: the latest counts.
CREATE TABLE assessment_date_changes (
    id              bigserial     PRIMARY KEY,
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    kind            varchar(32)   NOT NULL CHECK (kind IN ('site_visit', 'information_return_due')),
    on_date         date          NOT NULL,
    actor           varchar(254)  NOT NULL,
    changed_at      timestamptz   NOT NULL,
    reason          text          CHECK (length(reason) <= 2000)
);

CREATE INDEX assessment_date_changes_assessment_idx ON assessment_date_changes (assessment_id, id);

-- The journey is a record: nothing rewrites or removes a move or a date once made.
CREATE FUNCTION refuse_rewriting_the_journey() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the journey of an assessment is a record and cannot be changed'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER stage_moves_are_a_record
    BEFORE UPDATE OR DELETE ON assessment_stage_moves
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_the_journey();

CREATE TRIGGER date_changes_are_a_record
    BEFORE UPDATE OR DELETE ON assessment_date_changes
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_the_journey();
