// Package postgres is the shared chronicle.Store: a PostgreSQL database
// reached through github.com/jackc/pgx/v5, for many processes on many
// machines.
//
// Open applies the embedded migrations (migrations/NNN_name.sql, in order,
// each in a transaction under an advisory lock so that processes starting
// together migrate once, recorded in schema_migrations) and returns a Store.
// PutDocument keeps the whole Document as JSONB in articles.document and
// flattens its layers into the tables entities, quotes, figures, events and
// event_actors; generated tsvector columns with GIN indexes serve full-text
// search over article titles and text and over quotes. A new article
// joins a near-duplicate group (articles.grp) through the LSH band keys of
// the groups' first documents (article_bands), and each of its events
// joins a merged event (events.merged, events.mday) through the lookup
// keys of merged events' first reports (event_keys); the rules are package
// chronicle/dedup's, and a put that groups or merges first takes an
// advisory lock per band key and per event type and actor key (see
// mergeLocks), so that two copies stored at once still meet while
// unrelated articles are stored side by side. Invariants: every
// row of a layer table belongs to one article row, the rows of an article
// always come from the Document stored in it (a put replaces them in one
// transaction), and puts of one document ID are serialised by an advisory
// lock. Text in PostgreSQL cannot hold NUL bytes; documents with them are
// refused.
package postgres
