-- Every score entered for an assessment, by whom and when, one row per scored item (a statement,
-- or "statement/category" under the 2023-12 method); a null score is one removed. Kept so the
-- calibration panel can see each person's scores across assessments. Never changed once written.
CREATE TABLE assessment_score_entries (
    id              bigserial     PRIMARY KEY,
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    item            varchar(48)   NOT NULL,
    score           smallint      CHECK (score BETWEEN 1 AND 4),
    entered_by      varchar(254)  NOT NULL,
    entered_at      timestamptz   NOT NULL
);

CREATE INDEX assessment_score_entries_assessment_idx ON assessment_score_entries (assessment_id, item, id);

CREATE FUNCTION refuse_rewriting_scoring_records() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'scoring records are kept as written and cannot be changed'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER score_entries_are_a_record
    BEFORE UPDATE OR DELETE ON assessment_score_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_scoring_records();
