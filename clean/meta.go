package clean

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"chronicle"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
)

// pageMeta reads the title, authors and publication date of a page from its
// JSON-LD, its <meta> tags and its URL, in that order of trust, and the
// texts of its <figcaption> elements (credits not yet split off).
func pageMeta(root *html.Node, pageURL string) chronicle.Meta {
	m := chronicle.Meta{URL: pageURL, Published: chronicle.Published{Source: chronicle.DateNone}}
	var ld []any
	metas := map[string]string{}
	var titleTag string
	walk(root, func(n *html.Node) {
		switch n.Data {
		case "script":
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				var v any
				if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
					ld = append(ld, v)
				}
			}
		case "meta":
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
				if _, ok := metas[key]; !ok {
					metas[key] = v
				}
			}
		case "figcaption":
			if c := collapseSpace(blockText(n)); c != "" && utf8.RuneCountInString(c) <= captionRunes {
				if !slices.ContainsFunc(m.Captions, func(x chronicle.Caption) bool { return x.Text == c }) {
					m.Captions = append(m.Captions, chronicle.Caption{Text: c})
				}
			}
		case "title":
			if titleTag == "" && n.FirstChild != nil {
				titleTag = collapseSpace(n.FirstChild.Data)
			}
		}
	})

	var art ldArticle
	for _, v := range ld {
		findArticle(v, &art)
	}
	switch {
	case art.published != "" && isoDate(art.published) != "":
		m.Published = chronicle.Published{Value: isoDate(art.published), Source: chronicle.DateJSONLD}
	default:
		for _, k := range dateMetaKeys {
			if v := isoDate(metas[k]); v != "" {
				m.Published = chronicle.Published{Value: v, Source: chronicle.DateMeta}
				break
			}
		}
	}
	if m.Published.Value == "" {
		if v := urlDate(pageURL); v != "" {
			m.Published = chronicle.Published{Value: v, Source: chronicle.DateURL}
		}
	}
	// Titles and names are often HTML-escaped twice ("doesn&#8217;t").
	m.Title = collapseSpace(html.UnescapeString(firstNonEmpty(art.headline, metas["og:title"], metas["twitter:title"], titleTag)))
	m.Authors = art.authors
	if len(m.Authors) == 0 {
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"} {
			if v := metas[k]; v != "" && !strings.Contains(v, "://") {
				v = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by "))
				m.Authors = splitNames(v)
				break
			}
		}
	}
	if u := firstNonEmpty(art.url, metas["og:url"]); strings.Contains(u, "://") && m.URL == "" {
		m.URL = u
	}
	return m
}

// The <meta> names and properties that carry a publication date, best first.
var dateMetaKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
	"dcterms.created", "dc.date.created", "pubdate", "publishdate", "publish-date",
	"publish_date", "article.published", "originalpublicationdate", "date",
	"og:published_time", "cxenseparse:recs:publishtime", "rnews:datepublished",
}

// ldArticle is what a page's JSON-LD says about its article.
type ldArticle struct {
	published, headline, url string
	authors                  []string
	rank                     int // how article-like the type that gave published is
}

var articleTypes = map[string]int{
	"NewsArticle": 3, "ReportageNewsArticle": 3, "AnalysisNewsArticle": 3, "OpinionNewsArticle": 3,
	"BackgroundNewsArticle": 3, "LiveBlogPosting": 2, "Article": 2, "BlogPosting": 2,
	"Report": 2, "WebPage": 1, "ItemPage": 1,
}

// findArticle walks a JSON-LD value (objects, arrays, @graph) and keeps the
// fields of the most article-like object.
func findArticle(v any, art *ldArticle) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			findArticle(e, art)
		}
	case map[string]any:
		rank := 0
		for _, t := range stringsOf(x["@type"]) {
			rank = max(rank, articleTypes[t])
		}
		if rank > 0 {
			if p, ok := x["datePublished"].(string); ok && p != "" && rank > art.rank {
				art.published, art.rank = p, rank
				if h, ok := x["headline"].(string); ok {
					art.headline = collapseSpace(h)
				}
				if u, ok := x["url"].(string); ok {
					art.url = u
				}
				if a := ldNames(x["author"]); len(a) > 0 {
					art.authors = a
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			findArticle(g, art)
		}
	}
}

// ldNames returns the names of a JSON-LD author: a string, a Person or a
// list of either.
func ldNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if x = collapseSpace(html.UnescapeString(x)); x != "" && !strings.Contains(x, "://") {
			out = append(out, x)
		}
	case map[string]any:
		out = append(out, ldNames(x["name"])...)
	case []any:
		for _, e := range x {
			for _, n := range ldNames(e) {
				out = appendUnique(out, n)
			}
		}
	}
	return out
}

func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

var rxISODate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// isoDate normalises a date as found in metadata to ISO 8601: a date
// stays a date, a date and time becomes RFC 3339. It returns "" for what it
// cannot read or for implausible years.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	t, err := dateparse.ParseAny(s)
	if err != nil || t.Year() < 1900 || t.Year() > 2100 {
		return ""
	}
	if rxISODate.MatchString(s) || len(s) <= 10 && t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

var rxURLDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)`)

// urlDate reads a date from a URL path such as /2025/07/11/.
func urlDate(u string) string {
	m := rxURLDate.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// walk calls fn for every element under n, without recursion.
func walk(n *html.Node, fn func(*html.Node)) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			fn(n)
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}
