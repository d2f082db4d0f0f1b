-- The catalogue of what councils may be asked for in an information return, kept by admins.
CREATE TABLE request_items (
    code                varchar(40)   PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               varchar(200)  NOT NULL CHECK (length(btrim(title)) > 0),
    guidance            varchar(4000) NOT NULL,
    statements          varchar(100)  NOT NULL CHECK (statements ~ '^(QS[1-9](,QS[1-9])*)?$'),
    required            boolean       NOT NULL,
    position            integer       NOT NULL CHECK (position >= 0),
    retired             boolean       NOT NULL DEFAULT false,
    version             integer       NOT NULL DEFAULT 0,
    updated_by          varchar(254)  NOT NULL,
    updated_at          timestamptz   NOT NULL
);

-- What one assessment asked for: the catalogue as it stood when its information return opened, so a
-- later change to the catalogue never changes what a council was asked.
CREATE TABLE assessment_request_items (
    assessment_id       uuid          NOT NULL REFERENCES assessments (id),
    code                varchar(40)   NOT NULL,
    title               varchar(200)  NOT NULL,
    guidance            varchar(4000) NOT NULL,
    statements          varchar(100)  NOT NULL,
    required            boolean       NOT NULL,
    position            integer       NOT NULL,
    PRIMARY KEY (assessment_id, code)
);

-- Each answer a council gives to a request; a new answer is a new version and earlier ones are kept.
CREATE TABLE request_answers (
    id                  uuid          PRIMARY KEY,
    assessment_id       uuid          NOT NULL,
    item_code           varchar(40)   NOT NULL,
    version             integer       NOT NULL CHECK (version >= 1),
    kind                varchar(20)   NOT NULL CHECK (kind IN ('documents', 'reference', 'link', 'not_held')),
    effective_on        date,
    link_url            varchar(2000),
    not_held_reason     varchar(2000),
    reference_document_id uuid        REFERENCES documents (id),
    reference_section   varchar(200),
    reference_page_from integer       CHECK (reference_page_from >= 1),
    reference_page_to   integer       CHECK (reference_page_to >= reference_page_from),
    answered_by         varchar(254)  NOT NULL,
    answered_at         timestamptz   NOT NULL,
    FOREIGN KEY (assessment_id, item_code) REFERENCES assessment_request_items (assessment_id, code),
    UNIQUE (assessment_id, item_code, version),
    CHECK (kind = 'not_held' OR effective_on IS NOT NULL),
    CHECK ((kind = 'link') = (link_url IS NOT NULL)),
    CHECK ((kind = 'not_held') = (not_held_reason IS NOT NULL)),
    CHECK ((kind = 'reference') = (reference_document_id IS NOT NULL))
);

CREATE TABLE request_answer_documents (
    answer_id           uuid          NOT NULL REFERENCES request_answers (id),
    document_id         uuid          NOT NULL REFERENCES documents (id),
    PRIMARY KEY (answer_id, document_id)
);

CREATE INDEX request_answer_documents_document_idx ON request_answer_documents (document_id);

CREATE FUNCTION refuse_answer_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'information return answers are kept as given: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER request_answers_append_only
    BEFORE UPDATE OR DELETE ON request_answers
    FOR EACH ROW EXECUTE FUNCTION refuse_answer_change();

CREATE TRIGGER request_answer_documents_append_only
    BEFORE UPDATE OR DELETE ON request_answer_documents
    FOR EACH ROW EXECUTE FUNCTION refuse_answer_change();
