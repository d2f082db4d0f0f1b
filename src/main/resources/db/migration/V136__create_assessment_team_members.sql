-- Each assessment's team: its one lead, its assessors and its external reviewers. Nobody appears
-- twice in one team; the staff who are on it are the only assessors who may open the assessment.
CREATE TABLE assessment_team_members (
    assessment_id       uuid          NOT NULL REFERENCES assessments (id),
    user_id             uuid          NOT NULL REFERENCES users (id),
    team_role           varchar(20)   NOT NULL CHECK (team_role IN ('lead', 'assessor', 'external_reviewer')),
    added_by            varchar(254)  NOT NULL,
    added_at            timestamptz   NOT NULL,
    PRIMARY KEY (assessment_id, user_id)
);

CREATE UNIQUE INDEX assessment_team_members_one_lead_idx
    ON assessment_team_members (assessment_id) WHERE team_role = 'lead';
CREATE INDEX assessment_team_members_user_idx ON assessment_team_members (user_id);
