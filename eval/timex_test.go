package eval_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/eval"
	"chronicle/nlp/timex"
)

const tml = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07" functionInDocument="NONE">yesterday</TIMEX3> <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2D" mod="MORE_THAN">more than two days</TIMEX3>.
</TEXT>
</TimeML>
`

func TestReadTimeML(t *testing.T) {
	doc, err := eval.ReadTimeML(strings.NewReader(tml))
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "X1" || !doc.DCT.Equal(time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ReadTimeML: id %q dct %v; want X1 1998-01-08", doc.ID, doc.DCT)
	}
	if want := "\nStocks fell & rose yesterday for more than two days.\n"; doc.Text != want {
		t.Errorf("ReadTimeML: text %q; want %q", doc.Text, want)
	}
	want := []chronicle.Timex{
		{ID: "t1", Text: "yesterday", Type: "DATE", Value: "1998-01-07"},
		{ID: "t2", Text: "more than two days", Type: "DURATION", Value: "P2D", Mod: "MORE_THAN"},
	}
	if len(doc.Timexes) != len(want) {
		t.Fatalf("ReadTimeML: %d timexes; want %d", len(doc.Timexes), len(want))
	}
	for i, w := range want {
		g := doc.Timexes[i]
		if g.ID != w.ID || g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod || doc.Text[g.Start:g.End] != w.Text {
			t.Errorf("ReadTimeML: timex %d = %+v; want %+v", i, g, w)
		}
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	cases := []string{
		"",
		"<TimeML><TEXT>no dct</TEXT></TimeML>",
		`<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="x"/></DCT><TEXT></TEXT>`,
		`<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="1998-01-08">d</TIMEX3></DCT><TEXT><TIMEX3 tid="t1">open</TEXT>`,
		`<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="1998-01-08">d</TIMEX3></DCT><TEXT>a</TIMEX3></TEXT>`,
		`<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="1998-01-08">d</TIMEX3></DCT><TEXT>a <b</TEXT>`,
	}
	for _, c := range cases {
		if _, err := eval.ReadTimeML(strings.NewReader(c)); !errors.Is(err, eval.ErrTimeML) {
			t.Errorf("ReadTimeML(%q) error = %v; want ErrTimeML", c, err)
		}
	}
}

func TestScoreTimexCounts(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.tml"), []byte(tml), 0o644); err != nil {
		t.Fatal(err)
	}
	// one exact match with the right value, one overlap with a wrong value,
	// one spurious timex
	find := func(text string, ref time.Time) []chronicle.Timex {
		i := strings.Index(text, "yesterday")
		j := strings.Index(text, "two days")
		k := strings.Index(text, "Stocks")
		return []chronicle.Timex{
			{Start: k, End: k + 6, Type: "DATE", Value: "PRESENT_REF"},
			{Start: i, End: i + 9, Type: "DATE", Value: ref.AddDate(0, 0, -1).Format("2006-01-02")},
			{Start: j, End: j + 8, Type: "DURATION", Value: "P3D"},
		}
	}
	s, err := eval.ScoreTimex(context.Background(), dir, find)
	if err != nil {
		t.Fatal(err)
	}
	if s.Gold != 2 || s.System != 3 || s.Strict != 1 || s.RelaxedGold != 2 || s.RelaxedSystem != 2 || s.TypeRight != 2 || s.ValueRight != 1 {
		t.Errorf("ScoreTimex = %+v; want gold 2 system 3 strict 1 relaxed 2/2 type 2 value 1", s)
	}
	if _, _, f := s.RelaxedPRF(); f < 0.799 || f > 0.801 {
		t.Errorf("relaxed F1 = %.4f; want 0.8", f)
	}
	if v := s.ValueF1(); v < 0.399 || v > 0.401 {
		t.Errorf("value F1 = %.4f; want 0.4", v)
	}
	var b strings.Builder
	if err := s.Print(&b); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\n"); lines[len(lines)-1] != "F1 0.4000" {
		t.Errorf("Print ends with %q; want F1 0.4000", lines[len(lines)-1])
	}
}

// TestTimexRegression scores nlp/timex on TimeBank + AQUAINT and fails
// below the measured figures (rounded down).
func TestTimexRegression(t *testing.T) {
	dir := filepath.Join(timexSharedRoot(t), "data", "timex", "tbaq-cleaned")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("TimeBank/AQUAINT not available at %s", dir)
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	tg := timex.New(timex.Options{})
	s, err := eval.ScoreTimex(context.Background(), dir, func(text string, ref time.Time) []chronicle.Timex {
		return tg.Find(text, ref, true)
	})
	if err != nil {
		t.Fatal(err)
	}
	_, _, strict := s.StrictPRF()
	_, _, relaxed := s.RelaxedPRF()
	t.Logf("strict span F1 %.4f, relaxed span F1 %.4f, type F1 %.4f, value F1 %.4f", strict, relaxed, s.TypeF1(), s.ValueF1())
	if strict < 0.892 {
		t.Errorf("strict span F1 = %.4f; want >= 0.892", strict)
	}
	if relaxed < 0.948 {
		t.Errorf("relaxed span F1 = %.4f; want >= 0.948", relaxed)
	}
	if v := s.TypeF1(); v < 0.905 {
		t.Errorf("type F1 = %.4f; want >= 0.905", v)
	}
	if v := s.ValueF1(); v < 0.821 {
		t.Errorf("value F1 = %.4f; want >= 0.821", v)
	}
}

// timexSharedRoot returns ../shared next to the repository root.
func timexSharedRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return filepath.Join("..", "shared")
		}
		dir = parent
	}
}

func FuzzReadTimeML(f *testing.F) {
	f.Add(tml)
	f.Add(`<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2000-01-01">x</TIMEX3></DCT><TEXT>&#x41;&#0;&bogus;&#99999999;<TIMEX3/><TIMEX3 tid="a"><TIMEX3>n</TIMEX3></TIMEX3></TEXT>`)
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := eval.ReadTimeML(strings.NewReader(s))
		if err != nil {
			return
		}
		d := &chronicle.Document{Text: doc.Text, Timexes: doc.Timexes}
		if err := d.Check(); err != nil {
			t.Fatalf("ReadTimeML(%q): %v", s, err)
		}
	})
}

func ExampleReadTimeML() {
	doc, err := eval.ReadTimeML(strings.NewReader(tml))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.DCT.Format("2006-01-02"))
	for _, x := range doc.Timexes {
		fmt.Println(x.Text, x.Type, x.Value)
	}
	// Output:
	// 1998-01-08
	// yesterday DATE 1998-01-07
	// more than two days DURATION P2D
}

func ExampleScoreTimex() {
	dir, err := os.MkdirTemp("", "timex")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "a.tml"), []byte(tml), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	tg := timex.New(timex.Options{})
	s, err := eval.ScoreTimex(context.Background(), dir, func(text string, ref time.Time) []chronicle.Timex {
		return tg.Find(text, ref, true)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Gold, s.System, s.ValueRight)
	// Output: 2 2 2
}
