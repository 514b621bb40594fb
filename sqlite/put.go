package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"chronicle"
	"chronicle/dedup"
	"chronicle/internal/storerows"
)

// PutDocument stores doc, found at src; see chronicle.Store.
func (s *Store) PutDocument(ctx context.Context, doc *chronicle.Document, src chronicle.ArticleSource) (string, bool, error) {
	f, err := storerows.Flatten(doc, src)
	if err != nil {
		return "", false, wrap("put", "", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return "", false, wrap("put", f.ID, err)
	}
	defer tx.Rollback()
	created, err := s.put(ctx, newStmtTx(tx), f, src)
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		return "", false, wrap("put", f.ID, err)
	}
	return f.ID, created, nil
}

// A Put is one document for PutDocuments, and what became of it.
type Put struct {
	Doc *chronicle.Document
	Src chronicle.ArticleSource
	// Set by PutDocuments:
	ID      string
	Created bool
	Err     error // this document's own error (ErrInvalid, a broken constraint); nil if stored

	prepared bool            // Prepare ran
	flat     *storerows.Flat // its rows, when Prepare succeeded
	prepErr  error           // Prepare's error
}

// Prepare checks the document and breaks it into the rows PutDocuments
// writes, which PutDocuments otherwise does itself. Callers that analyse
// documents in several goroutines and store them from one call it in
// theirs, so that the one writer has less to do. Doc must not change
// after it.
func (p *Put) Prepare() {
	p.flat, p.prepErr = storerows.Flatten(p.Doc, p.Src)
	p.prepared = true
}

// PutDocuments stores several documents in one transaction, each as
// PutDocument would, and sets each Put's ID, Created and Err. A document
// that fails on its own is rolled back alone (each has a savepoint) and
// the others are stored. The returned error is a failure of the store
// itself (disk full, read-only database, the commit), after which nothing
// of the batch is stored. One commit for many documents saves what every
// commit costs: the full-text index flush and the WAL frames, some 40 %
// of a put when documents come one at a time.
func (s *Store) PutDocuments(ctx context.Context, puts []Put) error {
	flats := make([]*storerows.Flat, len(puts))
	for i := range puts {
		if !puts[i].prepared {
			puts[i].Prepare()
		}
		f, err := puts[i].flat, puts[i].prepErr
		if err != nil {
			puts[i].Err = wrap("put", "", err)
			continue
		}
		flats[i] = f
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return wrap("put", "", err)
	}
	defer tx.Rollback()
	stx := newStmtTx(tx)
	for i, f := range flats {
		if f == nil {
			continue
		}
		if _, err := stx.exec(ctx, `SAVEPOINT put`); err != nil {
			return wrap("put", f.ID, err)
		}
		created, err := s.put(ctx, stx, f, puts[i].Src)
		if err != nil {
			if !errors.Is(err, chronicle.ErrInvalid) && !isDocError(err) {
				return wrap("put", f.ID, err)
			}
			if _, rerr := stx.exec(ctx, `ROLLBACK TO put`); rerr != nil {
				return wrap("put", f.ID, rerr)
			}
			puts[i].Err = wrap("put", f.ID, err)
		} else {
			puts[i].ID, puts[i].Created = f.ID, created
		}
		if _, err := stx.exec(ctx, `RELEASE put`); err != nil {
			return wrap("put", f.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return wrap("put", "", err)
	}
	return nil
}

// isDocError reports an error that belongs to one document (a constraint
// it breaks), not to the store.
func isDocError(err error) bool {
	var se interface{ Code() int }
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case 19, 20, 25: // SQLITE_CONSTRAINT, SQLITE_MISMATCH, SQLITE_RANGE
			return true
		}
	}
	return false
}

func (s *Store) put(ctx context.Context, tx *stmtTx, f *storerows.Flat, src chronicle.ArticleSource) (bool, error) {
	var (
		rowid      int64
		hash, old  string
		created    bool
		now        = time.Now().UTC().Format(time.RFC3339Nano)
		storedJSON []byte
	)
	err := tx.queryRow(ctx, `SELECT rowid, hash, document FROM articles WHERE id = ?`, f.ID).Scan(&rowid, &hash, &old)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		created = true
		res, err := tx.exec(ctx, `INSERT INTO articles (id, hash, url, title, published, day, language, text, document, stored)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			f.ID, f.Hash, f.URL, f.Title, f.Published, f.Day, f.Language, f.Text, string(f.JSON), now)
		if err != nil {
			return false, err
		}
		if rowid, err = res.LastInsertId(); err != nil {
			return false, err
		}
	case err != nil:
		return false, err
	case hash != f.Hash:
		return false, fmt.Errorf("%w: id already stored for another text", chronicle.ErrInvalid)
	default:
		storedJSON = []byte(old)
	}
	if !created && !bytes.Equal(storedJSON, f.JSON) {
		if err := s.deleteLayers(ctx, tx, f.ID, rowid); err != nil {
			return false, err
		}
		if _, err := tx.exec(ctx, `UPDATE articles SET url = ?, title = ?, published = ?, day = ?, language = ?, document = ?, stored = ?
			WHERE id = ?`, f.URL, f.Title, f.Published, f.Day, f.Language, string(f.JSON), now, f.ID); err != nil {
			return false, err
		}
	}
	if created {
		if err := s.group(ctx, tx, f); err != nil {
			return false, err
		}
	}
	if created || !bytes.Equal(storedJSON, f.JSON) {
		if err := s.merge(ctx, tx, f); err != nil {
			return false, err
		}
		if err := s.insertLayers(ctx, tx, f, rowid); err != nil {
			return false, err
		}
	}
	fetched := ""
	if !src.Fetched.IsZero() {
		fetched = src.Fetched.UTC().Format(time.RFC3339Nano)
	}
	if _, err := tx.exec(ctx, `INSERT INTO sources (article_id, seq, url, path, fetched)
		VALUES (?, (SELECT count(*) FROM sources WHERE article_id = ?), ?, ?, ?)
		ON CONFLICT DO NOTHING`, f.ID, f.ID, src.URL, src.Path, fetched); err != nil {
		return false, err
	}
	return created, nil
}

// group puts a new article into the near-duplicate group of the most
// similar first document of a group (package dedup), or its own, and
// stores its band keys when it starts a group: a new article is compared
// with groups' first documents only, once per group, and groups do not
// drift along chains of copies of copies.
func (s *Store) group(ctx context.Context, tx *stmtTx, f *storerows.Flat) error {
	grp := f.ID
	if len(f.Bands) > 0 {
		p := newParams()
		st, err := tx.stmt(ctx, p.GroupQuery(f)) // the same text for every full set of bands
		if err != nil {
			return err
		}
		rows, err := st.QueryContext(ctx, p.Args...)
		if err != nil {
			return err
		}
		var cands []dedup.Candidate
		for rows.Next() {
			var c dedup.Candidate
			if err := rows.Scan(&c.ID, &c.Group, &c.Text); err != nil {
				rows.Close()
				return err
			}
			cands = append(cands, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		grp, _ = dedup.PickGroupShingles(f.Shingles, f.ID, cands)
	}
	if _, err := tx.exec(ctx, `UPDATE articles SET grp = ? WHERE id = ?`, grp, f.ID); err != nil {
		return err
	}
	if grp != f.ID || len(f.Bands) == 0 {
		return nil // only a group's first document keeps band keys
	}
	// One statement for all the keys, not one per key.
	q := `INSERT INTO article_bands (key, article_id) VALUES (?, ?)` + strings.Repeat(`, (?, ?)`, len(f.Bands)-1) + ` ON CONFLICT DO NOTHING`
	args := make([]any, 0, 2*len(f.Bands))
	for _, k := range f.Bands {
		args = append(args, k, f.ID)
	}
	_, err := tx.exec(ctx, q, args...)
	return err
}

// merge sets the merged event of each of f's events: that of a stored
// report of the same event from another document, else its own.
func (s *Store) merge(ctx context.Context, tx *stmtTx, f *storerows.Flat) error {
	for i := range f.Events {
		r := &f.Events[i]
		if !r.Mergeable() {
			continue
		}
		p := newParams()
		rows, err := tx.QueryContext(ctx, p.MergeCandidatesQuery(f, r), p.Args...)
		if err != nil {
			return err
		}
		var cands []storerows.MergeCandidate
		for rows.Next() {
			var c storerows.MergeCandidate
			var js string
			if err := rows.Scan(&c.Doc, &c.Idx, &c.Merged, &c.MDay, &c.Published, &js); err != nil {
				rows.Close()
				return err
			}
			if err := json.Unmarshal([]byte(js), &c.Event); err != nil {
				rows.Close()
				return err
			}
			cands = append(cands, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		storerows.AssignMerged(r, cands)
	}
	return nil
}

// deleteLayers removes the layer rows and index entries of an article.
func (s *Store) deleteLayers(ctx context.Context, tx *stmtTx, id string, rowid int64) error {
	for _, q := range []string{
		`DELETE FROM articles_fts WHERE rowid = ?2`,
		`DELETE FROM quotes_fts WHERE rowid IN (SELECT rowid FROM quotes WHERE article_id = ?1)`,
		`DELETE FROM event_actors WHERE article_id = ?1`,
		`DELETE FROM event_keys WHERE article_id = ?1`,
		`DELETE FROM events WHERE article_id = ?1`,
		`DELETE FROM quotes WHERE article_id = ?1`,
		`DELETE FROM figures WHERE article_id = ?1`,
		`DELETE FROM entities WHERE article_id = ?1`,
	} {
		if _, err := tx.exec(ctx, q, id, rowid); err != nil {
			return err
		}
	}
	return nil
}

// insertLayers writes the layer rows and index entries of an article.
func (s *Store) insertLayers(ctx context.Context, tx *stmtTx, f *storerows.Flat, rowid int64) error {
	if _, err := tx.exec(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, rowid, f.Title, f.Text); err != nil {
		return err
	}
	if len(f.Entities) > 0 {
		st, err := tx.stmt(ctx, `INSERT INTO entities (article_id, id, name, type, country, sector, mentions, aliases, titles)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		for _, r := range f.Entities {
			if _, err := st.ExecContext(ctx, f.ID, r.Entity.ID, r.Entity.Name, r.Entity.Type, r.Entity.Country, r.Entity.Sector, r.Mentions, string(r.Aliases), string(r.Titles)); err != nil {
				return fmt.Errorf("entity %s: %w", r.Entity.ID, err)
			}
		}
	}
	if len(f.Quotes) > 0 {
		st, err := tx.stmt(ctx, `INSERT INTO quotes (article_id, idx, day, kind, speaker, text, quote)
			VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		fts, err := tx.stmt(ctx, `INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		for i, r := range f.Quotes {
			res, err := st.ExecContext(ctx, f.ID, i, f.Day, r.Quote.Kind, r.Speaker, r.Quote.Text, string(r.JSON))
			if err != nil {
				return fmt.Errorf("quote %d: %w", i, err)
			}
			qid, err := res.LastInsertId()
			if err != nil {
				return err
			}
			if _, err := fts.ExecContext(ctx, qid, r.Quote.Text); err != nil {
				return err
			}
		}
	}
	if len(f.Figures) > 0 {
		st, err := tx.stmt(ctx, `INSERT INTO figures (article_id, idx, text, value, unit, about) VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		for i, g := range f.Figures {
			if _, err := st.ExecContext(ctx, f.ID, i, g.Text, g.Value, g.Unit, g.About); err != nil {
				return fmt.Errorf("figure %d: %w", i, err)
			}
		}
	}
	if len(f.Events) > 0 {
		st, err := tx.stmt(ctx, `INSERT INTO events (article_id, idx, day, type, mode, status, place_name, place_country, evidence, event, merged, mday, mend)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		act, err := tx.stmt(ctx, `INSERT INTO event_actors (article_id, event_idx, role, pos, code, name, entity)
			VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		key, err := tx.stmt(ctx, `INSERT INTO event_keys (type, key, lo, article_id, event_idx) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
		if err != nil {
			return err
		}
		for i, r := range f.Events {
			e := r.Event
			if _, err := st.ExecContext(ctx, f.ID, i, r.Day, e.Type, e.Mode, e.Status, e.Location.Name, e.Location.Country, r.Evidence, string(r.JSON), r.Merged, r.MDay, r.MEnd); err != nil {
				return fmt.Errorf("event %d: %w", i, err)
			}
			if r.Keyed(f.ID, i) {
				for _, k := range r.Keys {
					if _, err := key.ExecContext(ctx, e.Type, k, r.Span.Lo, f.ID, i); err != nil {
						return fmt.Errorf("event %d key: %w", i, err)
					}
				}
			}
			for role, as := range map[string][]chronicle.Actor{"actor": e.Actors, "recipient": e.Recipients} {
				for j, a := range as {
					if _, err := act.ExecContext(ctx, f.ID, i, role, j, a.Code, a.Name, a.Entity); err != nil {
						return fmt.Errorf("event %d %s %d: %w", i, role, j, err)
					}
				}
			}
		}
	}
	return nil
}

// A stmtTx is a transaction whose fixed statements are prepared once, on
// first use, and kept until it ends: a batch runs the same dozen
// statements for every document, and parsing each anew on every call
// cost the one writer some 10 % of its time.
type stmtTx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
}

func newStmtTx(tx *sql.Tx) *stmtTx {
	return &stmtTx{Tx: tx, stmts: map[string]*sql.Stmt{}}
}

// stmt returns query prepared in the transaction; the transaction's end
// closes it.
func (t *stmtTx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st := t.stmts[query]; st != nil {
		return st, nil
	}
	st, err := t.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	t.stmts[query] = st
	return st, nil
}

// exec runs the fixed statement query with args.
func (t *stmtTx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// queryRow runs the fixed query with args for one row.
func (t *stmtTx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return t.QueryRowContext(ctx, query, args...) // reports err on Scan
	}
	return st.QueryRowContext(ctx, args...)
}
