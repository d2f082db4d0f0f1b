-- Every published version of an assessment's report, exactly as published: version 1 when the
-- assessment is published, and one more for each amendment, which must say what changed.
CREATE TABLE published_reports (
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    version         integer       NOT NULL CHECK (version > 0),
    council_gss     varchar(9)    NOT NULL REFERENCES councils (gss_code),
    title           text          NOT NULL,
    sections        jsonb         NOT NULL,
    html_body       text          NOT NULL,
    pdf             bytea         NOT NULL,
    content_hash    char(64)      NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    published_by    varchar(254)  NOT NULL,
    published_at    timestamptz   NOT NULL,
    published_on    date          NOT NULL,
    change_note     text          CHECK (length(change_note) BETWEEN 1 AND 2000),
    PRIMARY KEY (assessment_id, version),
    CHECK ((version = 1) = (change_note IS NULL))
);

CREATE INDEX published_reports_council_idx ON published_reports (council_gss, published_at DESC);

-- A published report is the public record: nothing may change or remove any version of it.
CREATE FUNCTION refuse_changing_a_published_report() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'version % of the report of assessment % is published and cannot be changed',
        OLD.version, OLD.assessment_id
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER published_reports_are_immutable
    BEFORE UPDATE OR DELETE ON published_reports
    FOR EACH ROW EXECUTE FUNCTION refuse_changing_a_published_report();

CREATE FUNCTION refuse_truncating_published_reports() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'published reports cannot be removed'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER published_reports_are_not_truncated
    BEFORE TRUNCATE ON published_reports
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncating_published_reports();
