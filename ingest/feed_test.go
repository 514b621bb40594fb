package ingest

import (
	"bytes"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>World news</title>
<link>%[1]s/</link>
<item>
  <title>US, China agree</title>
  <link>%[1]s/news/1</link>
  <description>Short teaser.</description>
  <pubDate>Fri, 11 Jul 2025 09:30:00 +0700</pubDate>
  <dc:creator>Pham Giang</dc:creator>
</item>
<item>
  <title>Tariffs</title>
  <link>/news/2</link>
  <pubDate>Thu, 10 Jul 2025 12:00:00 GMT</pubDate>
</item>
<item>
  <title>Summit</title>
  <link>%[1]s/news/3#comments</link>
  <description>&lt;p&gt;Another teaser&lt;/p&gt;</description>
</item>
</channel>
</rss>`

func TestRSSFeed(t *testing.T) {
	var s *site
	s = newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, rssFeed, s.URL)
			return
		}
		pages(w, r)
	}))
	got, err := collect(t, reach(Options{}, s), s.URL+"/feed", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("Each(feed) gave %d articles; want 3", len(got))
	}
	want := []struct {
		title, url, published, authors string
	}{
		{"US, China agree", s.URL + "/news/1", "2025-07-11T09:30:00+07:00", "Pham Giang"},
		{"Tariffs", s.URL + "/news/2", "2025-07-10T12:00:00Z", ""},
		{"Summit", s.URL + "/news/3", "", ""},
	}
	for i, w := range want {
		a := got[i]
		path := strings.TrimPrefix(w.url, s.URL)
		if a.Format != chronicle.FormatHTML || !bytes.Contains(a.Body, []byte("Body of "+path)) {
			t.Errorf("item %d = %s %q; want the fetched page %s", i+1, a.Format, a.Body, path)
		}
		if a.Meta.Title != w.title || a.Meta.URL != w.url || a.URL != w.url || a.Meta.Published.Value != w.published ||
			strings.Join(a.Meta.Authors, ";") != w.authors {
			t.Errorf("item %d meta = %+v, URL %q; want title %q, url %q, published %q, authors %q", i+1, a.Meta, a.URL, w.title, w.url, w.published, w.authors)
		}
		wantSrc := chronicle.DateSource("")
		if w.published != "" {
			wantSrc = chronicle.DateFeed
		}
		if a.Meta.Published.Source != wantSrc {
			t.Errorf("item %d published source = %q; want %q", i+1, a.Meta.Published.Source, wantSrc)
		}
		if n := s.count(path); n != 1 {
			t.Errorf("item page %s fetched %d times; want 1", path, n)
		}
	}
}

func TestFeedItemFallbacks(t *testing.T) {
	long := strings.Repeat("Full story text. ", 40)
	feed := `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
<item><title>full</title><link>%[1]s/news/full</link><content:encoded><![CDATA[<p>` + long + `</p>]]></content:encoded></item>
<item><title>gone</title><link>%[1]s/missing</link><description>Only the teaser &amp; nothing else.</description></item>
<item><title>nothing</title><link>%[1]s/missing2</link></item>
<item><title>plain</title><description>AT&amp;T said so</description></item>
</channel></rss>`
	var s *site
	s = newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed.xml":
			fmt.Fprintf(w, feed, s.URL)
		case strings.HasPrefix(r.URL.Path, "/missing"):
			http.NotFound(w, r)
		default:
			pages(w, r)
		}
	}))
	got, err := collect(t, reach(Options{}, s), s.URL+"/feed.xml", "")
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range got {
		titles = append(titles, a.Meta.Title)
	}
	if strings.Join(titles, ",") != "full,gone,plain" {
		t.Fatalf("Each(feed) titles = %q; want full,gone,plain (nothing skipped)", titles)
	}
	if n := s.count("/news/full"); n != 0 || !bytes.Contains(got[0].Body, []byte(long)) || got[0].Format != chronicle.FormatHTML {
		t.Errorf("item with full content: fetched %d times, body %.40q; want its content, not fetched", n, got[0].Body)
	}
	if string(got[1].Body) != "Only the teaser & nothing else." || got[1].Source != s.URL+"/feed.xml#2" {
		t.Errorf("item whose link fails = %q from %q; want its description from feed.xml#2", got[1].Body, got[1].Source)
	}
	if got[2].Format != chronicle.FormatText || string(got[2].Body) != "AT&T said so" || got[2].URL != "" {
		t.Errorf("item without link = %s %q, URL %q; want text \"AT&T said so\", no URL", got[2].Format, got[2].Body, got[2].URL)
	}
}

func TestLocalFeeds(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2025-07-11T00:00:00Z</updated>
<entry><title>A1</title><id>urn:1</id><link href="a1.html"/><updated>2025-07-11T08:00:00Z</updated>
<author><name>Ann</name></author><summary>Atom summary</summary></entry>
<entry><title>A2</title><id>urn:2</id><published>2025-07-10T08:00:00Z</published><content type="html">&lt;p&gt;Atom content&lt;/p&gt;</content></entry>
</feed>`
	jsonFeed := `{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
 {"id": "1", "title": "J1", "content_text": "JSON text", "date_published": "2025-07-11T10:00:00+02:00", "authors": [{"name": "Jo"}]},
 {"id": "2", "title": "J2", "content_html": "<p>JSON html</p>", "url": "j2.html"}
]}`
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"feed.atom": atom, "feed.json": jsonFeed})
	in := New(Options{HostInterval: -1}) // no network: links are relative file names
	tests := []struct {
		file string
		want []string // title|format|body|published|authors
	}{
		{"feed.atom", []string{
			"A1|text|Atom summary|2025-07-11T08:00:00Z|Ann",
			"A2|html|<p>Atom content</p>|2025-07-10T08:00:00Z|",
		}},
		{"feed.json", []string{
			"J1|text|JSON text|2025-07-11T10:00:00+02:00|Jo",
			"J2|html|<p>JSON html</p>||",
		}},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.file)
		got, err := collect(t, in, p, "")
		if err != nil {
			t.Errorf("Each(%s) error = %v", tt.file, err)
			continue
		}
		var lines []string
		for _, a := range got {
			lines = append(lines, strings.Join([]string{a.Meta.Title, string(a.Format), string(a.Body), a.Meta.Published.Value, strings.Join(a.Meta.Authors, ";")}, "|"))
		}
		if strings.Join(lines, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Each(%s) =\n%s\nwant\n%s", tt.file, strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
		}
		if len(got) > 0 && got[0].Source != p+"#1" {
			t.Errorf("Each(%s) first Source = %q; want %q", tt.file, got[0].Source, p+"#1")
		}
	}
	if _, err := collect(t, New(Options{MaxItems: 1}), filepath.Join(dir, "feed.json"), ""); err == nil || !strings.Contains(err.Error(), "too many") {
		t.Errorf("Each(feed.json) with MaxItems 1 error = %v; want ErrTooMany", err)
	}
}

func TestFeedTime(t *testing.T) {
	tests := []struct{ raw, parsed, want string }{
		{"Fri, 11 Jul 2025 06:00:00 +0700", "2025-07-10T23:00:00Z", "2025-07-11T06:00:00+07:00"},
		{"2025-07-11T06:00:00+07:00", "2025-07-10T23:00:00Z", "2025-07-11T06:00:00+07:00"},
		{"Fri, 11 Jul 2025 06:00:00 GMT", "2025-07-11T06:00:00Z", "2025-07-11T06:00:00Z"},
		{"11 July 2025", "2025-07-11T00:00:00Z", "2025-07-11T00:00:00Z"},
		{"2025-07-11", "2025-07-11T00:00:00Z", "2025-07-11"},
		{"Fri, 11 Jul 2025 06:00:00 +0700", "2025-07-11T06:00:00Z", "2025-07-11T06:00:00Z"}, // disagrees: trust gofeed
	}
	for _, tt := range tests {
		p, _ := time.Parse(time.RFC3339, tt.parsed)
		if got := feedTime(tt.raw, p); got != tt.want {
			t.Errorf("feedTime(%q, %s) = %q; want %q", tt.raw, tt.parsed, got, tt.want)
		}
	}
}
