-- Case tracking: the council's pseudonymous case list, the samples drawn from it (with the seed, so
-- anyone can draw the same sample again), consent, and assessors' review notes. All kept as given.
CREATE TABLE case_lists (
    id                  uuid          PRIMARY KEY,
    assessment_id       uuid          NOT NULL REFERENCES assessments (id),
    file_name           varchar(150)  NOT NULL,
    row_count           integer       NOT NULL CHECK (row_count > 0),
    uploaded_by         varchar(254)  NOT NULL,
    uploaded_at         timestamptz   NOT NULL
);

CREATE INDEX case_lists_assessment_idx ON case_lists (assessment_id, uploaded_at);

CREATE TABLE case_list_rows (
    list_id             uuid          NOT NULL REFERENCES case_lists (id),
    case_reference      varchar(40)   NOT NULL CHECK (case_reference ~ '^[A-Za-z0-9/_-]+$'),
    age_band            varchar(10)   NOT NULL CHECK (age_band IN ('18-24', '25-64', '65-74', '75-84', '85+')),
    support_reason      varchar(30)   NOT NULL CHECK (support_reason IN ('physical', 'sensory', 'memory_cognition', 'learning_disability', 'mental_health', 'social')),
    setting             varchar(30)   NOT NULL CHECK (setting IN ('own_home', 'supported_living', 'shared_lives', 'residential', 'nursing')),
    carer               boolean       NOT NULL,
    transition          boolean       NOT NULL,
    safeguarding        boolean       NOT NULL,
    hospital_discharge  boolean       NOT NULL,
    PRIMARY KEY (list_id, case_reference)
);

CREATE TABLE case_samples (
    id                  uuid          PRIMARY KEY,
    list_id             uuid          NOT NULL REFERENCES case_lists (id),
    seed                bigint        NOT NULL,
    list_size           integer       NOT NULL CHECK (list_size BETWEEN 1 AND 200),
    follow_size         integer       NOT NULL CHECK (follow_size BETWEEN 1 AND 200 AND follow_size <= list_size),
    drawn_by            varchar(254)  NOT NULL,
    drawn_at            timestamptz   NOT NULL
);

CREATE INDEX case_samples_list_idx ON case_samples (list_id, drawn_at);

CREATE TABLE case_sample_members (
    sample_id           uuid          NOT NULL REFERENCES case_samples (id),
    case_reference      varchar(40)   NOT NULL,
    followed            boolean       NOT NULL,
    PRIMARY KEY (sample_id, case_reference)
);

CREATE TABLE case_consents (
    id                  bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list_id             uuid          NOT NULL REFERENCES case_lists (id),
    case_reference      varchar(40)   NOT NULL,
    consent             varchar(20)   NOT NULL CHECK (consent IN ('given', 'declined', 'withdrawn')),
    how                 varchar(500)  NOT NULL,
    recorded_by         varchar(254)  NOT NULL,
    recorded_at         timestamptz   NOT NULL
);

CREATE INDEX case_consents_case_idx ON case_consents (list_id, case_reference);

CREATE TABLE case_notes (
    id                  uuid          PRIMARY KEY,
    list_id             uuid          NOT NULL REFERENCES case_lists (id),
    case_reference      varchar(40)   NOT NULL,
    body                varchar(10000) NOT NULL CHECK (length(btrim(body)) > 0),
    category            varchar(30)   NOT NULL CHECK (category IN ('PEOPLE_EXPERIENCE', 'FEEDBACK_STAFF_LEADERS', 'FEEDBACK_PARTNERS', 'PROCESSES')),
    statements          varchar(100)  NOT NULL CHECK (statements ~ '^QS[1-9](,QS[1-9])*$'),
    written_by          varchar(254)  NOT NULL,
    written_at          timestamptz   NOT NULL
);

CREATE INDEX case_notes_case_idx ON case_notes (list_id, case_reference);
