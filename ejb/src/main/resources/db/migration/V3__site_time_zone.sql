-- Each site's time zone (an IANA region such as Europe/Berlin, or UTC): "today" at the site decides whether
-- a date entered there lies in the future. Sites created before this version keep UTC, which was the rule.
ALTER TABLE site ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC';
