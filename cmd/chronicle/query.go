package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"chronicle"
)

// queryFlags are the flags every query command has.
type queryFlags struct {
	db    *string
	json  *bool
	limit *int
}

// addQueryFlags adds --db, --json and --limit to fs.
func addQueryFlags(fs *flag.FlagSet) queryFlags {
	return queryFlags{
		db:    fs.String("db", defaultDB, "SQLite file `PATH`, or a postgres:// DSN"),
		json:  fs.Bool("json", false, "print JSON Lines instead of a table"),
		limit: fs.Int("limit", 0, "print at most `N` results (0: all)"),
	}
}

// parseArgs parses flags that may come before or after the positional
// arguments ("search tariffs --json") and returns the positional ones.
func parseArgs(fs *flag.FlagSet, args []string) (pos []string, done bool, err error) {
	for {
		if done, err := parseFlags(fs, args); done {
			return nil, true, err
		}
		if fs.NArg() == 0 {
			return pos, false, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// printer writes results as a table or as JSON Lines.
type printer struct {
	json bool
	enc  *json.Encoder
	tw   *tabwriter.Writer
}

// newPrinter returns a printer to w; header names the table's columns.
func newPrinter(w io.Writer, asJSON bool, header ...string) *printer {
	p := &printer{json: asJSON}
	if asJSON {
		p.enc = json.NewEncoder(w)
		p.enc.SetEscapeHTML(false)
		return p
	}
	p.tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(p.tw, strings.Join(header, "\t"))
	return p
}

// row prints v as JSON or cells as a table row.
func (p *printer) row(v any, cells ...string) error {
	if p.json {
		return p.enc.Encode(v)
	}
	for i, c := range cells {
		cells[i] = strings.Join(strings.Fields(c), " ")
	}
	_, err := fmt.Fprintln(p.tw, strings.Join(cells, "\t"))
	return err
}

// flush ends the table.
func (p *printer) flush() error {
	if p.tw != nil {
		return p.tw.Flush()
	}
	return nil
}

// pages calls fetch with successive cursors until the last page or until
// limit items (0: no limit) were given to fn.
func pages[T any](limit int, fetch func(cursor string, n int) ([]T, string, error), fn func(T) error) error {
	cursor, seen := "", 0
	for {
		n := chronicle.MaxLimit
		if limit > 0 && limit-seen < n {
			n = limit - seen
		}
		items, next, err := fetch(cursor, n)
		if err != nil {
			return err
		}
		for _, it := range items {
			if err := fn(it); err != nil {
				return err
			}
			if seen++; limit > 0 && seen == limit {
				return nil
			}
		}
		if next == "" {
			return nil
		}
		cursor = next
	}
}

// parseDay reads a --since or --until value.
func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usagef("--%s %q: want YYYY-MM-DD", name, s)
	}
	return t, nil
}

// withStore opens the store of qf, runs fn and closes the store.
func withStore(ctx context.Context, e *env, qf queryFlags, fn func(chronicle.Store) error) error {
	if *qf.limit < 0 {
		return usagef("--limit %d: want a number ≥ 0", *qf.limit)
	}
	st, err := openReader(ctx, *qf.db, e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

// eventFlags are the filter flags of events and export.
type eventFlags struct {
	actor, recipient, typ, since, until, place *string
}

// addEventFlags adds the event filter flags to fs.
func addEventFlags(fs *flag.FlagSet) eventFlags {
	return eventFlags{
		actor:     fs.String("actor", "", "actor code prefix (USA matches USAGOV)"),
		recipient: fs.String("recipient", "", "recipient code prefix"),
		typ:       fs.String("type", "", "PLOVER event type (SANCTION)"),
		since:     fs.String("since", "", "first day `YYYY-MM-DD`, inclusive"),
		until:     fs.String("until", "", "last day `YYYY-MM-DD`, inclusive"),
		place:     fs.String("place", "", "location country code or words of its name"),
	}
}

// filter returns the event filter the flags ask for.
func (ef eventFlags) filter() (chronicle.EventFilter, error) {
	f := chronicle.EventFilter{Actor: strings.ToUpper(*ef.actor), Recipient: strings.ToUpper(*ef.recipient), Type: strings.ToUpper(*ef.typ), Place: *ef.place}
	var err error
	if f.Since, err = parseDay("since", *ef.since); err != nil {
		return f, err
	}
	f.Until, err = parseDay("until", *ef.until)
	return f, err
}

// runEvents implements `chronicle events [--actor CODE] [--recipient CODE]
// [--type T] [--since D] [--until D] [--place P] [--reports]`: merged
// events (one per real-world event, with the number of documents and of
// near-duplicate groups reporting it) or, with --reports, every report.
func runEvents(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("events", "")
	qf := addQueryFlags(fs)
	ef := addEventFlags(fs)
	reports := fs.Bool("reports", false, "list every report of an event (one row per document) instead of merged events")
	newest := fs.Bool("newest", false, "latest days first, undated events last (default: earliest first)")
	pos, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(pos) > 0 {
		return usagef("events: unexpected argument %q", pos[0])
	}
	f, err := ef.filter()
	if err != nil {
		return err
	}
	f.Newest = *newest
	return withStore(ctx, e, qf, func(st chronicle.Store) error {
		if *reports {
			p := newPrinter(e.stdout, *qf.json, "DAY", "TYPE", "ACTORS", "RECIPIENTS", "STATUS", "EVIDENCE", "DOCUMENT", "MERGED")
			err := pages(*qf.limit, func(cursor string, n int) ([]chronicle.EventHit, string, error) {
				f.Cursor, f.Limit = cursor, n
				page, err := st.Events(ctx, f)
				return page.Events, page.Next, err
			}, func(h chronicle.EventHit) error {
				return p.row(h, h.Day, h.Event.Type, codes(h.Event.Actors), codes(h.Event.Recipients), h.Event.Status, cut(h.Evidence, 70), h.Document, h.Merged)
			})
			if err != nil {
				return err
			}
			return p.flush()
		}
		p := newPrinter(e.stdout, *qf.json, "DAY", "TYPE", "ACTORS", "RECIPIENTS", "STATUS", "SOURCES", "GROUPS", "EVIDENCE", "ID")
		err := pages(*qf.limit, func(cursor string, n int) ([]chronicle.MergedEvent, string, error) {
			f.Cursor, f.Limit = cursor, n
			page, err := st.MergedEvents(ctx, f)
			return page.Events, page.Next, err
		}, func(m chronicle.MergedEvent) error {
			evidence := firstReport(m).Evidence
			return p.row(m, m.Day, m.Type, codes(m.Actors), codes(m.Recipients), m.Status,
				strconv.Itoa(m.Sources), strconv.Itoa(m.Groups), cut(evidence, 60), m.ID)
		})
		if err != nil {
			return err
		}
		return p.flush()
	})
}

// runQuotes implements `chronicle quotes [--speaker NAME] [--text WORDS]`.
func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("quotes", "")
	qf := addQueryFlags(fs)
	speaker := fs.String("speaker", "", "words of the speaker's name (case-insensitive)")
	text := fs.String("text", "", "words that must occur in the quote")
	pos, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(pos) > 0 {
		return usagef("quotes: unexpected argument %q", pos[0])
	}
	f := chronicle.QuoteFilter{Speaker: *speaker, Text: *text}
	return withStore(ctx, e, qf, func(st chronicle.Store) error {
		p := newPrinter(e.stdout, *qf.json, "PUBLISHED", "SPEAKER", "CUE", "QUOTE", "DOCUMENT")
		err := pages(*qf.limit, func(cursor string, n int) ([]chronicle.QuoteHit, string, error) {
			f.Cursor, f.Limit = cursor, n
			page, err := st.Quotes(ctx, f)
			return page.Quotes, page.Next, err
		}, func(h chronicle.QuoteHit) error {
			cue := ""
			if h.Quote.Cue != nil {
				cue = h.Quote.Cue.Text
			}
			return p.row(h, h.Published, h.Speaker, cue, cut(h.Quote.Text, 80), h.Document)
		})
		if err != nil {
			return err
		}
		return p.flush()
	})
}

// runEntities implements `chronicle entities [--name N] [--type T]
// [--country C]`.
func runEntities(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("entities", "")
	qf := addQueryFlags(fs)
	name := fs.String("name", "", "words of the name (case-insensitive)")
	typ := fs.String("type", "", "entity type (PERSON, ORG, GPE, …)")
	country := fs.String("country", "", "ISO 3166-1 alpha-3 country code")
	pos, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(pos) > 0 {
		return usagef("entities: unexpected argument %q", pos[0])
	}
	f := chronicle.EntityFilter{Name: *name, Type: strings.ToUpper(*typ), Country: strings.ToUpper(*country)}
	return withStore(ctx, e, qf, func(st chronicle.Store) error {
		p := newPrinter(e.stdout, *qf.json, "NAME", "TYPE", "COUNTRY", "SECTOR", "ARTICLES", "MENTIONS", "ALIASES", "TITLES")
		err := pages(*qf.limit, func(cursor string, n int) ([]chronicle.EntityHit, string, error) {
			f.Cursor, f.Limit = cursor, n
			page, err := st.Entities(ctx, f)
			return page.Entities, page.Next, err
		}, func(h chronicle.EntityHit) error {
			var aliases, titles []string
			for _, a := range h.Aliases {
				if a.Text != h.Name && len(aliases) < 3 {
					aliases = append(aliases, a.Text)
				}
			}
			for _, t := range h.Titles {
				titles = append(titles, t.Title)
			}
			return p.row(h, h.Name, h.Type, h.Country, h.Sector, strconv.Itoa(h.Documents), strconv.Itoa(h.Mentions),
				cut(strings.Join(aliases, "; "), 40), cut(strings.Join(titles, "; "), 50))
		})
		if err != nil {
			return err
		}
		return p.flush()
	})
}

// runSearch implements `chronicle search TEXT…`: articles holding every
// word, best first. Without words it lists every article, newest first.
func runSearch(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("search", "WORDS…")
	qf := addQueryFlags(fs)
	pos, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	q := chronicle.SearchQuery{Text: strings.Join(pos, " ")}
	return withStore(ctx, e, qf, func(st chronicle.Store) error {
		p := newPrinter(e.stdout, *qf.json, "ID", "PUBLISHED", "EVENTS", "QUOTES", "TITLE", "SNIPPET")
		err := pages(*qf.limit, func(cursor string, n int) ([]chronicle.ArticleHit, string, error) {
			q.Cursor, q.Limit = cursor, n
			page, err := st.Search(ctx, q)
			return page.Articles, page.Next, err
		}, func(h chronicle.ArticleHit) error {
			return p.row(h, h.ID, h.Published, strconv.Itoa(h.Events), strconv.Itoa(h.Quotes), cut(h.Title, 50), cut(h.Snippet, 60))
		})
		if err != nil {
			return err
		}
		return p.flush()
	})
}

// runTimeline implements `chronicle timeline A B [--by day|week|month]
// [--since DAY] [--until DAY]`:
// events between actors A and B, in either direction, per period, then
// the events dated only to longer periods, as START/END intervals.
func runTimeline(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("timeline", "ACTOR-A ACTOR-B")
	qf := addQueryFlags(fs)
	by := fs.String("by", "week", "period: day, week or month")
	since := fs.String("since", "", "count only events on or after this day (YYYY-MM-DD)")
	until := fs.String("until", "", "count only events on or before this day (YYYY-MM-DD)")
	pos, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(pos) != 2 {
		fs.Usage()
		return usagef("timeline: want two actor codes, got %d", len(pos))
	}
	q := chronicle.TimelineQuery{ActorA: strings.ToUpper(pos[0]), ActorB: strings.ToUpper(pos[1]),
		By: chronicle.Period(*by), Since: *since, Until: *until}
	if _, err := q.By.Truncate(time.Time{}); err != nil {
		return usagef("--by %q: want day, week or month", *by)
	}
	if err := q.Check(); err != nil {
		return usagef("timeline: %v", err)
	}
	return withStore(ctx, e, qf, func(st chronicle.Store) error {
		tl, err := st.Timeline(ctx, q)
		if err != nil {
			return err
		}
		p := newPrinter(e.stdout, *qf.json, "START", "TOTAL", "BY TYPE")
		n := 0
		for _, b := range tl.Buckets {
			if *qf.limit > 0 && n == *qf.limit {
				break
			}
			if err := p.row(b, b.Start, strconv.Itoa(b.Total), byType(b.ByType)); err != nil {
				return err
			}
			n++
		}
		for _, w := range tl.Wider {
			if *qf.limit > 0 && n == *qf.limit {
				break
			}
			if err := p.row(w, w.Start+"/"+w.End, strconv.Itoa(w.Total), byType(w.ByType)); err != nil {
				return err
			}
			n++
		}
		return p.flush()
	})
}

// codes lists the codes (or names) of actors: "USAGOV,CHNGOV".
func codes(as []chronicle.Actor) string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
		if out[i] == "" {
			out[i] = a.Name
		}
	}
	return strings.Join(out, ",")
}

// byType formats type counts in a stable order: "CONSULT 2, SANCTION 1".
func byType(m map[string]int) string {
	types := make([]string, 0, len(m))
	for t := range m {
		types = append(types, t)
	}
	slices.Sort(types)
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("%s %d", t, m[t])
	}
	return strings.Join(parts, ", ")
}

// cut shortens s to n runes for a table cell.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
