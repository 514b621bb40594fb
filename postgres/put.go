package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"chronicle"
	"chronicle/dedup"
	"chronicle/internal/storerows"
)

// PutDocument stores doc, found at src; see chronicle.Store.
func (s *Store) PutDocument(ctx context.Context, doc *chronicle.Document, src chronicle.ArticleSource) (string, bool, error) {
	f, err := storerows.Flatten(doc, src)
	if err == nil && strings.Contains(string(f.JSON), `\u0000`) {
		err = fmt.Errorf("%w document: NUL byte", chronicle.ErrInvalid)
	}
	if err != nil {
		return "", false, wrap("put", "", err)
	}
	created, err := s.put(ctx, f, src)
	if err != nil {
		return "", false, wrap("put", f.ID, err)
	}
	return f.ID, created, nil
}

func (s *Store) put(ctx context.Context, f *storerows.Flat, src chronicle.ArticleSource) (bool, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback(ctx)
	// Puts of one ID wait for each other; puts of different IDs do not.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, f.ID); err != nil {
		return false, err
	}
	var (
		hash    string
		same    bool
		created bool
	)
	err = tx.QueryRow(ctx, `SELECT hash, document = $2::jsonb FROM articles WHERE id = $1`, f.ID, string(f.JSON)).Scan(&hash, &same)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		created = true
		if _, err := tx.Exec(ctx, `INSERT INTO articles (id, hash, url, title, published, day, language, text, document, stored)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, now())`,
			f.ID, f.Hash, f.URL, f.Title, f.Published, f.Day, f.Language, f.Text, string(f.JSON)); err != nil {
			return false, err
		}
	case err != nil:
		return false, err
	case hash != f.Hash:
		return false, fmt.Errorf("%w: id already stored for another text", chronicle.ErrInvalid)
	case !same:
		// Layer rows go with their events and articles' children by cascade.
		for _, q := range []string{
			`DELETE FROM events WHERE article_id = $1`,
			`DELETE FROM quotes WHERE article_id = $1`,
			`DELETE FROM figures WHERE article_id = $1`,
			`DELETE FROM entities WHERE article_id = $1`,
		} {
			if _, err := tx.Exec(ctx, q, f.ID); err != nil {
				return false, err
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE articles SET url = $2, title = $3, published = $4, day = $5, language = $6, document = $7::jsonb, stored = now()
			WHERE id = $1`, f.ID, f.URL, f.Title, f.Published, f.Day, f.Language, string(f.JSON)); err != nil {
			return false, err
		}
	}
	if created || !same {
		// Grouping and merging read what other puts write: puts that could
		// group or merge with each other wait for each other.
		b := &pgx.Batch{}
		for _, k := range mergeLocks(f) {
			b.Queue(`SELECT pg_advisory_xact_lock($1)`, k)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return false, err
		}
	}
	if created {
		if err := group(ctx, tx, f); err != nil {
			return false, err
		}
	}
	b := &pgx.Batch{}
	if created || !same {
		if err := merge(ctx, tx, f); err != nil {
			return false, err
		}
		queueLayers(b, f)
	}
	var fetched any
	if !src.Fetched.IsZero() {
		fetched = src.Fetched.UTC()
	}
	b.Queue(`INSERT INTO sources (article_id, url, path, fetched) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
		f.ID, src.URL, src.Path, fetched)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return false, err
	}
	return created, tx.Commit(ctx)
}

// mergeLocks returns the advisory lock keys a put of f takes before
// grouping and merging, in increasing order (so two puts never wait for
// each other in a cycle): one per band key of its text, which any
// near-duplicate it could join shares, and one per event type and actor
// key of its mergeable events, which any event it could merge with
// shares. Puts with no key in common run side by side.
func mergeLocks(f *storerows.Flat) []int64 {
	seen := map[int64]bool{}
	add := func(s string) {
		h := fnv.New64a()
		h.Write([]byte(s))
		seen[int64(h.Sum64())] = true
	}
	for _, b := range f.Bands {
		add("band\x00" + strconv.FormatInt(b, 10))
	}
	for i := range f.Events {
		r := &f.Events[i]
		if !r.Mergeable() {
			continue
		}
		for _, k := range r.Keys {
			add("event\x00" + r.Event.Type + "\x00" + k)
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// group puts a new article into the near-duplicate group of the most
// similar first document of a group (package dedup), or its own, and
// stores its band keys when it starts a group: a new article is compared
// with groups' first documents only, once per group, and groups do not
// drift along chains of copies of copies.
func group(ctx context.Context, tx pgx.Tx, f *storerows.Flat) error {
	grp := f.ID
	if len(f.Bands) > 0 {
		p := newParams()
		rows, err := tx.Query(ctx, p.GroupQuery(f), p.Args...)
		if err != nil {
			return err
		}
		cands, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (dedup.Candidate, error) {
			var c dedup.Candidate
			err := r.Scan(&c.ID, &c.Group, &c.Text)
			return c, err
		})
		if err != nil {
			return err
		}
		grp, _ = dedup.PickGroupShingles(f.Shingles, f.ID, cands)
	}
	if _, err := tx.Exec(ctx, `UPDATE articles SET grp = $1 WHERE id = $2`, grp, f.ID); err != nil {
		return err
	}
	if len(f.Bands) > 0 && grp == f.ID { // only a group's first document keeps band keys
		if _, err := tx.Exec(ctx, `INSERT INTO article_bands (key, article_id) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING`, f.Bands, f.ID); err != nil {
			return err
		}
	}
	return nil
}

// merge sets the merged event of each of f's events: that of a stored
// report of the same event from another document, else its own. The
// candidate queries of all its events go in one batch (one round trip).
func merge(ctx context.Context, tx pgx.Tx, f *storerows.Flat) error {
	b := &pgx.Batch{}
	var rs []*storerows.EventRow
	for i := range f.Events {
		r := &f.Events[i]
		if !r.Mergeable() {
			continue
		}
		p := newParams()
		b.Queue(p.MergeCandidatesQuery(f, r), p.Args...)
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, b)
	defer br.Close()
	for _, r := range rs {
		rows, err := br.Query()
		if err != nil {
			return err
		}
		cands, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (storerows.MergeCandidate, error) {
			var c storerows.MergeCandidate
			var idx int32
			err := r.Scan(&c.Doc, &idx, &c.Merged, &c.MDay, &c.Published, &c.Event)
			c.Idx = int(idx)
			return c, err
		})
		if err != nil {
			return err
		}
		storerows.AssignMerged(r, cands)
	}
	return br.Close()
}

// queueLayers queues the inserts of an article's layer rows.
func queueLayers(b *pgx.Batch, f *storerows.Flat) {
	for _, r := range f.Entities {
		b.Queue(`INSERT INTO entities (article_id, id, name, type, country, sector, mentions, aliases, titles) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
			f.ID, r.Entity.ID, r.Entity.Name, r.Entity.Type, r.Entity.Country, r.Entity.Sector, r.Mentions, string(r.Aliases), string(r.Titles))
	}
	for i, r := range f.Quotes {
		b.Queue(`INSERT INTO quotes (article_id, idx, day, kind, speaker, text, quote) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
			f.ID, i, f.Day, r.Quote.Kind, r.Speaker, r.Quote.Text, string(r.JSON))
	}
	for i, g := range f.Figures {
		b.Queue(`INSERT INTO figures (article_id, idx, text, value, unit, about) VALUES ($1, $2, $3, $4, $5, $6)`,
			f.ID, i, g.Text, g.Value, g.Unit, g.About)
	}
	for i, r := range f.Events {
		e := r.Event
		b.Queue(`INSERT INTO events (article_id, idx, day, type, mode, status, place_name, place_country, evidence, event, merged, mday, mend)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13)`,
			f.ID, i, r.Day, e.Type, e.Mode, e.Status, e.Location.Name, e.Location.Country, r.Evidence, string(r.JSON), r.Merged, r.MDay, r.MEnd)
		if r.Keyed(f.ID, i) {
			for _, k := range r.Keys {
				b.Queue(`INSERT INTO event_keys (type, key, lo, article_id, event_idx) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
					e.Type, k, r.Span.Lo, f.ID, i)
			}
		}
		for _, role := range []struct {
			name string
			as   []chronicle.Actor
		}{{"actor", e.Actors}, {"recipient", e.Recipients}} {
			for j, a := range role.as {
				b.Queue(`INSERT INTO event_actors (article_id, event_idx, role, pos, code, name, entity) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
					f.ID, i, role.name, j, a.Code, a.Name, a.Entity)
			}
		}
	}
}
