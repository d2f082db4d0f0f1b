-- Email waiting to be sent. Written in the same transaction as whatever it tells people about;
-- sent when SMTP is configured, and readable by administrators when it is not.
CREATE TABLE email_outbox (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient           varchar(254) NOT NULL,
    subject             varchar(200) NOT NULL,
    body                text         NOT NULL,
    created_at          timestamptz  NOT NULL,
    sent_at             timestamptz,
    attempts            integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error          text
);

CREATE INDEX email_outbox_unsent_idx ON email_outbox (created_at) WHERE sent_at IS NULL;
