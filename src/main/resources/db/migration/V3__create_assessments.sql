CREATE TABLE assessments (
    id                  uuid         PRIMARY KEY,
    council_gss         varchar(9)   NOT NULL REFERENCES councils (gss_code),
    method              varchar(7)   NOT NULL CHECK (method IN ('2023-12', '2024-12')),
    framework_version   text         NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('in_progress', 'published')),
    demo                boolean      NOT NULL DEFAULT false,
    started_on          date         NOT NULL,
    site_visit_on       date,
    published_on        date,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    version             integer      NOT NULL DEFAULT 0,
    CHECK ((status = 'published') = (published_on IS NOT NULL)),
    CHECK (site_visit_on IS NULL OR site_visit_on >= started_on),
    CHECK (published_on IS NULL OR published_on >= started_on)
);

CREATE INDEX assessments_council_gss_idx ON assessments (council_gss);
CREATE INDEX assessments_published_idx ON assessments (status, published_on);

CREATE TABLE assessment_statement_scores (
    assessment_id       uuid         NOT NULL REFERENCES assessments (id),
    statement_code      varchar(8)   NOT NULL,
    score               smallint     NOT NULL CHECK (score BETWEEN 1 AND 4),
    PRIMARY KEY (assessment_id, statement_code)
);

CREATE TABLE assessment_category_scores (
    assessment_id       uuid         NOT NULL REFERENCES assessments (id),
    statement_code      varchar(8)   NOT NULL,
    category_code       varchar(32)  NOT NULL CHECK (category_code IN
                            ('PEOPLE_EXPERIENCE', 'FEEDBACK_STAFF_LEADERS', 'FEEDBACK_PARTNERS', 'PROCESSES')),
    score               smallint     NOT NULL CHECK (score BETWEEN 1 AND 4),
    PRIMARY KEY (assessment_id, statement_code, category_code)
);
