-- Each message's status, and when a message that could not be sent is tried again: later after
-- each failure, until it is given up as failed.
ALTER TABLE email_outbox ADD COLUMN status varchar(10) NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'sent', 'failed'));
ALTER TABLE email_outbox ADD COLUMN next_attempt_at timestamptz;

UPDATE email_outbox SET status = 'sent' WHERE sent_at IS NOT NULL;
UPDATE email_outbox SET status = 'failed' WHERE sent_at IS NULL AND attempts >= 5;
UPDATE email_outbox SET next_attempt_at = created_at;

ALTER TABLE email_outbox ALTER COLUMN next_attempt_at SET NOT NULL;
ALTER TABLE email_outbox ADD CHECK ((status = 'sent') = (sent_at IS NOT NULL));

DROP INDEX email_outbox_unsent_idx;
CREATE INDEX email_outbox_queued_idx ON email_outbox (next_attempt_at) WHERE status = 'queued';
