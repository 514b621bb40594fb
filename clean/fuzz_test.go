package clean_test

import (
	"context"
	"errors"
	"os"
	"testing"
	"unicode/utf8"

	"chronicle"
	"chronicle/clean"
)

func FuzzText(f *testing.F) {
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("\ufeffTitle line\r\n\r\nBody text here.\r\n![]() |\r\nCaption. Photo: AP |\r\nCaption. Photo: AP\r\nBy Jane Doe, Reuters")
	f.Add("KUALA LUMPUR (Reuters) - x\n(Reporting by A B; Editing by C D)\n— AP")
	f.Add("[![a](b)](c) text\n| |\n![x](y\n")
	f.Add("Pel&#233; caf&eacute; &amp; &#xD800; &ampx; Caf\xe9 &#150;")
	c := clean.New(clean.Options{})
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := c.Prepare(context.Background(), &chronicle.Article{Source: "fuzz", Format: chronicle.FormatText, Body: []byte(in)})
		if err != nil {
			if !errors.Is(err, clean.ErrNoContent) && !errors.Is(err, clean.ErrNotUTF8) {
				t.Fatalf("Prepare(%q): unexpected error %v", in, err)
			}
			if errors.Is(err, clean.ErrNotUTF8) && utf8.ValidString(in) {
				t.Fatalf("Prepare(%q): ErrNotUTF8 on valid UTF-8", in)
			}
			return
		}
		checkDoc(t, doc, []byte(in))
		raw, err := clean.Raw(&chronicle.Article{Body: []byte(in)})
		switch {
		case !utf8.ValidString(in):
			if !errors.Is(err, clean.ErrNotUTF8) {
				t.Fatalf("Raw(%q) error = %v; want ErrNotUTF8", in, err)
			}
		case err != nil || raw.Text != in:
			t.Fatalf("Raw(%q) = %v; want the input", in, err)
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("Prepare(%q).Text is not UTF-8", in)
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add("<html><head><title>T</title></head><body><p>Some article text that is long enough.</p></body></html>")
	f.Add(page(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"datePublished":"2025-07-11","author":"A B"}]}</script>`))
	f.Add("<div><div><p>x</p><figure><figcaption>Cap. Photo: AP</figcaption></figure>")
	f.Add("<meta charset=utf-16><p>\xff\xfeh\x00i\x00")
	c := clean.New(clean.Options{})
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := c.Prepare(context.Background(), &chronicle.Article{Source: "fuzz", Format: chronicle.FormatHTML, Body: []byte(in), URL: "https://example.test/2025/07/11/x"})
		if err != nil {
			if !errors.Is(err, clean.ErrNoContent) {
				t.Fatalf("Prepare(%q): unexpected error %v", in, err)
			}
			return
		}
		checkDoc(t, doc, nil)
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("Prepare(%q).Text is not UTF-8", in)
		}
	})
}
