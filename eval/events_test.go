package eval_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/eval"
	"chronicle/nlp/event"
	"chronicle/nlp/figure"
	"chronicle/nlp/quote"
	"chronicle/nlp/timex"
)

// eventPipeline builds the real pipeline through the event stage.
func eventPipeline(t testing.TB) func(ctx context.Context, text string) (*chronicle.Document, error) {
	stages := append(eval.EntityStages(t), timex.New(timex.Options{}), quote.New(quote.Options{}),
		figure.New(figure.Options{}), event.New(event.Options{}))
	return func(ctx context.Context, text string) (*chronicle.Document, error) {
		// The records' dates are all 2000-01-01, a placeholder, not a
		// publication date: the documents have none.
		doc := &chronicle.Document{Text: text}
		for _, a := range stages {
			if err := a.Annotate(ctx, doc); err != nil {
				return nil, err
			}
		}
		return doc, doc.Check()
	}
}

// gsrPath returns the PLOVER gold-standard file in ../shared, or skips.
func gsrPath(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", "events", "plover", "PLOVER_GSR_CAMEO.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("PLOVER gold standard not available (%v); the regression gate needs ../shared/data/events/plover", err)
	}
	return p
}

// TestEventsPLOVERGSR is the regression gate on the PLOVER gold-standard
// records: the measures must not fall below those measured when the stage
// was written.
func TestEventsPLOVERGSR(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full pipeline on 322 sentences")
	}
	s, err := eval.ScoreEvents(context.Background(), gsrPath(t), eventPipeline(t))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	s.Print(&b)
	t.Log("\n" + b.String())
	floors := []struct {
		name string
		got  float64
		min  float64
	}{
		// Measured 0.767, 0.776, 0.712, 0.746 and mode 0.581 over 117 (0.761, 0.776, 0.715, 0.747, 0.581 after later POS and entity changes: 0.764 just before the POS pruning of 93ef574, 0.761 after it)
		// (go test -run TestEventsPLOVERGSR -v ./eval).
		{"type accuracy", s.Type.Value(), 0.76},
		{"actor match", s.Actor.Value(), 0.77},
		{"recipient match", s.Recipient.Value(), 0.70},
		{"actor+recipient match", s.ActorRecipient().Value(), 0.74},
		{"mode accuracy", s.Mode.Value(), 0.57},
	}
	for _, f := range floors {
		if f.got < f.min {
			t.Errorf("ScoreEvents: %s = %.4f; want >= %.4f", f.name, f.got, f.min)
		}
	}
	if !strings.HasPrefix(lastLine(b.String()), "F1 ") {
		t.Errorf("Print: last line %q; want F1 <fraction>", lastLine(b.String()))
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func TestScoreEventsSmall(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "gsr.json")
	data := `[{"id":"D","event":"DOCUMENT","eventText":"x"},
{"id":"a","event":"DEMAND","text":"France demanded that Germany pay.","source":[{"code":"FRA"}],"target":[{"code":"DEU"}],"mode":""},
{"id":"b","event":"AGREE","text":"Nothing here.","source":"","target":null},
{"id":"c","event":"CONSULT","text":"Japan met Italy.","source":[{"code":"JAP"}],"target":[{"code":"ITLGOV"}],"mode":""}]`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	analyse := func(ctx context.Context, text string) (*chronicle.Document, error) {
		doc := &chronicle.Document{Text: text}
		if strings.HasPrefix(text, "France") {
			doc.Events = []chronicle.Event{{Type: "REQUEST", Status: "occurred",
				Actors: []chronicle.Actor{{Code: "FRAGOV"}}, Recipients: []chronicle.Actor{{Code: "DEU"}}}}
		}
		if strings.HasPrefix(text, "Japan") { // gold JAP and ITL are CAMEO's codes for JPN and ITA
			doc.Events = []chronicle.Event{{Type: "CONSULT", Status: "occurred",
				Actors: []chronicle.Actor{{Code: "JPNGOV"}}, Recipients: []chronicle.Actor{{Code: "ITAGOV"}}}}
		}
		return doc, nil
	}
	s, err := eval.ScoreEvents(context.Background(), p, analyse)
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 3 || s.Type.Correct != 2 || s.Actor != (eval.QuoteAccuracy{Correct: 2, Total: 2}) ||
		s.Recipient != (eval.QuoteAccuracy{Correct: 2, Total: 2}) || s.Confusion["AGREE"]["NONE"] != 1 || s.Types.F1() != 0.8 {
		t.Errorf("ScoreEvents(small) = %+v; want 3 records, 2 types right, actor and recipient 2/2, AGREE→NONE, F1 0.8", s)
	}
	if err := os.WriteFile(p, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := eval.ScoreEvents(context.Background(), p, analyse); !errors.Is(err, eval.ErrEventData) {
		t.Errorf("ScoreEvents(bad json) = %v; want ErrEventData", err)
	}
}
