-- Why and by whom an assessment was withdrawn before publication; kept as a record.
CREATE TABLE assessment_withdrawals (
    assessment_id   uuid          PRIMARY KEY REFERENCES assessments (id),
    actor           varchar(254)  NOT NULL,
    withdrawn_at    timestamptz   NOT NULL,
    reason          text          NOT NULL CHECK (length(btrim(reason)) > 0 AND length(reason) <= 2000)
);

CREATE TRIGGER withdrawals_are_a_record
    BEFORE UPDATE OR DELETE ON assessment_withdrawals
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_the_journey();
