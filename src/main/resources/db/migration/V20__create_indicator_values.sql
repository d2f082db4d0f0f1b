-- Published performance data: one value per measure, period, breakdown and area. England,
-- region and council-type rows are kept as benchmarks beside the councils' own.
CREATE TABLE indicator_imports (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source              varchar(20)  NOT NULL CHECK (source IN ('ascof', 'survey', 'workforce', 'generic')),
    file_name           text         NOT NULL,
    sha256              char(64)     NOT NULL,
    period              varchar(20),
    rows_read           integer      NOT NULL CHECK (rows_read >= 0),
    values_stored       integer      NOT NULL CHECK (values_stored >= 0),
    imported_at         timestamptz  NOT NULL,
    imported_by         varchar(254) NOT NULL
);

CREATE TABLE indicator_values (
    source              varchar(20)  NOT NULL CHECK (source IN ('ascof', 'survey', 'workforce', 'generic')),
    measure_code        varchar(100) NOT NULL,
    measure_group       text,
    period              varchar(20)  NOT NULL,
    disaggregation      varchar(200) NOT NULL DEFAULT 'Total',
    area_level          varchar(20)  NOT NULL CHECK (area_level IN ('council', 'region', 'council_type', 'england')),
    area_code           varchar(100) NOT NULL,
    area_name           text,
    status              varchar(20)  NOT NULL CHECK (status IN ('available', 'suppressed', 'not_available')),
    value               numeric,
    numerator           numeric,
    denominator         numeric,
    base                numeric,
    margin_of_error     numeric,
    unit                varchar(40),
    import_id           bigint       NOT NULL REFERENCES indicator_imports (id),
    PRIMARY KEY (source, measure_code, period, disaggregation, area_level, area_code),
    CHECK ((status = 'available') = (value IS NOT NULL))
);

CREATE INDEX indicator_values_area_idx ON indicator_values (area_level, area_code, measure_code);
CREATE INDEX indicator_values_import_id_idx ON indicator_values (import_id);

-- NHS England's three-digit council codes (CASSR), learnt from files that carry both codes.
CREATE TABLE council_cassr_codes (
    cassr_code          varchar(3)   PRIMARY KEY CHECK (cassr_code ~ '^[0-9]{3}$'),
    gss_code            varchar(9)   NOT NULL UNIQUE REFERENCES councils (gss_code)
);
