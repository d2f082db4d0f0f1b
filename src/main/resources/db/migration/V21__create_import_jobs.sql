-- Imports started from the staff area, run in the background; the page polls their progress.
CREATE TABLE import_jobs (
    id                  uuid         PRIMARY KEY,
    layout              varchar(20)  NOT NULL CHECK (layout IN ('ascof', 'survey', 'workforce', 'generic')),
    file_name           varchar(255) NOT NULL,
    period              varchar(20),
    status              varchar(20)  NOT NULL CHECK (status IN ('running', 'imported', 'rejected', 'failed')),
    rows_read           bigint       NOT NULL DEFAULT 0,
    report              text         NOT NULL DEFAULT '',
    started_by          varchar(254) NOT NULL,
    started_at          timestamptz  NOT NULL,
    finished_at         timestamptz
);

CREATE INDEX import_jobs_started_at_idx ON import_jobs (started_at);
