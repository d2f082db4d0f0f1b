CREATE TABLE users (
    id                  uuid         PRIMARY KEY,
    email               varchar(254) NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
    role                varchar(20)  NOT NULL CHECK (role IN
                            ('admin', 'lead_assessor', 'assessor', 'analyst', 'panel', 'council')),
    council_gss         varchar(9)   REFERENCES councils (gss_code),
    password_hash       text,
    totp_secret         text,
    active              boolean      NOT NULL DEFAULT true,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    version             integer      NOT NULL DEFAULT 0,
    CHECK ((role = 'council') = (council_gss IS NOT NULL))
);

CREATE INDEX users_council_gss_idx ON users (council_gss);

-- Single-use links for invitations and password resets; only a hash of each token is kept.
CREATE TABLE user_tokens (
    token_hash          char(64)     PRIMARY KEY,
    user_id             uuid         NOT NULL REFERENCES users (id),
    purpose             varchar(20)  NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
    expires_at          timestamptz  NOT NULL,
    used_at             timestamptz
);

CREATE INDEX user_tokens_user_id_idx ON user_tokens (user_id);
