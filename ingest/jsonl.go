package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"chronicle"
)

// A jsonRecord is one line of a JSON Lines input. Fields other than these are
// ignored.
type jsonRecord struct {
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Published string     `json:"published"` // ISO 8601 date or datetime
	Text      string     `json:"text"`      // plain text or Markdown
	HTML      string     `json:"html"`      // an HTML page; wins over text
	Authors   stringList `json:"authors"`   // a list of names, or one name
}

// stringList decodes from a JSON array of strings or from one string.
type stringList []string

func (l *stringList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		if strings.TrimSpace(one) != "" {
			*l = stringList{strings.TrimSpace(one)}
		}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("authors must be a string or a list of strings")
	}
	*l = nil
	for _, s := range many {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// jsonl emits one Article per record of the JSON Lines input x, named
// "source:line". Blank lines are skipped; a bad record stops the input
// with an error naming its line.
func (in *Ingester) jsonl(ctx context.Context, x *input, emit emitFunc) error {
	data := bytes.TrimPrefix(x.data, utf8BOM)
	if n := countLines(data); n > in.opts.MaxItems {
		return &Error{Op: "parse", Input: x.source, Err: fmt.Errorf("%w: %d records, at most %d", ErrTooMany, n, in.opts.MaxItems)}
	}
	for lineNo := 1; len(data) > 0; lineNo++ {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte("\n"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		src := fmt.Sprintf("%s:%d", x.source, lineNo)
		rec, err := parseRecord(line)
		if err != nil {
			return &Error{Op: "parse", Input: src, Err: err}
		}
		a, err := in.record(ctx, src, x.fetched, rec)
		if err != nil {
			return wrap("parse", src, err)
		}
		if err := emit(a); err != nil {
			return err
		}
	}
	return nil
}

// countLines counts the non-blank lines of data.
func countLines(data []byte) int {
	n := 0
	for len(data) > 0 {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte("\n"))
		if len(bytes.TrimSpace(line)) > 0 {
			n++
		}
	}
	return n
}

// parseRecord decodes one JSON Lines record and checks it: valid UTF-8, a
// JSON object, a published date in ISO 8601 (normalised: "2025-07-11",
// "2025-07-11T09:30:00Z" or without zone "2025-07-11T09:30:00"), and at
// least one of html, text or url.
func parseRecord(line []byte) (*jsonRecord, error) {
	if !utf8.Valid(line) {
		return nil, ErrNotUTF8
	}
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("%w: JSON Lines record: %v", ErrFormat, err)
	}
	if rec.Published != "" {
		p, err := normalizeDate(rec.Published)
		if err != nil {
			return nil, err
		}
		rec.Published = p
	}
	if isBlank([]byte(rec.HTML)) && isBlank([]byte(rec.Text)) && strings.TrimSpace(rec.URL) == "" {
		return nil, fmt.Errorf("%w: record has no html, text or url", ErrEmpty)
	}
	return &rec, nil
}

// record makes the Article of one record: its html, else its text, else
// the page its url names, fetched. Its published date is the user's
// (chronicle.DateUser): whoever wrote the record vouches for it.
func (in *Ingester) record(ctx context.Context, src string, fetched time.Time, rec *jsonRecord) (*chronicle.Article, error) {
	meta := chronicle.Meta{
		Title:   strings.TrimSpace(rec.Title),
		Authors: rec.Authors,
		URL:     strings.TrimSpace(rec.URL),
	}
	if rec.Published != "" {
		meta.Published = chronicle.Published{Value: rec.Published, Source: chronicle.DateUser}
	}
	a := &chronicle.Article{Source: src, URL: meta.URL, Meta: meta, Fetched: fetched}
	switch {
	case !isBlank([]byte(rec.HTML)):
		a.Format, a.Body = chronicle.FormatHTML, []byte(rec.HTML)
	case !isBlank([]byte(rec.Text)):
		a.Format, a.Body = chronicle.FormatText, []byte(rec.Text)
	default:
		scheme, ok := urlScheme(meta.URL)
		if !ok || scheme != "http" && scheme != "https" {
			return nil, fmt.Errorf("%w: record has no html or text, and url %q is not http or https", ErrScheme, meta.URL)
		}
		p, err := in.fetchPage(ctx, meta.URL)
		if err != nil {
			return nil, err
		}
		p.Source, p.Meta = src, meta
		return p, nil
	}
	return a, nil
}

// dateLayouts are the ISO 8601 forms a record's published date may take,
// with the layout each is normalised to.
var dateLayouts = []struct{ in, out string }{
	{time.DateOnly, time.DateOnly},
	{time.RFC3339Nano, time.RFC3339},
	{"2006-01-02T15:04Z07:00", time.RFC3339},
	{"2006-01-02 15:04:05Z07:00", time.RFC3339},
	{"2006-01-02T15:04:05", "2006-01-02T15:04:05"},
	{"2006-01-02T15:04", "2006-01-02T15:04:05"},
	{time.DateTime, "2006-01-02T15:04:05"},
	{"2006-01-02 15:04", "2006-01-02T15:04:05"},
}

// normalizeDate returns s in one of the normal forms of dateLayouts.
func normalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l.in, s); err == nil {
			return t.Format(l.out), nil
		}
	}
	return "", fmt.Errorf("%w: published %q is not an ISO 8601 date or datetime", ErrFormat, s)
}
