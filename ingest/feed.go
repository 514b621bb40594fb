package ingest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"chronicle"
)

// feed emits one Article per item of the RSS, Atom or JSON feed x.
func (in *Ingester) feed(ctx context.Context, x *input, emit emitFunc) error {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(x.data))
	if err != nil {
		return &Error{Op: "parse", Input: x.source, Err: fmt.Errorf("%w: feed: %v", ErrFormat, err)}
	}
	if len(f.Items) > in.opts.MaxItems {
		return &Error{Op: "parse", Input: x.source, Err: fmt.Errorf("%w: %d feed items, at most %d", ErrTooMany, len(f.Items), in.opts.MaxItems)}
	}
	var base *url.URL
	if x.url != "" {
		base, _ = url.Parse(x.url)
	}
	for i, it := range f.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := in.item(ctx, x, base, i+1, it)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			in.log.WarnContext(ctx, "ingest: feed item skipped", "input", x.source, "item", i+1, "err", err)
			continue
		}
		if err := emit(a); err != nil {
			return err
		}
	}
	return nil
}

// item makes the Article of feed item n. The item's own text is the longer
// of its content and description. If that is substantial (minItemText
// bytes of text) it is used as it is; otherwise the item's http or https
// link is fetched, and if that fails or there is no such link the item's
// own text is used after all.
func (in *Ingester) item(ctx context.Context, x *input, base *url.URL, n int, it *gofeed.Item) (*chronicle.Article, error) {
	link := itemLink(base, it)
	meta := chronicle.Meta{Title: strings.TrimSpace(it.Title), URL: link}
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			meta.Authors = append(meta.Authors, strings.TrimSpace(p.Name))
		}
	}
	switch {
	case it.PublishedParsed != nil:
		meta.Published = chronicle.Published{Value: feedTime(it.Published, *it.PublishedParsed), Source: chronicle.DateFeed}
	case it.UpdatedParsed != nil:
		meta.Published = chronicle.Published{Value: feedTime(it.Updated, *it.UpdatedParsed), Source: chronicle.DateFeed}
	}
	own := it.Content
	if textLen(it.Description) > textLen(own) {
		own = it.Description
	}
	a := &chronicle.Article{
		Source:  fmt.Sprintf("%s#%d", x.source, n),
		URL:     link,
		Meta:    meta,
		Fetched: x.fetched,
	}
	if textLen(own) < minItemText && link != "" {
		p, err := in.fetchPage(ctx, link)
		if err == nil {
			p.Meta = meta
			return p, nil
		}
		if ctx.Err() != nil || isBlank([]byte(own)) {
			return nil, err
		}
		in.log.WarnContext(ctx, "ingest: item link failed; using the feed's text", "input", x.source, "item", n, "url", link, "err", err)
	}
	if isBlank([]byte(own)) {
		return nil, fmt.Errorf("%w: item %d has no content and no link", ErrEmpty, n)
	}
	a.Body = []byte(own)
	a.Format = chronicle.FormatText
	if hasTag.MatchString(own) {
		a.Format = chronicle.FormatHTML
	}
	return a, nil
}

// fetchPage fetches one article page: HTML or text, not a feed.
func (in *Ingester) fetchPage(ctx context.Context, link string) (*chronicle.Article, error) {
	x, err := in.get(ctx, link)
	if err != nil {
		return nil, wrap("fetch", link, err)
	}
	if isBlank(x.data) {
		return nil, &Error{Op: "fetch", Input: link, Err: ErrEmpty}
	}
	k := Sniff(x.data, x.name, x.contentType)
	if k == KindBinary {
		return nil, &Error{Op: "fetch", Input: link, Err: ErrBinary}
	}
	a, err := page(x, k)
	if err != nil {
		return nil, &Error{Op: "fetch", Input: link, Err: err}
	}
	return a, nil
}

// itemLink returns the item's link resolved against base, or "" if it is
// not an http or https URL.
func itemLink(base *url.URL, it *gofeed.Item) string {
	raw := strings.TrimSpace(it.Link)
	if raw == "" && len(it.Links) > 0 {
		raw = strings.TrimSpace(it.Links[0])
	}
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// hasTag matches the start of an HTML tag, comment or character reference
// as feed content carries them.
var hasTag = regexp.MustCompile(`<[a-zA-Z!/]|&[a-zA-Z]+;|&#[0-9]+;`)

// textLen returns how many bytes of text the HTML fragment s holds.
func textLen(s string) int {
	if s == "" {
		return 0
	}
	n := 0
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.TextToken:
			n += len(bytes.TrimSpace(z.Text()))
		}
	}
}

// feedTimeLayouts are the common feed date forms that carry a zone offset.
var feedTimeLayouts = []string{
	time.RFC3339Nano,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822Z,
	"Mon, 2 Jan 2006 15:04 -0700",
}

// feedTime formats the instant parsed (which gofeed gives in UTC) in RFC
// 3339, keeping the zone offset of raw when raw is a form that states one
// and names the same instant: a paper's local date is the one that counts.
// A date alone stays a date.
func feedTime(raw string, parsed time.Time) string {
	raw = strings.TrimSpace(raw)
	if t, err := time.Parse(time.DateOnly, raw); err == nil && t.Equal(parsed) {
		return raw // a date alone: no time or zone to invent
	}
	for _, l := range feedTimeLayouts {
		if t, err := time.Parse(l, raw); err == nil && t.Equal(parsed) {
			return t.Format(time.RFC3339)
		}
	}
	return parsed.Format(time.RFC3339)
}
