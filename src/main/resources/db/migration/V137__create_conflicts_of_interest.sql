-- Conflicts of interest staff declare with a council: they cannot join that council's teams.
CREATE TABLE conflicts_of_interest (
    user_id             uuid          NOT NULL REFERENCES users (id),
    council_gss         varchar(9)    NOT NULL REFERENCES councils (gss_code),
    reason              varchar(500)  NOT NULL CHECK (length(btrim(reason)) > 0),
    recorded_by         varchar(254)  NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    PRIMARY KEY (user_id, council_gss)
);

CREATE INDEX conflicts_of_interest_council_idx ON conflicts_of_interest (council_gss);
