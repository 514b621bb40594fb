package main

import (
	"context"
	"fmt"
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
// event's evidence and references must hold (eventRefs). It is the net for failures
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
		if err := eventRefs(doc); err != nil {
			t.Errorf("pipeline %s: %v", f, err)
		}
	}
	t.Logf("%d texts", len(files))
}

// eventRefs checks what Document.Check does not: every event's evidence is
// one of the document's sentences, and its actors, recipients, figures and
// claim name entities, figures and quotes the document has.
func eventRefs(doc *chronicle.Document) error {
	sents := map[chronicle.Span]bool{}
	for _, s := range doc.Sentences {
		sents[chronicle.Span{Start: s.Start, End: s.End}] = true
	}
	ids := map[string]bool{}
	for _, e := range doc.Entities {
		ids[e.ID] = true
	}
	for _, f := range doc.Figures {
		ids[f.ID] = true
	}
	for _, q := range doc.Quotes {
		ids[q.ID] = true
	}
	for _, ev := range doc.Events {
		if !sents[ev.Evidence] {
			return fmt.Errorf("event %s: evidence [%d,%d) is not a sentence", ev.ID, ev.Evidence.Start, ev.Evidence.End)
		}
		for _, a := range append(append([]chronicle.Actor(nil), ev.Actors...), ev.Recipients...) {
			if a.Entity != "" && !ids[a.Entity] {
				return fmt.Errorf("event %s: actor %q names no entity", ev.ID, a.Entity)
			}
		}
		for _, f := range ev.Figures {
			if !ids[f] {
				return fmt.Errorf("event %s: figure %q is not in the document", ev.ID, f)
			}
		}
		if ev.Claim != nil && !ids[ev.Claim.Quote] {
			return fmt.Errorf("event %s: claim quote %q is not in the document", ev.ID, ev.Claim.Quote)
		}
	}
	return nil
}
