-- Articles: one row per document (keyed by its content hash), the whole
-- Document as JSON, and the columns queries need. Key columns sort
-- byte-wise (COLLATE "C") so that cursors order as in SQLite.
CREATE TABLE articles (
	id        TEXT COLLATE "C" PRIMARY KEY,
	hash      TEXT NOT NULL,
	url       TEXT NOT NULL,
	title     TEXT NOT NULL,
	published TEXT NOT NULL,
	day       TEXT COLLATE "C" NOT NULL,
	language  TEXT NOT NULL,
	text      TEXT NOT NULL,
	document  JSONB NOT NULL,
	stored    TIMESTAMPTZ NOT NULL,
	tsv       TSVECTOR GENERATED ALWAYS AS (
		setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')) STORED
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_day ON articles (day, id);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

-- Where each article was found.
CREATE TABLE sources (
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq        BIGSERIAL,
	url        TEXT NOT NULL,
	path       TEXT NOT NULL,
	fetched    TIMESTAMPTZ,
	PRIMARY KEY (article_id, url, path)
);

CREATE TABLE entities (
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	name       TEXT COLLATE "C" NOT NULL,
	type       TEXT COLLATE "C" NOT NULL,
	country    TEXT COLLATE "C" NOT NULL,
	sector     TEXT COLLATE "C" NOT NULL,
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_name ON entities (name, type, country);

CREATE TABLE quotes (
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	day        TEXT COLLATE "C" NOT NULL,
	kind       TEXT NOT NULL,
	speaker    TEXT NOT NULL, -- the speaker entity's name, else the speaker text
	text       TEXT NOT NULL,
	quote      JSONB NOT NULL,
	tsv        TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_day ON quotes (day, article_id, idx);
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);

CREATE TABLE figures (
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	value      DOUBLE PRECISION NOT NULL,
	unit       TEXT NOT NULL,
	about      TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
	article_id    TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	day           TEXT COLLATE "C" NOT NULL,
	type          TEXT NOT NULL,
	mode          TEXT NOT NULL,
	status        TEXT NOT NULL,
	place_name    TEXT NOT NULL,
	place_country TEXT NOT NULL,
	evidence      TEXT NOT NULL,
	event         JSONB NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_day ON events (day, article_id, idx);
CREATE INDEX events_type ON events (type, day);

-- Actors and recipients of events; role is 'actor' or 'recipient'.
CREATE TABLE event_actors (
	article_id TEXT COLLATE "C" NOT NULL,
	event_idx  INTEGER NOT NULL,
	role       TEXT NOT NULL,
	pos        INTEGER NOT NULL,
	code       TEXT COLLATE "C" NOT NULL,
	name       TEXT NOT NULL,
	entity     TEXT NOT NULL,
	PRIMARY KEY (article_id, event_idx, role, pos),
	FOREIGN KEY (article_id, event_idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX event_actors_code ON event_actors (role, code, article_id, event_idx);
