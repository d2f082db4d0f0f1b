-- Failed sign-ins, kept for a day, to slow guessing per account and per address.
CREATE TABLE sign_in_failures (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email               varchar(254) NOT NULL,
    address             varchar(64)  NOT NULL,
    failed_at           timestamptz  NOT NULL
);

CREATE INDEX sign_in_failures_email_idx ON sign_in_failures (email, failed_at);
CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (address, failed_at);
