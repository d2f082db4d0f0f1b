-- The on-site visit's plan: interviews, focus groups and drop-ins, and assessors' notes from them.
CREATE TABLE onsite_sessions (
    id                  uuid          PRIMARY KEY,
    assessment_id       uuid          NOT NULL REFERENCES assessments (id),
    kind                varchar(20)   NOT NULL CHECK (kind IN ('interview', 'focus_group', 'drop_in')),
    title               varchar(200)  NOT NULL CHECK (length(btrim(title)) > 0),
    held_on             date          NOT NULL,
    starts_at           time          NOT NULL,
    ends_at             time          NOT NULL CHECK (ends_at > starts_at),
    place               varchar(300)  NOT NULL CHECK (length(btrim(place)) > 0),
    attendee_roles      varchar(300)  NOT NULL CHECK (length(attendee_roles) > 0),
    assessors           varchar(500)  NOT NULL,
    planned_by          varchar(254)  NOT NULL,
    planned_at          timestamptz   NOT NULL
);

CREATE INDEX onsite_sessions_assessment_idx ON onsite_sessions (assessment_id, held_on, starts_at);

CREATE TABLE onsite_notes (
    id                  uuid          PRIMARY KEY,
    session_id          uuid          NOT NULL REFERENCES onsite_sessions (id),
    body                varchar(10000) NOT NULL CHECK (length(btrim(body)) > 0),
    category            varchar(30)   NOT NULL CHECK (category IN ('PEOPLE_EXPERIENCE', 'FEEDBACK_STAFF_LEADERS', 'FEEDBACK_PARTNERS', 'PROCESSES')),
    statements          varchar(100)  NOT NULL CHECK (statements ~ '^QS[1-9](,QS[1-9])*$'),
    written_by          varchar(254)  NOT NULL,
    written_at          timestamptz   NOT NULL
);

CREATE INDEX onsite_notes_session_idx ON onsite_notes (session_id, written_at);
