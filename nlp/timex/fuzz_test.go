package timex

import (
	"context"
	"testing"
	"time"
	"unicode/utf8"

	"chronicle"
)

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, int64(0))
	}
	f.Add("on 11/7, 31/02/2025, 2025-13-45 and 99/99", int64(86400*365*30))
	f.Add("the 2025 third quarter of 1989, May-July, mid-'80s", int64(-1e10))
	f.Add("12:99 p.m. EDT Monday, Oct. 32", int64(1e12))
	tg := New(Options{})
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		if !utf8.ValidString(text) {
			return
		}
		ref := time.Unix(sec%(1<<40), 0).UTC()
		for _, known := range []bool{true, false} {
			xs := tg.Find(text, ref, known)
			doc := &chronicle.Document{Text: text, Timexes: xs}
			if err := doc.Check(); err != nil {
				t.Fatalf("Find(%q): %v", text, err)
			}
			for i, x := range xs {
				if x.Start == x.End || x.Value == "" && x.Type != "DURATION" {
					t.Fatalf("Find(%q): empty timex %+v", text, x)
				}
				if i > 0 && x.Start < xs[i-1].End {
					t.Fatalf("Find(%q): overlapping %+v", text, x)
				}
			}
		}
		doc := &chronicle.Document{Text: text}
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatalf("Annotate(%q): %v", text, err)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	tg := New(Options{})
	var text []byte
	for _, c := range findCases {
		text = append(text, c.text...)
		text = append(text, ' ')
	}
	s := string(text)
	n := len(tg.Find(s, published, true))
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		tg.Find(s, published, true)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "expressions/s")
}
