-- Each draft report sent to a council for its factual accuracy check: a snapshot of the report as
-- composed when the assessment entered the check, kept exactly as sent.
CREATE TABLE report_drafts (
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    number          integer       NOT NULL CHECK (number > 0),
    title           text          NOT NULL,
    sections        jsonb         NOT NULL,
    html_body       text          NOT NULL,
    pdf             bytea         NOT NULL,
    content_hash    char(64)      NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    sent_by         varchar(254)  NOT NULL,
    sent_at         timestamptz   NOT NULL,
    sent_on         date          NOT NULL,
    due_on          date          NOT NULL CHECK (due_on > sent_on),
    PRIMARY KEY (assessment_id, number)
);

-- A council's comments on a draft, section by section, and the assessors' decision on each.
CREATE TABLE factual_accuracy_comments (
    id              uuid          PRIMARY KEY,
    assessment_id   uuid          NOT NULL,
    draft_number    integer       NOT NULL,
    section_key     varchar(40)   NOT NULL,
    what_is_wrong   text          NOT NULL CHECK (length(what_is_wrong) BETWEEN 1 AND 2000),
    correction      text          NOT NULL CHECK (length(correction) BETWEEN 1 AND 2000),
    document_id     uuid          REFERENCES documents (id),
    written_by      varchar(254)  NOT NULL,
    written_at      timestamptz   NOT NULL,
    decision        varchar(8)    CHECK (decision IN ('accepted', 'rejected')),
    decision_reason text          CHECK (length(decision_reason) BETWEEN 1 AND 2000),
    decided_by      varchar(254),
    decided_at      timestamptz,
    version         integer       NOT NULL DEFAULT 0,
    FOREIGN KEY (assessment_id, draft_number) REFERENCES report_drafts (assessment_id, number),
    CHECK ((decision IS NULL) = (decision_reason IS NULL)),
    CHECK ((decision IS NULL) = (decided_by IS NULL)),
    CHECK ((decision IS NULL) = (decided_at IS NULL))
);

CREATE INDEX factual_accuracy_comments_draft_idx
    ON factual_accuracy_comments (assessment_id, draft_number, written_at);
CREATE INDEX factual_accuracy_comments_document_idx ON factual_accuracy_comments (document_id);

-- The council's one submission of its comments on a draft; the key makes a second one collide.
CREATE TABLE factual_accuracy_submissions (
    assessment_id   uuid          NOT NULL,
    draft_number    integer       NOT NULL,
    submitted_by    varchar(254)  NOT NULL,
    submitted_at    timestamptz   NOT NULL,
    PRIMARY KEY (assessment_id, draft_number),
    FOREIGN KEY (assessment_id, draft_number) REFERENCES report_drafts (assessment_id, number)
);

-- What was sent, and the fact it was submitted, are records: nothing rewrites or removes them.
CREATE FUNCTION refuse_changing_a_sent_draft() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% of a sent draft report cannot be changed', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER report_drafts_are_a_record
    BEFORE UPDATE OR DELETE ON report_drafts
    FOR EACH ROW EXECUTE FUNCTION refuse_changing_a_sent_draft();

CREATE TRIGGER factual_accuracy_submissions_are_a_record
    BEFORE UPDATE OR DELETE ON factual_accuracy_submissions
    FOR EACH ROW EXECUTE FUNCTION refuse_changing_a_sent_draft();
