-- The audit trail: appended to, never changed. Each entry carries the hash of the one before, so
-- any later edit, removal or reordering breaks the chain where it happened.
CREATE TABLE audit_events (
    sequence            bigint       PRIMARY KEY CHECK (sequence > 0),
    occurred_at         timestamptz  NOT NULL,
    actor               varchar(254) NOT NULL,
    actor_role          varchar(20),
    action              varchar(40)  NOT NULL,
    subject_type        varchar(40),
    subject_id          varchar(100),
    council_gss         varchar(9),
    client_address      varchar(64),
    details             text         NOT NULL DEFAULT '{}',
    previous_hash       char(64)     NOT NULL,
    hash                char(64)     NOT NULL UNIQUE
);

CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_action_idx ON audit_events (action);
CREATE INDEX audit_events_council_gss_idx ON audit_events (council_gss);

CREATE FUNCTION refuse_audit_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();

CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
