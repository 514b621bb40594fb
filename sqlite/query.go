package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
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

// DocumentIDs calls f with the ID of every stored document, in no
// particular order, and stops at f's first error, which it returns.
func (s *Store) DocumentIDs(ctx context.Context, f func(id string) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles`)
	if err != nil {
		return wrap("ids", "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return wrap("ids", "", err)
		}
		if err := f(id); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return wrap("ids", "", err)
	}
	return nil
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

// newParams returns the empty parameters of a query in SQLite's spelling.
func newParams() *storerows.Params {
	return &storerows.Params{Dialect: storerows.Dialect{Position: "instr"}}
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
	var key storerows.ArticleKey
	if err := storerows.DecodeCursor(q.Cursor, &key); err != nil {
		return page, wrap("search", "", err)
	}
	limit := chronicle.PageLimit(q.Limit)
	const counts = storerows.ArticleCounts
	p := newParams()
	var query string
	if strings.TrimSpace(q.Text) == "" {
		query = p.ListQuery(q, key, limit, `0.0`)
	} else {
		m := matchQuery(q.Text)
		if m == "" {
			return page, nil
		}
		const rank = `bm25(articles_fts, 5.0, 1.0)`
		query = `SELECT a.id, a.grp, a.url, a.title, a.published, snippet(articles_fts, 1, '', '', '…', 24), ` + counts + `, a.day, ` + rank + `
			FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
			WHERE articles_fts MATCH ` + p.Add(m)
		if q.Entity.Name != "" {
			query += ` AND ` + p.HoldsEntity(q.Entity)
		}
		if q.Cursor != "" {
			query += ` AND ` + p.ArticlesAfter(rank, key)
		}
		query += ` ORDER BY ` + rank + `, a.day DESC, a.id LIMIT ` + p.Add(limit+1)
	}
	rows, err := s.db.QueryContext(ctx, query, p.Args...)
	if err != nil {
		return page, wrap("search", "", err)
	}
	defer rows.Close()
	var last storerows.ArticleKey
	for rows.Next() {
		var h chronicle.ArticleHit
		var k storerows.ArticleKey
		if err := rows.Scan(&h.ID, &h.Group, &h.URL, &h.Title, &h.Published, &h.Snippet, &h.Events, &h.Quotes, &k.Day, &k.Rank); err != nil {
			return page, wrap("search", "", err)
		}
		if len(page.Articles) == limit {
			page.Next = storerows.EncodeCursor(last)
			break
		}
		k.ID = h.ID
		h.Snippet = storerows.Snippet(h.Snippet, h.Title)
		page.Articles = append(page.Articles, h)
		last = k
	}
	if err := rows.Err(); err != nil {
		return page, wrap("search", "", err)
	}
	return page, nil
}

// Events returns the events matching f; see chronicle.Store.
func (s *Store) Events(ctx context.Context, f chronicle.EventFilter) (chronicle.EventPage, error) {
	page := chronicle.EventPage{Events: []chronicle.EventHit{}}
	var key storerows.SeekKey
	if err := storerows.DecodeCursor(f.Cursor, &key); err != nil {
		return page, wrap("events", "", err)
	}
	limit := chronicle.PageLimit(f.Limit)
	p := newParams()
	rows, err := s.db.QueryContext(ctx, p.EventsQuery(f, key, limit), p.Args...)
	if err != nil {
		return page, wrap("events", "", err)
	}
	defer rows.Close()
	var last storerows.SeekKey
	for rows.Next() {
		var h chronicle.EventHit
		var idx int
		var js string
		if err := rows.Scan(&h.Document, &idx, &h.Day, &h.Title, &h.Published, &h.Evidence, &js, &h.Merged, &h.Group); err != nil {
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

// MergedEvents returns the merged events some report of which matches f;
// see chronicle.Store.
func (s *Store) MergedEvents(ctx context.Context, f chronicle.EventFilter) (chronicle.MergedEventPage, error) {
	page := chronicle.MergedEventPage{Events: []chronicle.MergedEvent{}}
	var key storerows.MergedKey
	if err := storerows.DecodeCursor(f.Cursor, &key); err != nil {
		return page, wrap("merged events", "", err)
	}
	limit := chronicle.PageLimit(f.Limit)
	p := newParams()
	rows, err := s.db.QueryContext(ctx, p.MergedEventsQuery(f, key, limit), p.Args...)
	if err != nil {
		return page, wrap("merged events", "", err)
	}
	var keys []storerows.MergedKey
	for rows.Next() {
		var k storerows.MergedKey
		if err := rows.Scan(&k.Day, &k.ID); err != nil {
			rows.Close()
			return page, wrap("merged events", "", err)
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return page, wrap("merged events", "", err)
	}
	if len(keys) > limit {
		keys = keys[:limit]
		page.Next = storerows.EncodeCursor(keys[limit-1])
	}
	if len(keys) == 0 {
		return page, nil
	}
	ids := make([]string, len(keys))
	for i, k := range keys {
		ids[i] = k.ID
	}
	p = newParams()
	rows, err = s.db.QueryContext(ctx, p.MembersQuery(ids), p.Args...)
	if err != nil {
		return page, wrap("merged events", "", err)
	}
	defer rows.Close()
	reports := map[string][]chronicle.EventHit{}
	for rows.Next() {
		var h chronicle.EventHit
		var idx int
		var js string
		if err := rows.Scan(&h.Document, &idx, &h.Day, &h.Title, &h.Published, &h.Evidence, &js, &h.Merged, &h.Group); err != nil {
			return page, wrap("merged events", "", err)
		}
		if err := json.Unmarshal([]byte(js), &h.Event); err != nil {
			return page, wrap("merged events", h.Document, err)
		}
		reports[h.Merged] = append(reports[h.Merged], h)
	}
	if err := rows.Err(); err != nil {
		return page, wrap("merged events", "", err)
	}
	for _, k := range keys {
		page.Events = append(page.Events, storerows.BuildMerged(k.ID, k.Day, reports[k.ID]))
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
	m := matchQuery(f.Text)
	if strings.TrimSpace(f.Text) != "" && m == "" {
		return page, nil
	}
	p := newParams()
	rows, err := s.db.QueryContext(ctx, p.QuotesQuery(f, key, limit, func(p *storerows.Params) string {
		return `q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ` + p.Add(m) + `)`
	}), p.Args...)
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
	var key storerows.EntityKey
	if err := storerows.DecodeCursor(f.Cursor, &key); err != nil {
		return page, wrap("entities", "", err)
	}
	limit := chronicle.PageLimit(f.Limit)
	p := newParams()
	rows, err := s.db.QueryContext(ctx, p.EntitiesQuery(f, key, limit), p.Args...)
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
		page.Next = storerows.EncodeCursor(storerows.EntityKeyOf(page.Entities[limit-1]))
	}
	if len(page.Entities) == 0 {
		return page, nil
	}
	p = newParams()
	drows, err := s.db.QueryContext(ctx, p.EntityDetailsQuery(page.Entities), p.Args...)
	if err != nil {
		return page, wrap("entities", "", err)
	}
	defer drows.Close()
	var details []storerows.EntityDetail
	for drows.Next() {
		var d storerows.EntityDetail
		if err := drows.Scan(&d.Name, &d.Type, &d.Country, &d.Aliases, &d.Titles, &d.Day); err != nil {
			return page, wrap("entities", "", err)
		}
		details = append(details, d)
	}
	if err := drows.Err(); err != nil {
		return page, wrap("entities", "", err)
	}
	return page, wrap("entities", "", storerows.AddEntityDetails(page.Entities, details))
}

// Timeline counts the events between two actors; see chronicle.Store.
func (s *Store) Timeline(ctx context.Context, q chronicle.TimelineQuery) (chronicle.Timeline, error) {
	if err := q.Check(); err != nil {
		return chronicle.Timeline{}, wrap("timeline", "", err)
	}
	p := newParams()
	rows, err := s.db.QueryContext(ctx, p.TimelineQuery(q), p.Args...)
	if err != nil {
		return chronicle.Timeline{}, wrap("timeline", "", err)
	}
	defer rows.Close()
	var counts []chronicle.DayCount
	for rows.Next() {
		var c chronicle.DayCount
		if err := rows.Scan(&c.Day, &c.End, &c.Type, &c.Count); err != nil {
			return chronicle.Timeline{}, wrap("timeline", "", err)
		}
		counts = append(counts, c)
	}
	if err := rows.Err(); err != nil {
		return chronicle.Timeline{}, wrap("timeline", "", err)
	}
	out, err := chronicle.Buckets(counts, q.By)
	return out, wrap("timeline", "", err)
}
