-- Feedback about a council from the public form, tied to the council's assessment then gathering
-- feedback; and staff's tags on it (a new tagging is added, the earlier ones kept).
CREATE TABLE feedback (
    id                  uuid          PRIMARY KEY,
    assessment_id       uuid          NOT NULL REFERENCES assessments (id),
    role                varchar(20)   NOT NULL CHECK (role IN ('person', 'carer', 'self_funder', 'staff', 'partner', 'provider', 'voluntary')),
    body                varchar(5000) NOT NULL CHECK (length(btrim(body)) > 0),
    quotable            boolean       NOT NULL,
    contact_email       varchar(254),
    submission_key      uuid          NOT NULL UNIQUE,
    client_hash         char(64)      NOT NULL,
    received_at         timestamptz   NOT NULL
);

CREATE INDEX feedback_assessment_idx ON feedback (assessment_id, received_at);
CREATE INDEX feedback_client_idx ON feedback (client_hash, received_at);

CREATE TABLE feedback_tags (
    id                  bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id         uuid          NOT NULL REFERENCES feedback (id),
    statements          varchar(100)  NOT NULL CHECK (statements ~ '^(QS[1-9](,QS[1-9])*)?$'),
    category            varchar(30)   NOT NULL CHECK (category IN ('PEOPLE_EXPERIENCE', 'FEEDBACK_STAFF_LEADERS', 'FEEDBACK_PARTNERS', 'PROCESSES')),
    extract             varchar(5000) NOT NULL,
    tagged_by           varchar(254)  NOT NULL,
    tagged_at           timestamptz   NOT NULL
);

CREATE INDEX feedback_tags_feedback_idx ON feedback_tags (feedback_id, id);
