package ingest

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"chronicle"
)

// offline is a transport that never reaches the network.
type offline struct{}

func (offline) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, errors.New("offline")
}

// fuzzEach runs Each on data as stdin, offline, and checks what comes out.
func fuzzEach(t *testing.T, data []byte) {
	in := New(Options{Transport: offline{}, HostInterval: -1, MaxBytes: 1 << 20, MaxItems: 100})
	err := in.Each(context.Background(), "-", bytes.NewReader(data), func(a *chronicle.Article) error {
		if isBlank(a.Body) {
			t.Errorf("Each(%q) delivered an empty body from %q", data, a.Source)
		}
		if a.Format != chronicle.FormatText && a.Format != chronicle.FormatHTML {
			t.Errorf("Each(%q) delivered format %q", data, a.Format)
		}
		if !strings.HasPrefix(a.Source, "-") {
			t.Errorf("Each(%q) delivered Source %q; want it to start with \"-\"", data, a.Source)
		}
		if p := a.Meta.Published; (p.Value == "") != (p.Source == "") {
			t.Errorf("Each(%q) delivered Published %+v; want value and source together", data, p)
		}
		return nil
	})
	if err != nil {
		if _, ok := errors.AsType[*Error](err); !ok {
			t.Errorf("Each(%q) error = %T %v; want *Error", data, err, err)
		}
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"url": "https://news.test/a", "title": "t", "published": "2025-07-11", "text": "x", "authors": ["A"]}`,
		`{"html": "<p>x</p>", "authors": "B", "published": "2025-07-11T09:30:00+07:00"}` + "\n\n" + `{"text": "y"}`,
		`{"url": "https://news.test/b"}`,
		`{"text": 3}`,
		"{\"text\": \"caf\xe9\"}",
		`{}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if rec, err := parseRecord(data); err == nil {
			if rec.HTML == "" && rec.Text == "" && rec.URL == "" {
				t.Errorf("parseRecord(%q) accepted a record with nothing to read", data)
			}
		}
		fuzzEach(t, data)
	})
}

func FuzzSniffFeed(f *testing.F) {
	for _, s := range []string{
		rssFeed,
		`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><summary>s</summary><updated>2025-07-11T08:00:00Z</updated></entry></feed>`,
		`{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "content_text": "x", "url": "https://news.test/1"}]}`,
		`<!DOCTYPE html><html><body><p>x</p></body></html>`,
		`<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`,
		"plain text\n",
		"\xef\xbb\xbf# Markdown\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		k := Sniff(data, "", "")
		if k < KindUnknown || k > KindJSONL {
			t.Errorf("Sniff(%q) = %d; not a Kind", data, k)
		}
		fuzzEach(t, data)
	})
}
