-- One open assessment per council: two people starting one at once cannot both succeed.
CREATE UNIQUE INDEX assessments_one_open_per_council
    ON assessments (council_gss) WHERE status = 'in_progress' AND NOT demo;
