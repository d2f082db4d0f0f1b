CREATE TABLE councils (
    gss_code            varchar(9)   PRIMARY KEY CHECK (gss_code ~ '^E(06|08|09|10)[0-9]{6}$'),
    la_code             varchar(3)   NOT NULL UNIQUE,
    official_name       text         NOT NULL,
    name                text         NOT NULL,
    region              text         NOT NULL,
    type_code           varchar(3)   NOT NULL CHECK (type_code IN ('CTY', 'UA', 'MD', 'LBO', 'CC')),
    population          integer      CHECK (population > 0),
    area_km2            numeric(10, 1),
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    gov_uk_slug         text,
    alt_names           text[]       NOT NULL DEFAULT '{}'
);

CREATE INDEX councils_region_idx ON councils (region);
CREATE INDEX councils_type_code_idx ON councils (type_code);
