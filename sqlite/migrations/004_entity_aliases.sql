-- What each document calls an entity: the texts of its mentions with their
-- counts and the titles it gives it, as JSON arrays, accumulated across
-- documents by Entities. Rows stored before this migration have none.
ALTER TABLE entities ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
ALTER TABLE entities ADD COLUMN titles TEXT NOT NULL DEFAULT '[]';
