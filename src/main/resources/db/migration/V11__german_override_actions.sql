-- Domain values are German in code and database (docs/architecture.md, Glossar): the override actions
-- get the names of their German labels. The command words (pin, exclude, ...) stay as they are.
UPDATE override_entry SET action = CASE action
    WHEN 'PIN' THEN 'FEST_ZUWEISEN' WHEN 'EXCLUDE' THEN 'AUSSCHLIESSEN' WHEN 'WITHDRAW' THEN 'ZURUECKZIEHEN'
    WHEN 'CONFIRM' THEN 'BESTAETIGEN' WHEN 'CHANGE_PLACES' THEN 'PLAETZE_AENDERN' WHEN 'RELEASE' THEN 'AUFHEBEN'
    ELSE action END;
UPDATE override_proposal SET action = CASE action
    WHEN 'PIN' THEN 'FEST_ZUWEISEN' WHEN 'EXCLUDE' THEN 'AUSSCHLIESSEN' WHEN 'WITHDRAW' THEN 'ZURUECKZIEHEN'
    WHEN 'CONFIRM' THEN 'BESTAETIGEN' WHEN 'CHANGE_PLACES' THEN 'PLAETZE_AENDERN' WHEN 'RELEASE' THEN 'AUFHEBEN'
    ELSE action END;
