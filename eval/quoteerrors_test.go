package eval

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"chronicle"
)

func TestWriteQuoteErrors(t *testing.T) {
	dir := writeSplit(t, quoteText, quoteAnn)
	span := func(s string) chronicle.Span {
		i := strings.Index(quoteText, s)
		return chronicle.Span{Start: i, End: i + len(s)}
	}
	analyse := func(_ context.Context, text string) (*chronicle.Document, error) {
		doc := &chronicle.Document{Text: text}
		add := func(content, speaker, cue string) {
			c := span(content)
			q := chronicle.Quote{ID: "q", Start: c.Start, End: c.End, Text: content}
			s := span(speaker)
			q.Speaker = &chronicle.Speaker{Start: s.Start, End: s.End, Text: speaker}
			k := span(cue)
			q.Cue = &chronicle.Cue{Start: k.Start, End: k.End, Text: cue}
			doc.Quotes = append(doc.Quotes, q)
		}
		add("We will win,", "Smith", "said") // a match
		add("Café", "Café", "Café")          // a false positive
		return doc, nil                      // Jones's content is missed
	}
	var buf bytes.Buffer
	if err := WriteQuoteErrors(context.Background(), &buf, dir, analyse); err != nil {
		t.Fatalf("WriteQuoteErrors: %v", err)
	}
	got := buf.String()
	for _, want := range []string{
		"=== ",
		"OK GD@6 [Smith|said] \"“We will win,”\"\n",
		"MISS GI@",
		"[Jones|said] \"the plan fails\"\n",
		"FP PI@0 [Café|Café] \"Café\"\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("WriteQuoteErrors output lacks %q:\n%s", want, got)
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
	changed := func(_ context.Context, text string) (*chronicle.Document, error) {
		return &chronicle.Document{Text: text + "x"}, nil
	}
	if err := WriteQuoteErrors(context.Background(), &buf, dir, changed); err == nil {
		t.Error("WriteQuoteErrors(text changed) = nil; want an error")
	}
}

func ExampleWriteQuoteErrors() {
	// The CLI passes its full pipeline; here nothing is predicted, so every
	// gold content is listed as missed.
	none := func(_ context.Context, text string) (*chronicle.Document, error) {
		return &chronicle.Document{Text: text}, nil
	}
	if err := WriteQuoteErrors(context.Background(), os.Stdout, "../../shared/data/quotes/polnear/dev", none); err != nil {
		return // data not available
	}
}
