package postgres

import (
	"context"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"chronicle"
	"chronicle/internal/storerows"
)

// GetDocument returns the stored Document with the given ID.
func (s *Store) GetDocument(ctx context.Context, id string) (*chronicle.Document, error) {
	doc := new(chronicle.Document)
	if err := s.pool.QueryRow(ctx, `SELECT document FROM articles WHERE id = $1`, id).Scan(doc); err != nil {
		return nil, wrap("get", id, err)
	}
	return doc, nil
}

// Sources returns where the document with the given ID was found.
func (s *Store) Sources(ctx context.Context, id string) ([]chronicle.ArticleSource, error) {
	rows, err := s.pool.Query(ctx, `SELECT url, path, fetched FROM sources WHERE article_id = $1 ORDER BY seq`, id)
	if err != nil {
		return nil, wrap("sources", id, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chronicle.ArticleSource, error) {
		var src chronicle.ArticleSource
		var fetched *time.Time
		err := r.Scan(&src.URL, &src.Path, &fetched)
		if fetched != nil {
			src.Fetched = fetched.UTC()
		}
		return src, err
	})
	if err != nil {
		return nil, wrap("sources", id, err)
	}
	if len(out) == 0 {
		return nil, wrap("sources", id, pgx.ErrNoRows)
	}
	return out, nil
}

// newParams returns the empty parameters of a query in PostgreSQL's
// spelling.
func newParams() *storerows.Params {
	return &storerows.Params{Dialect: storerows.Dialect{Numbered: true, Position: "strpos"}}
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
		query = p.ListQuery(q, key, limit, `0::real`)
	} else {
		ws := storerows.Words(q.Text)
		if len(ws) == 0 {
			return page, nil
		}
		// The rank ascends: the negated ts_rank.
		const rank = `(-ts_rank(a.tsv, query))`
		query = `WITH m AS (
				SELECT a.id, ` + rank + ` AS rank, query FROM articles a, plainto_tsquery('english', ` + p.Add(strings.Join(ws, " ")) + `) query
				WHERE a.tsv @@ query`
		if q.Entity.Name != "" {
			query += ` AND ` + p.HoldsEntity(q.Entity)
		}
		if q.Cursor != "" {
			query += ` AND ` + p.ArticlesAfter(rank, key)
		}
		query += ` ORDER BY rank, a.day DESC, a.id LIMIT ` + p.Add(limit+1) + `)
			SELECT a.id, a.grp, a.url, a.title, a.published,
				ts_headline('english', a.text, m.query, 'StartSel="", StopSel="", MaxWords=40, MinWords=20, MaxFragments=1, FragmentDelimiter=" … "'), ` + counts + `, a.day, m.rank
			FROM m JOIN articles a ON a.id = m.id ORDER BY m.rank, a.day DESC, a.id`
	}
	rows, err := s.pool.Query(ctx, query, p.Args...)
	if err != nil {
		return page, wrap("search", "", err)
	}
	var keys []storerows.ArticleKey
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chronicle.ArticleHit, error) {
		var h chronicle.ArticleHit
		var k storerows.ArticleKey
		var rank float32
		err := r.Scan(&h.ID, &h.Group, &h.URL, &h.Title, &h.Published, &h.Snippet, &h.Events, &h.Quotes, &k.Day, &rank)
		k.ID, k.Rank = h.ID, float64(rank)
		h.Snippet = storerows.Snippet(h.Snippet, h.Title)
		keys = append(keys, k)
		return h, err
	})
	if err != nil {
		return page, wrap("search", "", err)
	}
	if len(hits) > limit {
		hits = hits[:limit]
		page.Next = storerows.EncodeCursor(keys[limit-1])
	}
	page.Articles = append(page.Articles, hits...)
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
	rows, err := s.pool.Query(ctx, p.EventsQuery(f, key, limit), p.Args...)
	if err != nil {
		return page, wrap("events", "", err)
	}
	var idxs []int
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chronicle.EventHit, error) {
		var h chronicle.EventHit
		var idx int
		err := r.Scan(&h.Document, &idx, &h.Day, &h.Title, &h.Published, &h.Evidence, &h.Event, &h.Merged, &h.Group)
		idxs = append(idxs, idx)
		return h, err
	})
	if err != nil {
		return page, wrap("events", "", err)
	}
	if len(hits) > limit {
		hits = hits[:limit]
		last := hits[limit-1]
		page.Next = storerows.EncodeCursor(storerows.SeekKey{Day: last.Day, Doc: last.Document, Idx: idxs[limit-1]})
	}
	page.Events = append(page.Events, hits...)
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
	rows, err := s.pool.Query(ctx, p.MergedEventsQuery(f, key, limit), p.Args...)
	if err != nil {
		return page, wrap("merged events", "", err)
	}
	keys, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (storerows.MergedKey, error) {
		var k storerows.MergedKey
		err := r.Scan(&k.Day, &k.ID)
		return k, err
	})
	if err != nil {
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
	rows, err = s.pool.Query(ctx, p.MembersQuery(ids), p.Args...)
	if err != nil {
		return page, wrap("merged events", "", err)
	}
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chronicle.EventHit, error) {
		var h chronicle.EventHit
		var idx int
		err := r.Scan(&h.Document, &idx, &h.Day, &h.Title, &h.Published, &h.Evidence, &h.Event, &h.Merged, &h.Group)
		return h, err
	})
	if err != nil {
		return page, wrap("merged events", "", err)
	}
	reports := map[string][]chronicle.EventHit{}
	for _, h := range hits {
		reports[h.Merged] = append(reports[h.Merged], h)
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
	ws := storerows.Words(f.Text)
	if strings.TrimSpace(f.Text) != "" && len(ws) == 0 {
		return page, nil
	}
	p := newParams()
	rows, err := s.pool.Query(ctx, p.QuotesQuery(f, key, limit, func(p *storerows.Params) string {
		return `q.tsv @@ plainto_tsquery('english', ` + p.Add(strings.Join(ws, " ")) + `)`
	}), p.Args...)
	if err != nil {
		return page, wrap("quotes", "", err)
	}
	var keys []storerows.SeekKey
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chronicle.QuoteHit, error) {
		var h chronicle.QuoteHit
		var k storerows.SeekKey
		err := r.Scan(&h.Document, &k.Idx, &k.Day, &h.Title, &h.Published, &h.Speaker, &h.Quote)
		k.Doc = h.Document
		keys = append(keys, k)
		return h, err
	})
	if err != nil {
		return page, wrap("quotes", "", err)
	}
	if len(hits) > limit {
		hits = hits[:limit]
		page.Next = storerows.EncodeCursor(keys[limit-1])
	}
	page.Quotes = append(page.Quotes, hits...)
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
	rows, err := s.pool.Query(ctx, p.EntitiesQuery(f, key, limit), p.Args...)
	if err != nil {
		return page, wrap("entities", "", err)
	}
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chronicle.EntityHit, error) {
		var h chronicle.EntityHit
		var docs, mentions int64
		err := r.Scan(&h.Name, &h.Type, &h.Country, &h.Sector, &docs, &mentions)
		h.Documents, h.Mentions = int(docs), int(mentions)
		return h, err
	})
	if err != nil {
		return page, wrap("entities", "", err)
	}
	if len(hits) > limit {
		hits = hits[:limit]
		page.Next = storerows.EncodeCursor(storerows.EntityKeyOf(hits[limit-1]))
	}
	page.Entities = append(page.Entities, hits...)
	if len(hits) == 0 {
		return page, nil
	}
	p = newParams()
	rows, err = s.pool.Query(ctx, p.EntityDetailsQuery(page.Entities), p.Args...)
	if err != nil {
		return page, wrap("entities", "", err)
	}
	details, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (storerows.EntityDetail, error) {
		var d storerows.EntityDetail
		err := r.Scan(&d.Name, &d.Type, &d.Country, &d.Aliases, &d.Titles, &d.Day)
		return d, err
	})
	if err != nil {
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
	rows, err := s.pool.Query(ctx, p.TimelineQuery(q), p.Args...)
	if err != nil {
		return chronicle.Timeline{}, wrap("timeline", "", err)
	}
	counts, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chronicle.DayCount, error) {
		var c chronicle.DayCount
		var n int64
		err := r.Scan(&c.Day, &c.End, &c.Type, &n)
		c.Count = int(n)
		return c, err
	})
	if err != nil {
		return chronicle.Timeline{}, wrap("timeline", "", err)
	}
	out, err := chronicle.Buckets(counts, q.By)
	return out, wrap("timeline", "", err)
}
