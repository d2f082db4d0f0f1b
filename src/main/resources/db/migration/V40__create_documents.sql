-- Files sent for an assessment. The bytes of each distinct file (by SHA-256) are kept once, in
-- 1 MiB chunks; every upload of it is a document of an assessment pointing at those bytes.
CREATE TABLE document_contents (
    sha256              char(64)     PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes          bigint       NOT NULL CHECK (size_bytes > 0),
    media_type          varchar(255) NOT NULL,
    stored_at           timestamptz  NOT NULL,
    extraction_status   varchar(20)  NOT NULL DEFAULT 'waiting'
                        CHECK (extraction_status IN ('waiting', 'extracting', 'extracted', 'failed')),
    extraction_problem  varchar(20)
                        CHECK (extraction_problem IN ('timed_out', 'expands_too_far', 'encrypted', 'unreadable')),
    extraction_started_at timestamptz,
    extracted_at        timestamptz,
    page_count          integer      CHECK (page_count >= 0),
    text_truncated      boolean      NOT NULL DEFAULT false
);

CREATE INDEX document_contents_waiting_idx ON document_contents (stored_at)
    WHERE extraction_status IN ('waiting', 'extracting');

CREATE TABLE document_chunks (
    sha256              char(64)     NOT NULL REFERENCES document_contents (sha256),
    sequence            integer      NOT NULL CHECK (sequence >= 0),
    bytes               bytea        NOT NULL,
    PRIMARY KEY (sha256, sequence)
);

-- Most documents are compressed already: store chunks out of line without trying to compress them.
ALTER TABLE document_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;

CREATE TABLE documents (
    id                  uuid         PRIMARY KEY,
    assessment_id       uuid         NOT NULL REFERENCES assessments (id),
    sha256              char(64)     NOT NULL REFERENCES document_contents (sha256),
    file_name           varchar(150) NOT NULL,
    uploaded_by         varchar(254) NOT NULL,
    uploaded_at         timestamptz  NOT NULL,
    UNIQUE (assessment_id, sha256)
);

CREATE INDEX documents_sha256_idx ON documents (sha256);

CREATE TABLE document_passages (
    sha256              char(64)     NOT NULL REFERENCES document_contents (sha256),
    ordinal             integer      NOT NULL CHECK (ordinal >= 1),
    page                integer      CHECK (page >= 1),
    body                text         NOT NULL CHECK (length(body) <= 2000),
    search_vector       tsvector     GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
    PRIMARY KEY (sha256, ordinal)
);

CREATE INDEX document_passages_search_idx ON document_passages USING gin (search_vector);
