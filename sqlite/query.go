package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"chronicle"
	"chronicle/internal/storerows"
)

// GetDocument returns the stored Document with the given ID.
func (s *Store) GetDocument(ctx context.Context, id string) (*chronicle.Document, error) {
	var js string
	if err := s.db.QueryRowContext(ctx, `SELECT document FROM articles WHERE id = ?`, id).Scan(&js); err != nil {
		return nil, wrap("get", id, err)
	}
	doc := new(chronicle.Document)
	if err := json.Unmarshal([]byte(js), doc); err != nil {
		return nil, wrap("get", id, err)
	}
	return doc, nil
}

// Sources returns where the document with the given ID was found.
func (s *Store) Sources(ctx context.Context, id string) ([]chronicle.ArticleSource, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT url, path, fetched FROM sources WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, wrap("sources", id, err)
	}
	defer rows.Close()
	var out []chronicle.ArticleSource
	for rows.Next() {
		var src chronicle.ArticleSource
		var fetched string
		if err := rows.Scan(&src.URL, &src.Path, &fetched); err != nil {
			return nil, wrap("sources", id, err)
		}
		if fetched != "" {
			if src.Fetched, err = time.Parse(time.RFC3339Nano, fetched); err != nil {
				return nil, wrap("sources", id, err)
			}
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("sources", id, err)
	}
	if len(out) == 0 {
		return nil, wrap("sources", id, sql.ErrNoRows)
	}
	return out, nil
}

// matchQuery turns user words into an FTS5 query requiring all of them, or
// "" when there are none.
func matchQuery(text string) string {
	ws := storerows.Words(text)
	for i, w := range ws {
		ws[i] = `"` + w + `"`
	}
	return strings.Join(ws, " ")
}

// Search finds articles by their words; see chronicle.Store.
func (s *Store) Search(ctx context.Context, q chronicle.SearchQuery) (chronicle.ArticlePage, error) {
	page := chronicle.ArticlePage{Articles: []chronicle.ArticleHit{}}
	var key storerows.OffsetKey
	if err := storerows.DecodeCursor(q.Cursor, &key); err != nil {
		return page, wrap("search", "", err)
	}
	limit := chronicle.PageLimit(q.Limit)
	const counts = `(SELECT count(*) FROM events e WHERE e.article_id = a.id), (SELECT count(*) FROM quotes x WHERE x.article_id = a.id)`
	var (
		rows *sql.Rows
		err  error
	)
	if strings.TrimSpace(q.Text) == "" {
		rows, err = s.db.QueryContext(ctx, `SELECT a.id, a.url, a.title, a.published, '', `+counts+`
			FROM articles a ORDER BY a.day DESC, a.id LIMIT ? OFFSET ?`, limit+1, key.Offset)
	} else {
		m := matchQuery(q.Text)
		if m == "" {
			return page, nil
		}
		rows, err = s.db.QueryContext(ctx, `SELECT a.id, a.url, a.title, a.published, snippet(articles_fts, 1, '', '', '…', 24), `+counts+`
			FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
			WHERE articles_fts MATCH ?
			ORDER BY bm25(articles_fts, 5.0, 1.0), a.day DESC, a.id LIMIT ? OFFSET ?`, m, limit+1, key.Offset)
	}
	if err != nil {
		return page, wrap("search", "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h chronicle.ArticleHit
		if err := rows.Scan(&h.ID, &h.URL, &h.Title, &h.Published, &h.Snippet, &h.Events, &h.Quotes); err != nil {
			return page, wrap("search", "", err)
		}
		page.Articles = append(page.Articles, h)
	}
	if err := rows.Err(); err != nil {
		return page, wrap("search", "", err)
	}
	if len(page.Articles) > limit {
		page.Articles = page.Articles[:limit]
		page.Next = key.Next(limit)
	}
	return page, nil
}

// actorMatch returns an SQL condition that event e has a participant of
// role whose code starts with prefix, and appends its arguments. The
// subquery is uncorrelated so that it runs once, through the code index.
func actorMatch(role, prefix string, args *[]any) string {
	cond := `(e.article_id, e.idx) IN (SELECT x.article_id, x.event_idx FROM event_actors x WHERE x.role = ?`
	*args = append(*args, role)
	if prefix != "" {
		cond += ` AND x.code >= ? AND substr(x.code, 1, ?) = ?`
		*args = append(*args, prefix, len(prefix), prefix)
		if end := storerows.PrefixEnd(prefix); end != "" {
			cond += ` AND x.code < ?`
			*args = append(*args, end)
		}
	}
	return cond + `)`
}

// Events returns the events matching f; see chronicle.Store.
func (s *Store) Events(ctx context.Context, f chronicle.EventFilter) (chronicle.EventPage, error) {
	page := chronicle.EventPage{Events: []chronicle.EventHit{}}
	var key storerows.SeekKey
	if err := storerows.DecodeCursor(f.Cursor, &key); err != nil {
		return page, wrap("events", "", err)
	}
	limit := chronicle.PageLimit(f.Limit)
	var conds []string
	var args []any
	if f.Actor != "" {
		conds = append(conds, actorMatch("actor", f.Actor, &args))
	}
	if f.Recipient != "" {
		conds = append(conds, actorMatch("recipient", f.Recipient, &args))
	}
	if f.Type != "" {
		conds = append(conds, `e.type = ?`)
		args = append(args, f.Type)
	}
	if !f.Since.IsZero() {
		conds = append(conds, `e.day >= ?`)
		args = append(args, storerows.Day(f.Since))
	}
	if !f.Until.IsZero() {
		conds = append(conds, `e.day <= ? AND e.day <> ''`)
		args = append(args, storerows.Day(f.Until))
	}
	if f.Place != "" {
		conds = append(conds, `(lower(e.place_country) = lower(?) OR instr(lower(e.place_name), lower(?)) > 0)`)
		args = append(args, f.Place, f.Place)
	}
	if f.Document != "" {
		conds = append(conds, `e.article_id = ?`)
		args = append(args, f.Document)
	}
	if f.Cursor != "" {
		conds = append(conds, `(e.day, e.article_id, e.idx) > (?, ?, ?)`)
		args = append(args, key.Day, key.Doc, key.Idx)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT e.article_id, e.idx, e.day, a.title, a.published, e.evidence, e.event
		FROM events e JOIN articles a ON a.id = e.article_id `+where+`
		ORDER BY e.day, e.article_id, e.idx LIMIT ?`, args...)
	if err != nil {
		return page, wrap("events", "", err)
	}
	defer rows.Close()
	var last storerows.SeekKey
	for rows.Next() {
		var h chronicle.EventHit
		var idx int
		var js string
		if err := rows.Scan(&h.Document, &idx, &h.Day, &h.Title, &h.Published, &h.Evidence, &js); err != nil {
			return page, wrap("events", "", err)
		}
		if len(page.Events) == limit {
			page.Next = storerows.EncodeCursor(last)
			break
		}
		if err := json.Unmarshal([]byte(js), &h.Event); err != nil {
			return page, wrap("events", h.Document, err)
		}
		page.Events = append(page.Events, h)
		last = storerows.SeekKey{Day: h.Day, Doc: h.Document, Idx: idx}
	}
	if err := rows.Err(); err != nil {
		return page, wrap("events", "", err)
	}
	return page, nil
}

// Quotes returns the quotes matching f; see chronicle.Store.
func (s *Store) Quotes(ctx context.Context, f chronicle.QuoteFilter) (chronicle.QuotePage, error) {
	page := chronicle.QuotePage{Quotes: []chronicle.QuoteHit{}}
	var key storerows.SeekKey
	if err := storerows.DecodeCursor(f.Cursor, &key); err != nil {
		return page, wrap("quotes", "", err)
	}
	limit := chronicle.PageLimit(f.Limit)
	var conds []string
	var args []any
	if f.Speaker != "" {
		conds = append(conds, `instr(lower(q.speaker), lower(?)) > 0`)
		args = append(args, strings.TrimSpace(f.Speaker))
	}
	if strings.TrimSpace(f.Text) != "" {
		m := matchQuery(f.Text)
		if m == "" {
			return page, nil
		}
		conds = append(conds, `q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`)
		args = append(args, m)
	}
	if f.Document != "" {
		conds = append(conds, `q.article_id = ?`)
		args = append(args, f.Document)
	}
	if f.Cursor != "" {
		conds = append(conds, `(q.day, q.article_id, q.idx) > (?, ?, ?)`)
		args = append(args, key.Day, key.Doc, key.Idx)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT q.article_id, q.idx, q.day, a.title, a.published, q.speaker, q.quote
		FROM quotes q JOIN articles a ON a.id = q.article_id `+where+`
		ORDER BY q.day, q.article_id, q.idx LIMIT ?`, args...)
	if err != nil {
		return page, wrap("quotes", "", err)
	}
	defer rows.Close()
	var last storerows.SeekKey
	for rows.Next() {
		var h chronicle.QuoteHit
		var idx int
		var d, js string
		if err := rows.Scan(&h.Document, &idx, &d, &h.Title, &h.Published, &h.Speaker, &js); err != nil {
			return page, wrap("quotes", "", err)
		}
		if len(page.Quotes) == limit {
			page.Next = storerows.EncodeCursor(last)
			break
		}
		if err := json.Unmarshal([]byte(js), &h.Quote); err != nil {
			return page, wrap("quotes", h.Document, err)
		}
		page.Quotes = append(page.Quotes, h)
		last = storerows.SeekKey{Day: d, Doc: h.Document, Idx: idx}
	}
	if err := rows.Err(); err != nil {
		return page, wrap("quotes", "", err)
	}
	return page, nil
}

// Entities returns the entities matching f; see chronicle.Store.
func (s *Store) Entities(ctx context.Context, f chronicle.EntityFilter) (chronicle.EntityPage, error) {
	page := chronicle.EntityPage{Entities: []chronicle.EntityHit{}}
	var key storerows.OffsetKey
	if err := storerows.DecodeCursor(f.Cursor, &key); err != nil {
		return page, wrap("entities", "", err)
	}
	limit := chronicle.PageLimit(f.Limit)
	conds := []string{`name <> ''`}
	var args []any
	if f.Name != "" {
		conds = append(conds, `instr(lower(name), lower(?)) > 0`)
		args = append(args, strings.TrimSpace(f.Name))
	}
	if f.Type != "" {
		conds = append(conds, `type = ?`)
		args = append(args, f.Type)
	}
	if f.Country != "" {
		conds = append(conds, `country = ?`)
		args = append(args, f.Country)
	}
	args = append(args, limit+1, key.Offset)
	rows, err := s.db.QueryContext(ctx, `SELECT name, type, country, max(sector), count(DISTINCT article_id), sum(mentions)
		FROM entities WHERE `+strings.Join(conds, " AND ")+`
		GROUP BY name, type, country
		ORDER BY count(DISTINCT article_id) DESC, sum(mentions) DESC, name, type, country
		LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return page, wrap("entities", "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h chronicle.EntityHit
		if err := rows.Scan(&h.Name, &h.Type, &h.Country, &h.Sector, &h.Documents, &h.Mentions); err != nil {
			return page, wrap("entities", "", err)
		}
		page.Entities = append(page.Entities, h)
	}
	if err := rows.Err(); err != nil {
		return page, wrap("entities", "", err)
	}
	if len(page.Entities) > limit {
		page.Entities = page.Entities[:limit]
		page.Next = key.Next(limit)
	}
	return page, nil
}

// Timeline counts the events between two actors; see chronicle.Store.
func (s *Store) Timeline(ctx context.Context, actorA, actorB string, by chronicle.Period) ([]chronicle.TimelineBucket, error) {
	if _, err := by.Truncate(time.Time{}); err != nil {
		return nil, wrap("timeline", "", err)
	}
	var args []any
	ab := actorMatch("actor", actorA, &args) + " AND " + actorMatch("recipient", actorB, &args)
	ba := actorMatch("actor", actorB, &args) + " AND " + actorMatch("recipient", actorA, &args)
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(`SELECT e.day, e.type, count(*) FROM events e
		WHERE e.day <> '' AND ((%s) OR (%s)) GROUP BY e.day, e.type`, ab, ba), args...)
	if err != nil {
		return nil, wrap("timeline", "", err)
	}
	defer rows.Close()
	var counts []chronicle.DayCount
	for rows.Next() {
		var c chronicle.DayCount
		if err := rows.Scan(&c.Day, &c.Type, &c.Count); err != nil {
			return nil, wrap("timeline", "", err)
		}
		counts = append(counts, c)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("timeline", "", err)
	}
	out, err := chronicle.Buckets(counts, by)
	return out, wrap("timeline", "", err)
}
