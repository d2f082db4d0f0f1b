-- The people at each council who are written to about its assessment: the director of adult social
-- services, the principal social worker and nominated assessment contacts (several of each allowed).
CREATE TABLE council_contacts (
    id                  uuid         PRIMARY KEY,
    council_gss         varchar(9)   NOT NULL REFERENCES councils (gss_code),
    kind                varchar(30)  NOT NULL CHECK (kind IN
                            ('dass', 'principal_social_worker', 'assessment_contact')),
    name                varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    email               varchar(254) NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    job_title           varchar(200) NOT NULL DEFAULT '',
    changed_by          varchar(254) NOT NULL,
    changed_at          timestamptz  NOT NULL,
    version             integer      NOT NULL DEFAULT 0,
    UNIQUE (council_gss, kind, email)
);

CREATE INDEX council_contacts_council_gss_idx ON council_contacts (council_gss);
