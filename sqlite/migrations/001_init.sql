-- Articles: one row per document (keyed by its content hash), the whole
-- Document as JSON, and the columns queries need.
CREATE TABLE articles (
	id        TEXT PRIMARY KEY,
	hash      TEXT NOT NULL,
	url       TEXT NOT NULL,
	title     TEXT NOT NULL,
	published TEXT NOT NULL,
	day       TEXT NOT NULL,
	language  TEXT NOT NULL,
	text      TEXT NOT NULL,
	document  TEXT NOT NULL,
	stored    TEXT NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_day ON articles (day, id);

-- Where each article was found.
CREATE TABLE sources (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	url        TEXT NOT NULL,
	path       TEXT NOT NULL,
	fetched    TEXT NOT NULL,
	PRIMARY KEY (article_id, url, path)
);

CREATE TABLE entities (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	country    TEXT NOT NULL,
	sector     TEXT NOT NULL,
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_name ON entities (name, type, country);

CREATE TABLE quotes (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	day        TEXT NOT NULL,
	kind       TEXT NOT NULL,
	speaker    TEXT NOT NULL, -- the speaker entity's name, else the speaker text
	text       TEXT NOT NULL,
	quote      TEXT NOT NULL, -- the Quote as JSON
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_day ON quotes (day, article_id, idx);

CREATE TABLE figures (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	value      REAL NOT NULL,
	unit       TEXT NOT NULL,
	about      TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
	article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	day           TEXT NOT NULL,
	type          TEXT NOT NULL,
	mode          TEXT NOT NULL,
	status        TEXT NOT NULL,
	place_name    TEXT NOT NULL,
	place_country TEXT NOT NULL,
	evidence      TEXT NOT NULL,
	event         TEXT NOT NULL, -- the Event as JSON
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_day ON events (day, article_id, idx);
CREATE INDEX events_type ON events (type, day);

-- Actors and recipients of events; role is 'actor' or 'recipient'.
CREATE TABLE event_actors (
	article_id TEXT NOT NULL,
	event_idx  INTEGER NOT NULL,
	role       TEXT NOT NULL,
	pos        INTEGER NOT NULL,
	code       TEXT NOT NULL,
	name       TEXT NOT NULL,
	entity     TEXT NOT NULL,
	PRIMARY KEY (article_id, event_idx, role, pos),
	FOREIGN KEY (article_id, event_idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX event_actors_code ON event_actors (role, code, article_id, event_idx);

-- Full-text indexes, maintained by the store alongside the rows above: the
-- rowid of an articles_fts (quotes_fts) row is that of its articles (quotes)
-- row.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, tokenize = 'porter unicode61');
