-- Requests to review a published rating, and each step staff take them through to an outcome.
CREATE TABLE rating_review_requests (
    id              uuid          PRIMARY KEY,
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    council_gss     varchar(9)    NOT NULL REFERENCES councils (gss_code),
    grounds         text          NOT NULL CHECK (length(grounds) BETWEEN 1 AND 5000),
    requested_by    varchar(254)  NOT NULL,
    requested_at    timestamptz   NOT NULL,
    received_on     date          NOT NULL,
    status          varchar(16)   NOT NULL CHECK (status IN
                        ('received', 'under_review', 'upheld', 'not_upheld', 'rating_amended')),
    version         integer       NOT NULL DEFAULT 0
);

CREATE INDEX rating_review_requests_assessment_idx ON rating_review_requests (assessment_id);
CREATE INDEX rating_review_requests_council_idx ON rating_review_requests (council_gss, requested_at);

CREATE TABLE rating_review_steps (
    review_id       uuid          NOT NULL REFERENCES rating_review_requests (id),
    sequence        integer       NOT NULL CHECK (sequence > 0),
    status          varchar(16)   NOT NULL CHECK (status IN
                        ('received', 'under_review', 'upheld', 'not_upheld', 'rating_amended')),
    reason          text          CHECK (length(reason) BETWEEN 1 AND 5000),
    actor           varchar(254)  NOT NULL,
    taken_at        timestamptz   NOT NULL,
    taken_on        date          NOT NULL,
    PRIMARY KEY (review_id, sequence)
);

-- The steps are a record: nothing rewrites or removes one once taken.
CREATE FUNCTION refuse_rewriting_a_review_step() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the steps of a rating review are a record and cannot be changed'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER rating_review_steps_are_a_record
    BEFORE UPDATE OR DELETE ON rating_review_steps
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_a_review_step();
