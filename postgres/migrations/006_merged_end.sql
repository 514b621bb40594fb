-- The last day of each merged event's date (events.mend, with events.mday
-- its first): a timeline counts an event dated to a month or a year apart
-- from its weekly or monthly buckets instead of on the period's first day.
-- Events stored before this migration are taken to last one day, as they
-- were counted before, until they are stored again.
ALTER TABLE events ADD COLUMN mend TEXT NOT NULL DEFAULT '';
UPDATE events SET mend = mday;
