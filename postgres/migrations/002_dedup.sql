-- Near-duplicate article groups and cross-document event merging (see
-- package chronicle/dedup). Documents stored before this migration are
-- each their own group and their events their own merged events; they
-- have no band keys or event keys, so later documents do not match them
-- until they are stored again.

-- The near-duplicate group of an article: the ID of its group's first
-- document.
ALTER TABLE articles ADD COLUMN grp TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE articles SET grp = id;
CREATE INDEX articles_grp ON articles (grp);

-- The LSH band keys of each article's MinHash signature.
CREATE TABLE article_bands (
	key        BIGINT NOT NULL,
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (key, article_id)
);

-- The merged event each event reports ("document/index" of its first
-- report) and that merged event's day.
ALTER TABLE events ADD COLUMN merged TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN mday TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE events SET merged = article_id || '/' || idx, mday = day;
CREATE INDEX events_merged ON events (merged);
CREATE INDEX events_mday ON events (mday, merged);

-- Lookup keys of mergeable events: type, actor key (dedup.ActorKey) and
-- the first day of the event's date.
CREATE TABLE event_keys (
	type       TEXT NOT NULL,
	key        TEXT COLLATE "C" NOT NULL,
	lo         TEXT COLLATE "C" NOT NULL,
	article_id TEXT COLLATE "C" NOT NULL,
	event_idx  INTEGER NOT NULL,
	PRIMARY KEY (type, key, lo, article_id, event_idx),
	FOREIGN KEY (article_id, event_idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX event_keys_event ON event_keys (article_id, event_idx);
