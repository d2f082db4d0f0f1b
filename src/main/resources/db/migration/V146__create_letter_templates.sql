-- The wording of each letter and message Assure sends, kept as data so administrators can edit it.
-- Placeholders such as {council} are filled in when a letter is written; unknown ones are refused
-- when a template is saved.
CREATE TABLE letter_templates (
    kind                varchar(40)  PRIMARY KEY,
    subject             varchar(200) NOT NULL CHECK (length(btrim(subject)) > 0),
    body                text         NOT NULL CHECK (length(btrim(body)) > 0),
    changed_by          varchar(254) NOT NULL,
    changed_at          timestamptz  NOT NULL,
    version             integer      NOT NULL DEFAULT 0
);
