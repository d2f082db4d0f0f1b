-- Who last changed an assessment and when, so a conflicting edit can say who got there first.
ALTER TABLE assessments ADD COLUMN updated_by varchar(254);
ALTER TABLE assessments ADD COLUMN updated_at timestamptz;
