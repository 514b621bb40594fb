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

// pronounSpeakerMaxWrong is the number of testdata/pronoun-speakers.tsv
// rows the pipeline may resolve wrongly: of the first 60 pronouns (the
// tuning set), 8 were wrong when they were judged and 5 after the rules
// they prompted; of the 40 pronouns held out, 4 when they were judged at
// ed7c9b5 (3 now, one row unscored); of the 30 definite descriptions ("the
// company") held out, 8 when they were judged at 1b29023. 14 since the
// unnamed things ("the advert said … It") and plural subjects ("Users
// … If they want") of the eighth round.
const pronounSpeakerMaxWrong = 14

// pronounSpeakerMaxMissing is how many rows may have lost their quote (a
// retrained cue model drops one): past it the set needs redrawing.
const pronounSpeakerMaxMissing = 5

// TestPronounSpeakers scores the entities that quote speakers written as a
// pronoun or a definite description ("the company") resolve to, on 130
// BBC quotes judged by hand (see the file's comments), and fails past
// pronounSpeakerMaxWrong wrong entities. A row whose quote the stage no
// longer finds is not scored. PolNeAR scores speaker spans only, so this
// is the measure of speaker resolution.
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
	right, missing := 0, 0
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
			// The speaker words end with the row's ("a spokesman for the
			// firm" holds "the firm").
			if s := q.Speaker; s != nil && strings.HasSuffix(s.Text, r.word) && strings.HasPrefix(doc.Text[s.End:], r.after) {
				sp = s
				break
			}
		}
		if sp == nil {
			t.Logf("%s: no quote spoken by %q before %q: not scored", r.file, r.word, r.after)
			missing++
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
	wrong := len(rows) - missing - right
	t.Logf("pronoun speakers: %d right, %d wrong, %d not found, of %d", right, wrong, missing, len(rows))
	if wrong > pronounSpeakerMaxWrong {
		t.Errorf("pronoun speakers: %d wrong; at most %d were when last recorded", wrong, pronounSpeakerMaxWrong)
	}
	if missing > pronounSpeakerMaxMissing {
		t.Errorf("pronoun speakers: %d rows lost their quote (at most %d may): redraw the set", missing, pronounSpeakerMaxMissing)
	}
}
