package postgres

// This file is kept identical in package sqlite (but for the package
// clause): both backends flatten a Document the same way.

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"

	"chronicle"
)

// flat is a Document broken into the rows of the query tables.
type flat struct {
	id, hash, url, title, published, day, language, text string
	json                                                 []byte
	entities                                             []entityRow
	quotes                                               []quoteRow
	figures                                              []chronicle.Figure
	events                                               []eventRow
}

type entityRow struct {
	e        *chronicle.Entity
	mentions int
}

type quoteRow struct {
	speaker string
	json    []byte
	q       *chronicle.Quote
}

type eventRow struct {
	day, evidence string
	json          []byte
	e             *chronicle.Event
}

// flatten checks doc and breaks it into rows. It sets doc.ID when empty.
func flatten(doc *chronicle.Document, src chronicle.ArticleSource) (*flat, error) {
	if doc == nil {
		return nil, fmt.Errorf("%w: nil document", chronicle.ErrInvalid)
	}
	if err := doc.Check(); err != nil {
		return nil, fmt.Errorf("%w document: %v", chronicle.ErrInvalid, err)
	}
	hash := chronicle.DocumentID(doc.Text)
	if doc.ID == "" {
		doc.ID = hash
	}
	js, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("%w document: %v", chronicle.ErrInvalid, err)
	}
	u := doc.Meta.URL
	if u == "" {
		u = src.URL
	}
	f := &flat{
		id: doc.ID, hash: hash, url: u, title: doc.Meta.Title,
		published: doc.Meta.Published.Value, language: doc.Meta.Language, text: doc.Text, json: js,
	}
	f.day = chronicle.EventDay(&chronicle.Event{}, f.published)
	names := make(map[string]string, len(doc.Entities))
	counts := make(map[string]int, len(doc.Entities))
	for _, m := range doc.Mentions {
		if m.Entity != "" {
			counts[m.Entity]++
		}
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		names[e.ID] = e.Name
		n := len(e.Mentions)
		if n == 0 {
			n = counts[e.ID]
		}
		f.entities = append(f.entities, entityRow{e, n})
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		speaker := ""
		if q.Speaker != nil {
			speaker = names[q.Speaker.Entity]
			if speaker == "" {
				speaker = q.Speaker.Text
			}
		}
		b, err := json.Marshal(q)
		if err != nil {
			return nil, fmt.Errorf("%w quote %d: %v", chronicle.ErrInvalid, i, err)
		}
		f.quotes = append(f.quotes, quoteRow{speaker, b, q})
	}
	f.figures = doc.Figures
	for i := range doc.Events {
		e := &doc.Events[i]
		b, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("%w event %d: %v", chronicle.ErrInvalid, i, err)
		}
		f.events = append(f.events, eventRow{chronicle.EventDay(e, f.published), doc.Slice(e.Evidence), b, e})
	}
	return f, nil
}

// encodeCursor makes an opaque cursor of a page key.
func encodeCursor(key any) string {
	b, _ := json.Marshal(key)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads a cursor made by encodeCursor into key; "" leaves key
// zero.
func decodeCursor(c string, key any) error {
	if c == "" {
		return nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		err = json.Unmarshal(b, key)
	}
	if err != nil {
		return fmt.Errorf("%w cursor %q", chronicle.ErrInvalid, c)
	}
	return nil
}

// seekKey is the position after which a keyset page starts.
type seekKey struct {
	Day string `json:"d"`
	Doc string `json:"a"`
	Idx int    `json:"i"`
}

// offsetKey is the position of an offset-paged result.
type offsetKey struct {
	Offset int `json:"o"`
}

// words returns the letter-and-digit words of s, for full-text queries.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// prefixEnd returns the least string greater than every string starting
// with p, or "" when there is none that is valid ASCII.
func prefixEnd(p string) string {
	if p == "" || p[len(p)-1] >= 0x7f {
		return ""
	}
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}

// day formats t as its calendar day in its own location.
func day(t time.Time) string { return t.Format(time.DateOnly) }
