-- Failed password sign-ins, second-factor codes and password-reset requests are counted apart, so
-- that wrong authenticator codes cannot slow down password sign-in and reset requests from one
-- address cannot hold up anyone else's.
ALTER TABLE sign_in_failures
    ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'password'
        CHECK (kind IN ('password', 'second_factor', 'password_reset'));

DROP INDEX sign_in_failures_email_idx;
DROP INDEX sign_in_failures_address_idx;
CREATE INDEX sign_in_failures_email_idx ON sign_in_failures (kind, email, failed_at);
CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (kind, address, failed_at);
