-- National performance data an assessor has linked to a quality statement as evidence.
CREATE TABLE assessment_indicator_links (
    assessment_id       uuid         NOT NULL REFERENCES assessments (id),
    statement_code      varchar(8)   NOT NULL,
    source              varchar(20)  NOT NULL,
    measure_code        varchar(100) NOT NULL,
    period              varchar(20)  NOT NULL,
    disaggregation      varchar(200) NOT NULL,
    linked_by           varchar(254) NOT NULL,
    linked_at           timestamptz  NOT NULL,
    PRIMARY KEY (assessment_id, statement_code, source, measure_code, period, disaggregation)
);
