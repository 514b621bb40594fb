package clean_test

import (
	"context"
	"os"
	"testing"

	"chronicle"
	"chronicle/clean"
)

func BenchmarkPrepareText(b *testing.B) {
	src, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	c := clean.New(clean.Options{})
	a := &chronicle.Article{Source: "seed", Format: chronicle.FormatText, Body: src}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := c.Prepare(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPrepareHTML(b *testing.B) {
	body := []byte(page(""))
	c := clean.New(clean.Options{})
	a := &chronicle.Article{Source: "page", Format: chronicle.FormatHTML, Body: body}
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := c.Prepare(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}
