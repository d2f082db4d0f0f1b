-- The care market figures from the regulator's care directory: one snapshot per as-of date, with
-- the figures computed per council and for England (the directory's rows are not kept).
CREATE TABLE care_market_snapshots (
    as_of               date         PRIMARY KEY,
    file_sha256         char(64)     NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    rows_read           integer      NOT NULL CHECK (rows_read >= 0),
    imported_at         timestamptz  NOT NULL
);

-- An area is a council (by GSS code) or England ('england'); home care spread per area.
CREATE TABLE care_market_areas (
    as_of                   date         NOT NULL REFERENCES care_market_snapshots (as_of) ON DELETE CASCADE,
    area                    varchar(9)   NOT NULL CHECK (area = 'england' OR area ~ '^E(06|08|09|10)[0-9]{6}$'),
    council_gss             varchar(9)   REFERENCES councils (gss_code),
    domiciliary_providers   integer      NOT NULL CHECK (domiciliary_providers >= 0),
    domiciliary_locations   integer      NOT NULL CHECK (domiciliary_locations >= domiciliary_providers),
    PRIMARY KEY (as_of, area),
    CHECK ((area = 'england') = (council_gss IS NULL)),
    CHECK (council_gss IS NULL OR council_gss = area)
);
CREATE INDEX care_market_areas_council_gss_idx ON care_market_areas (council_gss);

-- The figures for each group of counted locations in an area.
CREATE TABLE care_market_figures (
    as_of                   date         NOT NULL,
    area                    varchar(9)   NOT NULL,
    market_group            varchar(12)  NOT NULL CHECK (market_group IN ('community', 'residential', 'all')),
    locations               integer      NOT NULL CHECK (locations >= 0),
    rated                   integer      NOT NULL CHECK (rated >= 0 AND rated <= locations),
    under_two_years         integer      NOT NULL CHECK (under_two_years >= 0),
    two_to_four_years       integer      NOT NULL CHECK (two_to_four_years >= 0),
    four_to_eight_years     integer      NOT NULL CHECK (four_to_eight_years >= 0),
    eight_years_or_more     integer      NOT NULL CHECK (eight_years_or_more >= 0),
    average_age_years       numeric(5, 1) CHECK (average_age_years IS NOT NULL OR rated = 0),
    inherited               integer      NOT NULL CHECK (inherited >= 0 AND inherited <= rated),
    outstanding             integer      NOT NULL CHECK (outstanding >= 0),
    good                    integer      NOT NULL CHECK (good >= 0),
    requires_improvement    integer      NOT NULL CHECK (requires_improvement >= 0),
    inadequate              integer      NOT NULL CHECK (inadequate >= 0),
    PRIMARY KEY (as_of, area, market_group),
    FOREIGN KEY (as_of, area) REFERENCES care_market_areas (as_of, area) ON DELETE CASCADE,
    CHECK (under_two_years + two_to_four_years + four_to_eight_years + eight_years_or_more = rated),
    CHECK (outstanding + good + requires_improvement + inadequate = rated)
);
