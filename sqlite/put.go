package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"chronicle"
)

// PutDocument stores doc, found at src; see chronicle.Store.
func (s *Store) PutDocument(ctx context.Context, doc *chronicle.Document, src chronicle.ArticleSource) (string, bool, error) {
	f, err := flatten(doc, src)
	if err != nil {
		return "", false, wrap("put", "", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	created, err := s.put(ctx, f, src)
	if err != nil {
		return "", false, wrap("put", f.id, err)
	}
	return f.id, created, nil
}

func (s *Store) put(ctx context.Context, f *flat, src chronicle.ArticleSource) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var (
		rowid      int64
		hash, old  string
		created    bool
		now        = time.Now().UTC().Format(time.RFC3339Nano)
		storedJSON []byte
	)
	err = tx.QueryRowContext(ctx, `SELECT rowid, hash, document FROM articles WHERE id = ?`, f.id).Scan(&rowid, &hash, &old)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		created = true
		res, err := tx.ExecContext(ctx, `INSERT INTO articles (id, hash, url, title, published, day, language, text, document, stored)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			f.id, f.hash, f.url, f.title, f.published, f.day, f.language, f.text, string(f.json), now)
		if err != nil {
			return false, err
		}
		if rowid, err = res.LastInsertId(); err != nil {
			return false, err
		}
	case err != nil:
		return false, err
	case hash != f.hash:
		return false, fmt.Errorf("%w: id already stored for another text", chronicle.ErrInvalid)
	default:
		storedJSON = []byte(old)
	}
	if !created && !bytes.Equal(storedJSON, f.json) {
		if err := s.deleteLayers(ctx, tx, f.id, rowid); err != nil {
			return false, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET url = ?, title = ?, published = ?, day = ?, language = ?, document = ?, stored = ?
			WHERE id = ?`, f.url, f.title, f.published, f.day, f.language, string(f.json), now, f.id); err != nil {
			return false, err
		}
	}
	if created || !bytes.Equal(storedJSON, f.json) {
		if err := s.insertLayers(ctx, tx, f, rowid); err != nil {
			return false, err
		}
	}
	fetched := ""
	if !src.Fetched.IsZero() {
		fetched = src.Fetched.UTC().Format(time.RFC3339Nano)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sources (article_id, seq, url, path, fetched)
		VALUES (?, (SELECT count(*) FROM sources WHERE article_id = ?), ?, ?, ?)
		ON CONFLICT DO NOTHING`, f.id, f.id, src.URL, src.Path, fetched); err != nil {
		return false, err
	}
	return created, tx.Commit()
}

// deleteLayers removes the layer rows and index entries of an article.
func (s *Store) deleteLayers(ctx context.Context, tx *sql.Tx, id string, rowid int64) error {
	for _, q := range []string{
		`DELETE FROM articles_fts WHERE rowid = ?2`,
		`DELETE FROM quotes_fts WHERE rowid IN (SELECT rowid FROM quotes WHERE article_id = ?1)`,
		`DELETE FROM event_actors WHERE article_id = ?1`,
		`DELETE FROM events WHERE article_id = ?1`,
		`DELETE FROM quotes WHERE article_id = ?1`,
		`DELETE FROM figures WHERE article_id = ?1`,
		`DELETE FROM entities WHERE article_id = ?1`,
	} {
		if _, err := tx.ExecContext(ctx, q, id, rowid); err != nil {
			return err
		}
	}
	return nil
}

// insertLayers writes the layer rows and index entries of an article.
func (s *Store) insertLayers(ctx context.Context, tx *sql.Tx, f *flat, rowid int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, rowid, f.title, f.text); err != nil {
		return err
	}
	if len(f.entities) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO entities (article_id, id, name, type, country, sector, mentions)
			VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, r := range f.entities {
			if _, err := st.ExecContext(ctx, f.id, r.e.ID, r.e.Name, r.e.Type, r.e.Country, r.e.Sector, r.mentions); err != nil {
				return fmt.Errorf("entity %s: %w", r.e.ID, err)
			}
		}
	}
	if len(f.quotes) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO quotes (article_id, idx, day, kind, speaker, text, quote)
			VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		fts, err := tx.PrepareContext(ctx, `INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		defer fts.Close()
		for i, r := range f.quotes {
			res, err := st.ExecContext(ctx, f.id, i, f.day, r.q.Kind, r.speaker, r.q.Text, string(r.json))
			if err != nil {
				return fmt.Errorf("quote %d: %w", i, err)
			}
			qid, err := res.LastInsertId()
			if err != nil {
				return err
			}
			if _, err := fts.ExecContext(ctx, qid, r.q.Text); err != nil {
				return err
			}
		}
	}
	if len(f.figures) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO figures (article_id, idx, text, value, unit, about) VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for i, g := range f.figures {
			if _, err := st.ExecContext(ctx, f.id, i, g.Text, g.Value, g.Unit, g.About); err != nil {
				return fmt.Errorf("figure %d: %w", i, err)
			}
		}
	}
	if len(f.events) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO events (article_id, idx, day, type, mode, status, place_name, place_country, evidence, event)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		act, err := tx.PrepareContext(ctx, `INSERT INTO event_actors (article_id, event_idx, role, pos, code, name, entity)
			VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer act.Close()
		for i, r := range f.events {
			e := r.e
			if _, err := st.ExecContext(ctx, f.id, i, r.day, e.Type, e.Mode, e.Status, e.Location.Name, e.Location.Country, r.evidence, string(r.json)); err != nil {
				return fmt.Errorf("event %d: %w", i, err)
			}
			for role, as := range map[string][]chronicle.Actor{"actor": e.Actors, "recipient": e.Recipients} {
				for j, a := range as {
					if _, err := act.ExecContext(ctx, f.id, i, role, j, a.Code, a.Name, a.Entity); err != nil {
						return fmt.Errorf("event %d %s %d: %w", i, role, j, err)
					}
				}
			}
		}
	}
	return nil
}
