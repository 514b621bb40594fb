package main

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle"
)

// pronounSpeakerFloor is the number of testdata/pronoun-speakers.tsv rows
// the pipeline must get right: of the first 60 (the tuning set), 52 when
// they were judged and 55 after the rules they prompted; of the 40 held
// out, 36 when they were judged at ed7c9b5.
const pronounSpeakerFloor = 91

// TestPronounSpeakers scores the entities that quote speakers written as a
// pronoun resolve to, on 100 BBC quotes judged by hand (see the file's
// comments), and fails below pronounSpeakerFloor. PolNeAR scores speaker
// spans only, so this is the measure of pronoun resolution.
//
//	go test -run TestPronounSpeakers -v ./cmd/chronicle
func TestPronounSpeakers(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "pronoun-speakers.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type row struct {
		file, word, after string
		want              []string
	}
	var rows []row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("pronoun-speakers.tsv: %d columns in %q; want 4", len(cols), line)
		}
		rows = append(rows, row{cols[0], cols[1], cols[2], strings.Split(cols[3], "|")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join("..", "..", sharedData, "corpus")
	if _, err := os.Stat(filepath.Join(corpus, rows[0].file)); err != nil {
		t.Skipf("BBC corpus missing (%v); ../shared/data is not committed", err)
	}
	p, err := newPipeline(pipelineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*chronicle.Document{}
	right := 0
	for _, r := range rows {
		doc := docs[r.file]
		if doc == nil {
			data, err := os.ReadFile(filepath.Join(corpus, r.file))
			if err != nil {
				t.Fatal(err)
			}
			if doc, err = p.Run(context.Background(), &chronicle.Article{Source: r.file, Body: data, Format: chronicle.FormatText}); err != nil {
				t.Fatalf("%s: %v", r.file, err)
			}
			docs[r.file] = doc
		}
		var sp *chronicle.Speaker
		for _, q := range doc.Quotes {
			if s := q.Speaker; s != nil && s.Text == r.word && strings.HasPrefix(doc.Text[s.End:], r.after) {
				sp = s
				break
			}
		}
		if sp == nil {
			t.Errorf("%s: no quote spoken by %q before %q", r.file, r.word, r.after)
			continue
		}
		got := ""
		for _, e := range doc.Entities {
			if e.ID == sp.Entity {
				got = e.Name
			}
		}
		if slices.Contains(r.want, got) {
			right++
		} else {
			t.Logf("%s: %q%s… resolves to %q; want %q", r.file, r.word, r.after, got, strings.Join(r.want, " or "))
		}
	}
	t.Logf("pronoun speakers: %d of %d right", right, len(rows))
	if right < pronounSpeakerFloor {
		t.Errorf("pronoun speakers: %d of %d right; the recorded floor is %d", right, len(rows), pronounSpeakerFloor)
	}
}
