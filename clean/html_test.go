package clean_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/clean"
)

const articleBody = `<article><h1>Ministers meet in Kuala Lumpur</h1>
<p>US Secretary of State Marco Rubio described his meeting with Chinese Foreign Minister Wang Yi in Malaysia on Thursday as positive and constructive.</p>
<p>This was the first face-to-face meeting between the two foreign ministers and one of the highest-level contacts between the two countries this year.</p>
<p>Rubio said both sides are very eager to hold a summit between the two presidents, adding that a time would be agreed later.</p>
<figure><img src="a.jpg"><figcaption>The two ministers in Kuala Lumpur. Photo: AP</figcaption></figure>
<p>Tensions escalated this year as the two countries engaged in a trade war that saw tariffs on each other's imports surge.</p></article>`

func page(head string) string {
	return "<html><head><title>Ministers meet in Kuala Lumpur | Example News</title>" + head +
		"</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>" + articleBody +
		"<footer>Copyright Example News</footer></body></html>"
}

func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		name, head, url string
		want            chronicle.Published
		authors         []string
	}{
		{"json-ld", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2025-01-01"},{"@type":"NewsArticle","headline":"Ministers meet","datePublished":"2025-07-11T08:00:00+07:00","author":[{"@type":"Person","name":"Pham Giang"}]}]}</script>` +
			`<meta property="article:published_time" content="2025-07-10">`, "",
			chronicle.Published{Value: "2025-07-11T08:00:00+07:00", Source: chronicle.DateJSONLD}, []string{"Pham Giang"}},
		{"meta", `<meta property="article:published_time" content="2025-07-10T21:00:00Z"><meta name="author" content="Jane Doe">`, "https://example.test/2024/01/02/story",
			chronicle.Published{Value: "2025-07-10T21:00:00Z", Source: chronicle.DateMeta}, []string{"Jane Doe"}},
		{"sailthru", `<meta name="sailthru.date" content="2025-07-09">`, "",
			chronicle.Published{Value: "2025-07-09", Source: chronicle.DateMeta}, nil},
		{"url", ``, "https://example.test/news/2025/07/11/ministers-meet",
			chronicle.Published{Value: "2025-07-11", Source: chronicle.DateURL}, nil},
		{"none", ``, "https://example.test/news/ministers-meet",
			chronicle.Published{Source: chronicle.DateNone}, nil},
	}
	for _, tt := range tests {
		text, meta, err := clean.HTML(context.Background(), []byte(page(tt.head)), tt.url)
		if err != nil {
			t.Fatalf("%s: HTML: %v", tt.name, err)
		}
		if meta.Published != tt.want {
			t.Errorf("%s: HTML(...).Published = %+v; want %+v", tt.name, meta.Published, tt.want)
		}
		if tt.authors != nil && !sameStrings(meta.Authors, tt.authors) {
			t.Errorf("%s: HTML(...).Authors = %q; want %q", tt.name, meta.Authors, tt.authors)
		}
		if !strings.Contains(text, "Tensions escalated") || strings.Contains(text, "Copyright") {
			t.Errorf("%s: HTML(...) text = %q; want the article without the footer", tt.name, text)
		}
	}
}

func TestPrepareHTML(t *testing.T) {
	c := clean.New(clean.Options{})
	a := &chronicle.Article{Source: "page.html", Format: chronicle.FormatHTML, Body: []byte(page("")),
		URL: "https://example.test/2025/07/11/ministers"}
	doc, err := c.Prepare(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, doc, nil)
	if doc.Segments != nil {
		t.Errorf("Prepare(HTML).Segments = %v; want nil", doc.Segments)
	}
	if doc.Meta.Title == "" || doc.Meta.Language != "en" || doc.Meta.URL != a.URL {
		t.Errorf("Prepare(HTML).Meta = %+v; want a title, language en and the URL", doc.Meta)
	}
	if doc.Meta.Published != (chronicle.Published{Value: "2025-07-11", Source: chronicle.DateURL}) {
		t.Errorf("Prepare(HTML).Meta.Published = %+v; want 2025-07-11 from the url", doc.Meta.Published)
	}
	// A date the feed gave wins.
	a.Meta.Published = chronicle.Published{Value: "2025-07-12", Source: chronicle.DateFeed}
	doc, err = c.Prepare(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Published != a.Meta.Published {
		t.Errorf("Prepare(HTML with feed date).Meta.Published = %+v; want %+v", doc.Meta.Published, a.Meta.Published)
	}
	if len(doc.Meta.Captions) != 1 || doc.Meta.Captions[0].Credit != "AP" {
		t.Errorf("Prepare(HTML).Meta.Captions = %+v; want one credited AP", doc.Meta.Captions)
	}
}

func TestHTMLCharset(t *testing.T) {
	body := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><article><p>" +
		strings.Repeat("Le caf\xe9 de la place a rouvert ses portes apr\xe8s des travaux. ", 8) + "</p></article></body></html>"
	text, _, err := clean.HTML(context.Background(), []byte(body), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "café de la place") || !strings.Contains(text, "après") {
		t.Errorf("HTML(windows-1252 page) = %q; want decoded accents", abbrev(text))
	}
}

func TestHTMLDeeplyNested(t *testing.T) {
	const depth = 10000
	body := "<html><body>" + strings.Repeat("<div>", depth) +
		"<p>The deep paragraph still holds a sentence of the article that must survive.</p>" +
		strings.Repeat("</div>", depth) + "</body></html>"
	start := time.Now()
	doc, err := clean.New(clean.Options{}).Prepare(context.Background(), &chronicle.Article{Format: chronicle.FormatHTML, Body: []byte(body)})
	if err != nil {
		t.Fatalf("Prepare(%d nested divs): %v", depth, err)
	}
	checkDoc(t, doc, nil)
	if !strings.Contains(doc.Text, "The deep paragraph") {
		t.Errorf("Prepare(%d nested divs).Text = %q; want the paragraph", depth, doc.Text)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Prepare(%d nested divs) took %v", depth, d)
	}
}

func TestHTMLTooLarge(t *testing.T) {
	big := make([]byte, clean.DefaultMaxBytes+1)
	if _, _, err := clean.HTML(context.Background(), big, ""); !errors.Is(err, clean.ErrTooLarge) {
		t.Errorf("HTML(%d bytes) error = %v; want ErrTooLarge", len(big), err)
	}
}

func TestPrepareHTMLAuthors(t *testing.T) {
	tests := []struct {
		author        string
		authors, wire []string
	}{
		{"By MEG KINNARD and ERRIN HAINES, Associated Press", []string{"MEG KINNARD", "ERRIN HAINES"}, []string{"AP"}},
		{"Analysis by Chris Cillizza, CNN Editor-at-large", []string{"Chris Cillizza"}, nil},
		{"Reuters", nil, []string{"Reuters"}},
		{"JILL LAWLESS Associated Press", []string{"JILL LAWLESS"}, []string{"AP"}},
		{"Jane Doe | Example News", []string{"Jane Doe"}, nil},
	}
	c := clean.New(clean.Options{})
	for _, tt := range tests {
		head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers meet &#8216;soon&#8217;","datePublished":"2025-07-11","author":{"@type":"Person","name":"` + tt.author + `"}}</script>`
		doc, err := c.Prepare(context.Background(), &chronicle.Article{Format: chronicle.FormatHTML, Body: []byte(page(head))})
		if err != nil {
			t.Fatal(err)
		}
		if !sameStrings(doc.Meta.Authors, tt.authors) || !sameStrings(doc.Meta.Wire, tt.wire) {
			t.Errorf("Prepare(page by %q) authors %q wire %q; want %q %q", tt.author, doc.Meta.Authors, doc.Meta.Wire, tt.authors, tt.wire)
		}
		if doc.Meta.Title != "Ministers meet ‘soon’" && doc.Meta.Title != "Ministers meet in Kuala Lumpur" {
			t.Errorf("Prepare(page).Meta.Title = %q; want the unescaped headline or the first line", doc.Meta.Title)
		}
	}
}
