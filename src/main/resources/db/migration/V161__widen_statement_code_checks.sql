-- Statement codes follow the framework's own rule, QS followed by its number from 1 (QS10 too),
-- so that a revised framework with more statements can be stored like the current one.
ALTER TABLE request_items DROP CONSTRAINT request_items_statements_check;
ALTER TABLE request_items ADD CONSTRAINT request_items_statements_check
    CHECK (statements ~ '^(QS[1-9][0-9]*(,QS[1-9][0-9]*)*)?$');

ALTER TABLE case_notes DROP CONSTRAINT case_notes_statements_check;
ALTER TABLE case_notes ADD CONSTRAINT case_notes_statements_check
    CHECK (statements ~ '^QS[1-9][0-9]*(,QS[1-9][0-9]*)*$');

ALTER TABLE feedback_tags DROP CONSTRAINT feedback_tags_statements_check;
ALTER TABLE feedback_tags ADD CONSTRAINT feedback_tags_statements_check
    CHECK (statements ~ '^(QS[1-9][0-9]*(,QS[1-9][0-9]*)*)?$');

ALTER TABLE onsite_notes DROP CONSTRAINT onsite_notes_statements_check;
ALTER TABLE onsite_notes ADD CONSTRAINT onsite_notes_statements_check
    CHECK (statements ~ '^QS[1-9][0-9]*(,QS[1-9][0-9]*)*$');
