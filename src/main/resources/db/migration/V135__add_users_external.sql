-- Staff accounts of external specialist reviewers, who join assessment teams as reviewers.
ALTER TABLE users ADD COLUMN external boolean NOT NULL DEFAULT false;
