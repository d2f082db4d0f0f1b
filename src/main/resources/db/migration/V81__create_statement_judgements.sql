-- The scoring workbench's record of each statement's judgement: every version of the rationale,
-- the evidence it cites and, where the score departs from the arithmetic or the previous draft,
-- the professional-judgement reason. Versions are numbered per statement; the highest is current.
CREATE TABLE statement_judgements (
    assessment_id   uuid          NOT NULL REFERENCES assessments (id),
    statement_code  varchar(8)    NOT NULL,
    sequence        integer       NOT NULL CHECK (sequence > 0),
    score           smallint      CHECK (score BETWEEN 1 AND 4),
    derived_score   smallint      CHECK (derived_score BETWEEN 1 AND 4),
    previous_score  smallint      CHECK (previous_score BETWEEN 1 AND 4),
    rationale       text          NOT NULL CHECK (length(rationale) BETWEEN 1 AND 10000),
    judgement_reason text         CHECK (length(judgement_reason) BETWEEN 1 AND 2000),
    cited           text[]        NOT NULL,
    written_by      varchar(254)  NOT NULL,
    written_at      timestamptz   NOT NULL,
    PRIMARY KEY (assessment_id, statement_code, sequence)
);

CREATE TRIGGER statement_judgements_are_a_record
    BEFORE UPDATE OR DELETE ON statement_judgements
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_scoring_records();
