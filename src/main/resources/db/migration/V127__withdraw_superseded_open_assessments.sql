-- Before one open assessment per council became the rule a council could have several. Keep the
-- newest open one of each council and withdraw the older ones, saying why.
INSERT INTO assessment_withdrawals (assessment_id, actor, withdrawn_at, reason)
SELECT a.id, 'system', now(),
       'Withdrawn when one open assessment per council became the rule: a newer assessment of the council was open.'
  FROM assessments a
 WHERE a.status = 'in_progress' AND NOT a.demo
   AND EXISTS (SELECT 1 FROM assessments b
                WHERE b.council_gss = a.council_gss AND b.status = 'in_progress' AND NOT b.demo
                  AND (b.created_at, b.id) > (a.created_at, a.id));

UPDATE assessments SET status = 'withdrawn', version = version + 1
 WHERE id IN (SELECT assessment_id FROM assessment_withdrawals);
