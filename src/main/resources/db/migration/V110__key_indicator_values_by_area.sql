-- Storing a year's ASCOF file writes some 30,000 values, and each index and per-row check on
-- indicator_values is paid for every one of them. Every query reads values by area (a council,
-- its region and type, England) or all councils' values at once, so one key that starts with the
-- area serves them all, and the other two indexes go: the area index is the key's own prefix now,
-- and the import index served no query (imports are never deleted).
ALTER TABLE indicator_values DROP CONSTRAINT indicator_values_pkey;
ALTER TABLE indicator_values
    ADD PRIMARY KEY (area_level, area_code, source, measure_code, period, disaggregation);
DROP INDEX indicator_values_area_idx;
DROP INDEX indicator_values_import_id_idx;

-- Each value still names the import that stored it, and that import must exist. The foreign key
-- checked it one row at a time (about 90 ms per 30,000 values); these triggers check each
-- statement's rows together, and imports can no longer be deleted, so none can vanish later.
ALTER TABLE indicator_values DROP CONSTRAINT indicator_values_import_id_fkey;

CREATE FUNCTION indicator_values_check_imports() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM stored s
                WHERE NOT EXISTS (SELECT 1 FROM indicator_imports i WHERE i.id = s.import_id)) THEN
        RAISE EXCEPTION 'indicator values must name an import that exists'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER indicator_values_inserted_check_imports
    AFTER INSERT ON indicator_values REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_values_check_imports();
CREATE TRIGGER indicator_values_updated_check_imports
    AFTER UPDATE ON indicator_values REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_values_check_imports();

CREATE FUNCTION indicator_imports_refuse_deletion() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'imports are the record of where indicator values came from and are never deleted'
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER indicator_imports_kept
    BEFORE DELETE OR TRUNCATE ON indicator_imports
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_imports_refuse_deletion();
