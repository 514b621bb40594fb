package dedup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

func readSeed(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seed.txt"))
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	return string(b)
}

func TestShingles(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{" -- ", 0},
		{"one two", 1},
		{"a b c d e", 1},
		{"a b c d e f", 2},
		{"a b c d e a b c d e", 5}, // "a b c d e" twice
	} {
		if got := len(Shingles(tc.in)); got != tc.want {
			t.Errorf("len(Shingles(%q)) = %d; want %d", tc.in, got, tc.want)
		}
	}
	if a, b := Shingles("The US, and China!"), Shingles("the us and CHINA"); Jaccard(a, b) != 1 {
		t.Errorf("Shingles ignores case and punctuation: Jaccard = %v; want 1", Jaccard(a, b))
	}
}

func TestJaccard(t *testing.T) {
	for _, tc := range []struct {
		a, b []uint64
		want float64
	}{
		{nil, nil, 0},
		{[]uint64{1, 2}, []uint64{1, 2}, 1},
		{[]uint64{1, 2}, []uint64{3}, 0},
		{[]uint64{1, 2, 3}, []uint64{2, 3, 4}, 0.5},
	} {
		if got := Jaccard(tc.a, tc.b); got != tc.want {
			t.Errorf("Jaccard(%v, %v) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestNearDuplicate checks that a wire copy with a new headline and
// dateline shares a band key with the original and is confirmed, and that
// a different article is not.
func TestNearDuplicate(t *testing.T) {
	seed := readSeed(t)
	copy := "Rubio and Wang hold first talks\nKUALA LUMPUR, July 11 (AFP) - " + seed
	other := strings.Repeat("The football season opened with a draw at the stadium on Saturday. ", 3) + "Fans cheered."
	ks, kc, ko := Keys(seed), Keys(copy), Keys(other)
	if len(ks) != Bands {
		t.Fatalf("len(Keys(seed)) = %d; want %d", len(ks), Bands)
	}
	shared := func(a, b []int64) int {
		n := 0
		for i := range a {
			if a[i] == b[i] {
				n++
			}
		}
		return n
	}
	if n := shared(ks, kc); n == 0 {
		t.Errorf("seed and its copy share %d band keys; want some", n)
	}
	if n := shared(ks, ko); n != 0 {
		t.Errorf("seed and another article share %d band keys; want none", n)
	}
	if j := Jaccard(Shingles(seed), Shingles(copy)); j < JaccardThreshold {
		t.Errorf("Jaccard(seed, copy) = %.3f; want ≥ %v", j, JaccardThreshold)
	}
	g, j := PickGroup(copy, "copy", []Candidate{{ID: "other", Group: "other", Text: other}, {ID: "seed", Group: "g1", Text: seed}})
	if g != "g1" || j < JaccardThreshold {
		t.Errorf("PickGroup(copy) = %q, %.3f; want the seed's group g1", g, j)
	}
	if g, _ := PickGroup(other, "other", []Candidate{{ID: "seed", Group: "g1", Text: seed}}); g != "other" {
		t.Errorf("PickGroup(other) = %q; want its own", g)
	}
	// A copy that keeps only the first half is not a near-duplicate.
	half := seed[:len(seed)/2]
	if j := Jaccard(Shingles(seed), Shingles(half)); j >= JaccardThreshold {
		t.Errorf("Jaccard(seed, half of it) = %.3f; want < %v", j, JaccardThreshold)
	}
	if Keys("") != nil {
		t.Errorf("Keys(\"\") = %v; want nil", Keys(""))
	}
}

// TestDeterministic pins one band key so that a change of seeds or hashes,
// which would orphan every stored key, is noticed.
func TestDeterministic(t *testing.T) {
	k1, k2 := Keys("China curbed rare earth exports on Friday."), Keys("China curbed rare earth exports on Friday.")
	for i := range k1 {
		if k1[i] != k2[i] {
			t.Fatalf("Keys differ between calls at band %d", i)
		}
	}
	sig := MinHash(Shingles("China curbed rare earth exports on Friday."))
	if e := Estimate(&sig, &sig); e != 1 {
		t.Errorf("Estimate(sig, sig) = %v; want 1", e)
	}
}

func TestEventSpan(t *testing.T) {
	for _, tc := range []struct {
		value, published string
		want             Interval
		ok               bool
	}{
		{"2025-07-10", "2025-07-11", Interval{Lo: "2025-07-10", Hi: "2025-07-10"}, true},
		{"2025-07-10T09:00", "", Interval{Lo: "2025-07-10", Hi: "2025-07-10"}, true},
		{"2025-07", "", Interval{Lo: "2025-07-01", Hi: "2025-07-31"}, true},
		{"2025-W28", "", Interval{Lo: "2025-07-07", Hi: "2025-07-13"}, true},
		{"2025", "", Interval{Lo: "2025-01-01", Hi: "2025-12-31", Coarse: true, Value: "2025"}, true},
		{"2025-Q3", "", Interval{Lo: "2025-07-01", Hi: "2025-09-30", Coarse: true, Value: "2025-Q3"}, true},
		{"2025-H1", "", Interval{Lo: "2025-01-01", Hi: "2025-06-30", Coarse: true, Value: "2025-H1"}, true},
		{"2025-WI", "", Interval{Lo: "2025-12-01", Hi: "2026-02-28", Coarse: true, Value: "2025-WI"}, true},
		{"", "2025-07-11T08:00:00Z", Interval{Lo: "2025-07-11", Hi: "2025-07-11"}, true},
		{"PRESENT_REF", "2025-07-11", Interval{Lo: "2025-07-11", Hi: "2025-07-11"}, true},
		{"", "", Interval{}, false},
	} {
		e := &chronicle.Event{Date: chronicle.EventDate{Value: tc.value}}
		got, ok := EventSpan(e, tc.published)
		if got != tc.want || ok != tc.ok {
			t.Errorf("EventSpan(%q, %q) = %+v, %v; want %+v, %v", tc.value, tc.published, got, ok, tc.want, tc.ok)
		}
	}
}

func TestSameEvent(t *testing.T) {
	usa := []chronicle.Actor{{Code: "USAGOV", Name: "Marco Rubio"}}
	chn := []chronicle.Actor{{Code: "CHNGOV", Name: "Wang Yi"}}
	base := chronicle.Event{Type: "CONSULT", Status: "occurred", Actors: usa, Recipients: chn,
		Date: chronicle.EventDate{Value: "2025-07-10"}, Location: chronicle.Location{Name: "Kuala Lumpur", Country: "MYS"}}
	with := func(f func(e *chronicle.Event)) chronicle.Event {
		e := base
		f(&e)
		return e
	}
	for _, tc := range []struct {
		name string
		b    chronicle.Event
		want bool
	}{
		{"identical", base, true},
		{"two days later", with(func(e *chronicle.Event) { e.Date.Value = "2025-07-12" }), true},
		{"four days later", with(func(e *chronicle.Event) { e.Date.Value = "2025-07-14" }), false},
		{"in its month", with(func(e *chronicle.Event) { e.Date.Value = "2025-07" }), true},
		{"next month", with(func(e *chronicle.Event) { e.Date.Value = "2025-08" }), false},
		{"its year", with(func(e *chronicle.Event) { e.Date.Value = "2025" }), false},
		{"country code only", with(func(e *chronicle.Event) { e.Actors = []chronicle.Actor{{Code: "USA"}} }), true},
		{"other sector", with(func(e *chronicle.Event) { e.Actors = []chronicle.Actor{{Code: "USAMIL"}} }), false},
		{"reversed", with(func(e *chronicle.Event) { e.Actors, e.Recipients = chn, usa }), false},
		{"no recipient", with(func(e *chronicle.Event) { e.Recipients = nil }), true},
		{"other type", with(func(e *chronicle.Event) { e.Type = "AGREE" }), false},
		{"planned", with(func(e *chronicle.Event) { e.Status = "planned" }), false},
		{"ongoing", with(func(e *chronicle.Event) { e.Status = "ongoing" }), true},
		{"other place", with(func(e *chronicle.Event) { e.Location = chronicle.Location{Name: "Geneva", Country: "CHE"} }), false},
		{"no place", with(func(e *chronicle.Event) { e.Location = chronicle.Location{} }), true},
		{"other mode", with(func(e *chronicle.Event) { e.Mode = "third-party"; e.Status = "occurred" }), true},
		{"by name", with(func(e *chronicle.Event) { e.Actors = []chronicle.Actor{{Name: "marco rubio"}} }), false},
	} {
		a := base
		ia, _ := EventSpan(&a, "2025-07-11")
		ib, _ := EventSpan(&tc.b, "2025-07-11")
		if got := SameEvent(&a, ia, &tc.b, ib); got != tc.want {
			t.Errorf("SameEvent(base, %s) = %v; want %v", tc.name, got, tc.want)
		}
	}
	// Modes differ only when both are set.
	a := with(func(e *chronicle.Event) { e.Mode = "impose" })
	b := with(func(e *chronicle.Event) { e.Mode = "lift" })
	ia, _ := EventSpan(&a, "")
	if SameEvent(&a, ia, &b, ia) {
		t.Errorf("SameEvent(mode impose, mode lift) = true; want false")
	}
	// Actors without codes match by name.
	n1 := chronicle.Event{Type: "PROTEST", Actors: []chronicle.Actor{{Name: "Farmers"}}, Date: chronicle.EventDate{Value: "2025-07-10"}}
	n2 := chronicle.Event{Type: "PROTEST", Actors: []chronicle.Actor{{Name: "farmers"}}, Date: chronicle.EventDate{Value: "2025-07-10"}}
	i1, _ := EventSpan(&n1, "")
	if !SameEvent(&n1, i1, &n2, i1) {
		t.Errorf("SameEvent(Farmers, farmers) = false; want true")
	}
	if got := ActorKeys(&n1); len(got) != 1 || got[0] != "~farmers" {
		t.Errorf("ActorKeys(Farmers) = %q; want [~farmers]", got)
	}
}

func TestCandidateRange(t *testing.T) {
	iv := Interval{Lo: "2025-07-10", Hi: "2025-07-10"}
	if lo, hi := iv.CandidateRange(); lo != "2025-06-06" || hi != "2025-07-13" {
		t.Errorf("CandidateRange(day) = %s, %s; want 2025-06-06, 2025-07-13", lo, hi)
	}
	c := Interval{Lo: "2025-01-01", Hi: "2025-01-01", Coarse: true, Value: "2025"}
	if lo, hi := c.CandidateRange(); lo != "2025-01-01" || hi != "2025-01-01" {
		t.Errorf("CandidateRange(year) = %s, %s; want its day twice", lo, hi)
	}
}

func BenchmarkKeys(b *testing.B) {
	seed := readSeed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(seed)))
	for b.Loop() {
		Keys(seed)
	}
}

func BenchmarkPickGroup(b *testing.B) {
	seed := readSeed(b)
	copy := "New headline\nDATELINE - " + seed
	cands := []Candidate{{ID: "a", Group: "a", Text: seed}}
	b.ReportAllocs()
	for b.Loop() {
		PickGroup(copy, "b", cands)
	}
}

// FuzzEventSpan checks that any date value and publication date give an
// interval with Lo ≤ Hi, or none, and never a panic.
func FuzzEventSpan(f *testing.F) {
	for _, v := range []string{"2025-07-10", "2025-07", "2025-W28", "2025-W28-3", "2025", "2025-Q3", "2025-H2", "2025-WI", "PRESENT_REF", "2025-13", "", "2025-W99"} {
		f.Add(v, "2025-07-11")
	}
	f.Fuzz(func(t *testing.T, value, published string) {
		e := &chronicle.Event{Date: chronicle.EventDate{Value: value}}
		iv, ok := EventSpan(e, published)
		if !ok {
			return
		}
		if iv.Lo == "" || iv.Hi < iv.Lo {
			t.Errorf("EventSpan(%q, %q) = %+v; want Lo ≤ Hi", value, published, iv)
		}
		lo, hi := iv.CandidateRange()
		if lo > iv.Lo || hi < iv.Lo {
			t.Errorf("CandidateRange(%+v) = %s, %s; want it to hold Lo", iv, lo, hi)
		}
		SameEvent(e, iv, e, iv)
	})
}

// FuzzShingles checks that shingles are sorted and distinct and that a
// text is a near-duplicate of itself.
func FuzzShingles(f *testing.F) {
	f.Add("US Secretary of State Marco Rubio met Wang Yi.")
	f.Add("")
	f.Add("été — 2025 …")
	f.Fuzz(func(t *testing.T, text string) {
		sh := Shingles(text)
		for i := 1; i < len(sh); i++ {
			if sh[i] <= sh[i-1] {
				t.Fatalf("Shingles(%q) not sorted and distinct at %d", text, i)
			}
		}
		if len(sh) > 0 && Jaccard(sh, sh) != 1 {
			t.Errorf("Jaccard(Shingles(%q), itself) = %v; want 1", text, Jaccard(sh, sh))
		}
		if len(sh) > 0 && len(Keys(text)) != Bands {
			t.Errorf("Keys(%q) has %d keys; want %d", text, len(Keys(text)), Bands)
		}
	})
}
