package chronicle

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	text := "Wang Yi met Rubio — in Kuala Lumpur."
	dash := strings.Index(text, "—")
	tests := []struct {
		name string
		doc  Document
		want string // substring of the error, "" for none
	}{
		{"empty", Document{}, ""},
		{"good", Document{Text: text,
			Tokens:    []Token{{Start: 0, End: 4}, {Start: 5, End: 7}},
			Sentences: []Sentence{{Start: 0, End: len(text)}},
			Mentions:  []Mention{{ID: "m1", Start: 0, End: 7, Text: "Wang Yi"}}}, ""},
		{"past end", Document{Text: text, Sentences: []Sentence{{Start: 0, End: len(text) + 1}}}, "outside text"},
		{"negative", Document{Text: text, Tokens: []Token{{Start: -1, End: 2}}}, "outside text"},
		{"inverted", Document{Text: text, Zones: []Zone{{Start: 5, End: 2}}}, "outside text"},
		{"mid-rune", Document{Text: text, Mentions: []Mention{{Start: dash + 1, End: dash + 3, Text: text[dash+1 : dash+3]}}}, "rune boundaries"},
		{"overlapping sentences", Document{Text: text, Sentences: []Sentence{{Start: 0, End: 10}, {Start: 5, End: 12}}}, "before the previous end"},
		{"empty token", Document{Text: text, Tokens: []Token{{Start: 3, End: 3}}}, "empty"},
		{"wrong text", Document{Text: text, Mentions: []Mention{{Start: 0, End: 4, Text: "Rubio"}}}, "differs"},
		{"quote speaker", Document{Text: text, Quotes: []Quote{{Start: 0, End: 1, Text: "W", Speaker: &Speaker{Start: 9, End: 99}}}}, "quotes.speaker"},
	}
	for _, tt := range tests {
		err := tt.doc.Check()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: Check() = %v; want nil", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: Check() = %v; want an error containing %q", tt.name, err, tt.want)
		}
	}
}

func TestNormalizeGivesEmptyLists(t *testing.T) {
	d := Document{Text: "x", Entities: []Entity{{ID: "e1"}}, Events: []Event{{ID: "v1"}}}
	d.Normalize()
	b, err := json.Marshal(&d)
	if err != nil {
		t.Fatal(err)
	}
	// Lists are never null; an object that may be missing is (an
	// event's claim, as a quote's speaker and cue).
	if s := strings.ReplaceAll(string(b), `"claim":null`, ""); strings.Contains(s, "null") {
		t.Errorf("json.Marshal(normalized) = %s; contains a null list", b)
	}
	if !strings.Contains(string(b), `"claim":null`) {
		t.Errorf("json.Marshal(normalized) = %s; want \"claim\":null for an event the article states", b)
	}
	if d.Meta.Published.Source != DateNone {
		t.Errorf("Normalize: published source = %q; want %q", d.Meta.Published.Source, DateNone)
	}
}

func TestPipelineNamesFailingStage(t *testing.T) {
	boom := errors.New("boom")
	p := Pipeline{
		Prepare: PreparerFunc(func(_ context.Context, a *Article) (*Document, error) {
			return &Document{Text: string(a.Body)}, nil
		}),
		Stages: []Stage{
			{Name: "ok", Annotator: AnnotatorFunc(func(context.Context, *Document) error { return nil })},
			{Name: "bad", Annotator: AnnotatorFunc(func(context.Context, *Document) error { return boom })},
		},
	}
	_, err := p.Run(context.Background(), &Article{Body: []byte("x")})
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "bad: ") {
		t.Errorf("Pipeline.Run = %v; want boom wrapped with the stage name", err)
	}
}

func TestSourceOffset(t *testing.T) {
	d := Document{Text: "ab\ncd", Segments: []Segment{{Start: 0, End: 3, Source: 0}, {Start: 3, End: 5, Source: 4}}}
	for _, tt := range []struct{ off, want int }{{0, 0}, {2, 2}, {4, 5}, {5, 6}, {9, -1}} {
		if got := d.SourceOffset(tt.off); got != tt.want {
			t.Errorf("SourceOffset(%d) = %d; want %d", tt.off, got, tt.want)
		}
	}
}
