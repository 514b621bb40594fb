// Package storerows holds what the SQL backends of chronicle.Store
// (chronicle/sqlite and chronicle/postgres) share:
// flattening a chronicle.Document into the rows of the query tables, the
// opaque page cursors, the word and prefix helpers their queries use, the
// text of the event, quote, entity and timeline queries (Params writes it
// in either Dialect: placeholders and the substring function differ) and
// reading their embedded schema migrations, and what grouping
// near-duplicates and merging events need: the candidate queries, the
// choice among candidates (AssignMerged, with dedup's rules), the merged
// event built from its reports (BuildMerged) and entities' accumulated
// aliases and titles (AddEntityDetails). Full-text search, the writes
// and the row scanning stay in each backend: their SQL or driver differs.
//
// Inputs are a Document with the ArticleSource it was found at, cursors
// and query text as a user sends them, and an fs.FS of migrations. Outputs
// are a Flat (the article row and its entity, quote, figure and event
// rows, in document order), cursor strings, query text with its arguments
// and Migrations in version order.
//
// Invariants: Flatten accepts only a Document that passes Check, sets
// doc.ID to DocumentID(doc.Text) when it is empty and changes nothing
// else; the rows of a Flat point into the Document, so it must not change
// while they are in use. A cursor made by EncodeCursor decodes by
// DecodeCursor to the same key; any other string is chronicle.ErrInvalid,
// never a panic. A query's placeholders appear in its text in the order of
// Params.Args. Everything here keeps no state and is safe for concurrent
// use; a Params belongs to one query.
package storerows
