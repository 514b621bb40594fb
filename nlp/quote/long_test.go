package quote

import (
	"context"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/nlp/tokenize"
)

// TestLongInputs runs pathological texts (thousands of quotes or cues in
// one sentence) to keep the stage near linear; it logs the times.
func TestLongInputs(t *testing.T) {
	for _, text := range []string{
		strings.Repeat(`"a," he said. `, 5000),
		strings.Repeat(`“a `, 20000),
		strings.Repeat("said ", 20000),
		strings.Repeat("Smith said that Jones said that ", 5000),
		strings.Repeat("x: ", 30000),
	} {
		doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
		start := time.Now()
		if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d bytes %d quotes %v", len(text), len(doc.Quotes), time.Since(start))
	}
}
