package clean

import (
	"bytes"
	"context"
	"fmt"
	"io"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	"chronicle"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// minExtracted is the length in runes below which the main extractor's text
// is considered a failure and the fallback is tried.
const minExtracted = 250

// HTML extracts the main text and the metadata of an HTML page in any
// charset it declares. The text has one paragraph per line. Meta has the
// title, authors, URL, publication date with its source (jsonld, meta, url
// or none) and the page's figure captions (with any credit still part of
// Caption.Text); Wire and Language are empty. It fails with
// ErrNoContent when the page has no main text and ErrTooLarge when it is
// larger than DefaultMaxBytes.
func HTML(ctx context.Context, page []byte, pageURL string) (text string, meta chronicle.Meta, err error) {
	meta.Published.Source = chronicle.DateNone
	if len(page) > DefaultMaxBytes {
		return "", meta, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(page), DefaultMaxBytes)
	}
	if err := ctx.Err(); err != nil {
		return "", meta, err
	}
	src, err := decodeHTML(page)
	if err != nil {
		return "", meta, err
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The parser refuses pathological pages (elements nested more
		// than 512 deep); their text is still worth having.
		text = tokenText(src)
		if !hasAlnum(text) {
			return "", meta, ErrNoContent
		}
		meta.URL = pageURL
		if v := urlDate(pageURL); v != "" {
			meta.Published = chronicle.Published{Value: v, Source: chronicle.DateURL}
		}
		return text, meta, nil
	}
	u, _ := nurl.Parse(pageURL)
	if u != nil && (u.Scheme == "" || u.Host == "") {
		u = nil
	}
	meta = pageMeta(root, pageURL)
	if err := ctx.Err(); err != nil {
		return "", meta, err
	}

	res, terr := trafilatura.ExtractDocument(root, trafilatura.Options{
		OriginalURL:     u,
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	if terr == nil {
		text = blockText(res.ContentNode)
		if meta.Title == "" {
			meta.Title = collapseSpace(res.Metadata.Title)
		}
		if len(meta.Authors) == 0 && res.Metadata.Author != "" {
			for _, a := range strings.Split(res.Metadata.Author, ";") {
				if a = collapseSpace(a); a != "" {
					meta.Authors = appendUnique(meta.Authors, a)
				}
			}
		}
		if meta.Published.Value == "" && !res.Metadata.Date.IsZero() {
			meta.Published = chronicle.Published{Value: res.Metadata.Date.Format("2006-01-02"), Source: chronicle.DateMeta}
		}
	}
	if err := ctx.Err(); err != nil {
		return "", meta, err
	}
	if utf8.RuneCountInString(text) < minExtracted {
		if alt := readable(src, u); utf8.RuneCountInString(alt) > utf8.RuneCountInString(text) {
			text = alt
		}
	}
	if !hasContent(text, meta.Title) {
		return "", meta, ErrNoContent
	}
	return text, meta, nil
}

// hasContent reports whether text has a letter or digit outside lines that
// only repeat the title.
func hasContent(text, title string) bool {
	for _, l := range strings.Split(text, "\n") {
		if hasAlnum(l) && (title == "" || !sameTitle(l, title)) {
			return true
		}
	}
	return false
}

// decodeHTML converts page to UTF-8. A page that is valid UTF-8 is taken as
// UTF-8 whatever it declares; otherwise its byte-order mark or <meta>
// charset decides, with windows-1252 as the last resort.
func decodeHTML(page []byte) (string, error) {
	if utf8.Valid(page) {
		return strings.TrimPrefix(string(page), "\ufeff"), nil
	}
	enc, _, _ := charset.DetermineEncoding(page, "")
	b, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(page)))
	if err != nil {
		return "", fmt.Errorf("clean: decode html: %w", err)
	}
	// A page can lie about its charset; what does not decode becomes U+FFFD.
	return strings.TrimPrefix(strings.ToValidUTF8(string(b), "\ufffd"), "\ufeff"), nil
}

// readable is the fallback extractor: Readability (readeck's fork).
func readable(src string, u *nurl.URL) string {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	p := readability.NewParser()
	art, err := p.ParseDocument(root, u)
	if err != nil || art.Node == nil {
		return ""
	}
	return blockText(art.Node)
}

// blockElements break lines in blockText.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true,
	"dd": true, "details": true, "dialog": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true,
	"hgroup": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true, "p": true,
	"pre": true, "section": true, "summary": true, "table": true, "tr": true, "ul": true,
	"caption": true, "tbody": true, "thead": true, "tfoot": true, "body": true, "html": true,
	// trafilatura's own element names
	"head": true, "list": true, "item": true, "quote": true, "lb": true, "code": true,
}

// blockText renders the text of n with one block element per line and
// white space collapsed inside lines. Table cells are separated by spaces.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var out, cur strings.Builder
	flush := func() {
		line := collapseSpace(cur.String())
		cur.Reset()
		if line == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(line)
	}
	// An explicit stack instead of recursion: pages can nest deeply.
	type frame struct {
		n    *html.Node
		exit bool
	}
	stack := []frame{{n: n}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch f.n.Type {
		case html.TextNode:
			cur.WriteString(f.n.Data)
			continue
		case html.ElementNode:
			switch f.n.Data {
			case "script", "style", "noscript", "template", "iframe", "svg":
				continue
			case "td", "th":
				cur.WriteByte(' ')
			}
			if blockElements[f.n.Data] {
				flush()
			}
			if f.exit {
				continue
			}
			stack = append(stack, frame{n: f.n, exit: true})
		case html.DocumentNode:
		default:
			continue
		}
		if f.exit {
			continue
		}
		var kids []*html.Node
		for c := f.n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{n: kids[i]})
		}
	}
	flush()
	return out.String()
}

// tokenText is the text of a page the parser could not build a tree for:
// every text outside scripts and styles, one block element per line.
func tokenText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var out, cur strings.Builder
	flush := func() {
		if line := collapseSpace(cur.String()); line != "" {
			if out.Len() > 0 {
				out.WriteByte('\n')
			}
			out.WriteString(line)
		}
		cur.Reset()
	}
	skip := ""
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			return out.String()
		case html.TextToken:
			if skip == "" {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case skip != "":
				if tag == skip {
					skip = ""
				}
			case tag == "script" || tag == "style" || tag == "noscript" || tag == "template":
				skip = tag
			case blockElements[tag]:
				flush()
			}
		}
	}
}
