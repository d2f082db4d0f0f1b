-- An assessment can be withdrawn before publication: it is then closed, neither open nor published.
ALTER TABLE assessments DROP CONSTRAINT assessments_status_check;
ALTER TABLE assessments
    ADD CONSTRAINT assessments_status_check CHECK (status IN ('in_progress', 'published', 'withdrawn'));
