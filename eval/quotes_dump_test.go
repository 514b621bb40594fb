package eval

import (
	"context"
	"os"
	"testing"
)

// TestQuoteErrorsDump writes the error listing of the quote stage on a
// PolNeAR split to $QUOTE_ERRORS (dev, or the split directory in
// $QUOTE_SPLIT); it is a debugging aid and skips without $QUOTE_ERRORS:
//
//	QUOTE_ERRORS=/tmp/dev.txt go test -run TestQuoteErrorsDump ./eval
func TestQuoteErrorsDump(t *testing.T) {
	out := os.Getenv("QUOTE_ERRORS")
	if out == "" {
		t.Skip("QUOTE_ERRORS not set: nothing to write")
	}
	dir := os.Getenv("QUOTE_SPLIT")
	if dir == "" {
		dir = polnearDir(t, "dev")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := WriteQuoteErrors(context.Background(), f, dir, quotePipeline(t)); err != nil {
		t.Fatal(err)
	}
}
