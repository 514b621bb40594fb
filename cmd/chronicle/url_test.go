package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"chronicle"
)

const articleHTML = `<!doctype html><html><head><title>Rubio and Wang Yi meet in Kuala Lumpur</title>
<meta property="article:published_time" content="2025-07-11T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rubio and Wang Yi meet in Kuala Lumpur","datePublished":"2025-07-11T08:00:00Z","author":{"@type":"Person","name":"Pham Giang"}}</script>
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Rubio and Wang Yi meet in Kuala Lumpur</h1>
<p>US Secretary of State Marco Rubio described his meeting with Chinese Foreign Minister Wang Yi in Malaysia on Thursday as "positive and constructive." The meeting took place on the sidelines of the ASEAN Foreign Ministers' Meeting.</p>
<p>Rubio said both the US and China are "very eager" to hold a summit between Trump and Xi. "I think there's a high probability it will happen," he said.</p>
<p>US Commerce Secretary Howard Lutnick said a new round of trade talks between the two countries will take place in early August.</p>
</article><footer>Share this article. Read more. Copyright 2025.</footer></body></html>`

// newsServer serves one article, a feed of three items and robots.txt.
func newsServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("GET /news/2025/07/11/rubio-wang", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML)
	})
	mux.HandleFunc("GET /private/secret", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML)
	})
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		var items strings.Builder
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(&items, `<item><title>Story %d</title><link>http://%s/news/2025/07/11/rubio-wang</link><pubDate>Fri, 11 Jul 2025 0%d:00:00 +0000</pubDate></item>`, i, r.Host, i)
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>http://%s/</link>%s</channel></rss>`, r.Host, items.String())
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestExtractURL(t *testing.T) {
	s := newsServer(t)
	out, stderr, code := run(t, "", "extract", "--allow-private", s.URL+"/news/2025/07/11/rubio-wang")
	if code != 0 {
		t.Fatalf("extract URL: exit %d, stderr:\n%s", code, stderr)
	}
	var doc chronicle.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Error(err)
	}
	if doc.Meta.Title != "Rubio and Wang Yi meet in Kuala Lumpur" {
		t.Errorf("extract URL: title %q", doc.Meta.Title)
	}
	if doc.Meta.Published.Value == "" || !strings.HasPrefix(doc.Meta.Published.Value, "2025-07-11") {
		t.Errorf("extract URL: published %+v; want 2025-07-11 from the page", doc.Meta.Published)
	}
	for _, junk := range []string{"Home", "Share this", "Copyright"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("extract URL: text keeps boilerplate %q:\n%s", junk, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "high probability") || len(doc.Quotes) == 0 || len(doc.Entities) == 0 {
		t.Errorf("extract URL: article text or layers missing: %d quotes, %d entities\n%s", len(doc.Quotes), len(doc.Entities), doc.Text)
	}
}

func TestExtractURLRefused(t *testing.T) {
	s := newsServer(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"loopback without --allow-private", []string{"extract", s.URL + "/news/2025/07/11/rubio-wang"}, "private"},
		{"robots.txt disallow", []string{"extract", "--allow-private", s.URL + "/private/secret"}, "robots"},
		{"not found", []string{"extract", "--allow-private", s.URL + "/nope"}, "404"},
		{"bad scheme", []string{"extract", "ftp://example.com/x"}, "ftp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, "", tt.args...)
			if code != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("Run(%q): exit %d, stderr %q; want exit 1 mentioning %q", tt.args, code, stderr, tt.want)
			}
		})
	}
}

func TestExtractFeed(t *testing.T) {
	s := newsServer(t)
	out, stderr, code := run(t, "", "extract", "--allow-private", s.URL+"/feed.xml")
	if code != 0 {
		t.Fatalf("extract feed: exit %d, stderr:\n%s", code, stderr)
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var doc chronicle.Document
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatalf("extract feed: line %d: %v", n+1, err)
		}
		if doc.Meta.Published.Source != chronicle.DateFeed {
			t.Errorf("extract feed: item %d published %+v; want source feed", n+1, doc.Meta.Published)
		}
		n++
	}
	if n != 3 {
		t.Errorf("extract feed: %d documents; want 3", n)
	}
}
