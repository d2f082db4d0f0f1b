-- Reminders already sent, one row each: the key lets only one instance send a reminder, once.
-- A due date that moves (an extension) is a new date, so it is reminded of again.
CREATE TABLE letter_reminders (
    assessment_id       uuid         NOT NULL REFERENCES assessments (id),
    kind                varchar(40)  NOT NULL CHECK (kind IN
                            ('information_return_reminder', 'information_return_overdue',
                             'factual_accuracy_reminder', 'factual_accuracy_overdue')),
    due_on              date         NOT NULL,
    sent_at             timestamptz  NOT NULL,
    PRIMARY KEY (assessment_id, kind, due_on)
);
