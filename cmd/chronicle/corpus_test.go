package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

// TestPipelineCorpora runs the whole pipeline over every text of the
// shared corpora (the BBC corpus and all PolNeAR splits): no article may
// fail, crash or hang, every layer must pass Document.Check, and every
// event's evidence must lie inside the text. It is the net for failures
// that only some real article triggers (a stack overflow in the event
// stage once hit 7 of ~3,200 texts and no fuzzer found it).
func TestPipelineCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-corpus run skipped in -short mode")
	}
	roots := []string{
		filepath.Join("..", "..", sharedData, "corpus", "bbc-news"),
		filepath.Join("..", "..", sharedData, "quotes", "polnear"),
	}
	var files []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.Contains(p, "annotation-guidelines") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			t.Logf("corpus %s: %v", root, err)
		}
	}
	if len(files) < 100 {
		t.Skipf("shared corpora missing (%d texts under %v); ../shared/data is not committed", len(files), roots)
	}
	p, err := newPipeline(pipelineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := &chronicle.Article{Source: f, Body: data, Format: chronicle.FormatText}
		doc, err := p.Run(ctx, a)
		if err != nil {
			// Legacy-charset and empty inputs are refused with an error,
			// which is the contract; anything else is a failure.
			if !strings.Contains(err.Error(), "UTF-8") && !strings.Contains(err.Error(), "empty") {
				t.Errorf("pipeline %s: %v", f, err)
			}
			continue
		}
		if err := doc.Check(); err != nil {
			t.Errorf("pipeline %s: %v", f, err)
		}
		for _, ev := range doc.Events {
			if ev.Evidence.Start < 0 || ev.Evidence.End > len(doc.Text) || ev.Evidence.Start >= ev.Evidence.End {
				t.Errorf("pipeline %s: event %s evidence %d:%d outside the text (%d bytes)", f, ev.ID, ev.Evidence.Start, ev.Evidence.End, len(doc.Text))
			}
		}
	}
	t.Logf("%d texts", len(files))
}
