// Package sqlite is the embedded chronicle.Store: one SQLite file opened
// through modernc.org/sqlite (pure Go, no cgo) in WAL mode.
//
// Open applies the embedded migrations (migrations/NNN_name.sql, in order,
// each in a transaction, recorded in schema_migrations) and returns a Store.
// PutDocument keeps the whole Document as JSON in articles.document and
// flattens its layers into the tables entities, quotes, figures, events and
// event_actors; FTS5 tables index article titles and text and quote text.
// A new article joins a near-duplicate group (articles.grp) through the
// LSH band keys of the groups' first documents (article_bands), and each
// of its events joins a merged event (events.merged, events.mday) through
// the lookup keys of merged events' first reports (event_keys); the rules
// are package chronicle/dedup's.
// Invariants: every row of a layer table belongs to one article row, and the
// rows of an article always come from the Document stored in it (a put
// replaces them in one transaction). Writes are serialised (SQLite has one
// writer); reads run concurrently.
package sqlite
