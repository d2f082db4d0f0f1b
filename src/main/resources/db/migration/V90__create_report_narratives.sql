-- The assessors' narrative for an assessment's report. Every save is a new version (a full copy),
-- so who wrote what and when stays readable; the latest version is the one the report uses. The
-- primary key (assessment, version) makes two saves from the same version clash.
CREATE TABLE report_narratives (
    assessment_id           uuid            NOT NULL REFERENCES assessments (id),
    version                 integer         NOT NULL CHECK (version >= 1),
    population              integer         CHECK (population > 0),
    net_budget_pounds       bigint          CHECK (net_budget_pounds >= 0),
    spend_per_adult_pounds  integer         CHECK (spend_per_adult_pounds >= 0),
    financial_year          varchar(7)      CHECK (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    context_source          varchar(500)    NOT NULL,
    people_experience       varchar(10000)  NOT NULL,
    saved_by                varchar(254)    NOT NULL,
    saved_at                timestamptz     NOT NULL,
    PRIMARY KEY (assessment_id, version)
);

CREATE TABLE report_statement_narratives (
    assessment_id           uuid            NOT NULL,
    version                 integer         NOT NULL,
    statement_code          varchar(10)     NOT NULL CHECK (statement_code ~ '^QS[1-9][0-9]*$'),
    key_findings            varchar(10000)  NOT NULL,
    strengths               varchar(10000)  NOT NULL,
    areas_for_development   varchar(10000)  NOT NULL,
    topic_tags              varchar(40)[]   NOT NULL DEFAULT '{}',
    PRIMARY KEY (assessment_id, version, statement_code),
    FOREIGN KEY (assessment_id, version) REFERENCES report_narratives (assessment_id, version)
);
