package perceptron

import (
	"bytes"
	"testing"
)

func TestShape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Wang", "Xxxx"},
		{"Washington", "Xxxxx"},
		{"1996-08-22", "dddd-dd-dd"},
		{"U.S.", "X.X."},
		{"iPhone", "xXxxxx"},
		{"EU", "XX"},
		{"3.5", "d.d"},
		{"“Hi”", "\"Xx\""},
		{"``", "\""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzeFlags(t *testing.T) {
	tests := []struct {
		in   string
		set  uint64
		lack uint64
	}{
		{"Wang", FlagInitCap, FlagAllCap | FlagHasDigit},
		{"NATO", FlagInitCap | FlagAllCap, FlagHasDigit},
		{"1996", FlagHasDigit | FlagAllDigit, FlagInitCap},
		{"well-known", FlagHyphen, FlagInitCap},
		{"U.S.", FlagPeriod | FlagAllCap, 0},
		{",", FlagPunct, FlagInitCap},
		{"McDonald", FlagInitCap | FlagInnerCap, FlagAllCap},
	}
	for _, tt := range tests {
		var tok Token
		Analyze(tt.in, &tok)
		if tok.Flags&tt.set != tt.set || tok.Flags&tt.lack != 0 {
			t.Errorf("Analyze(%q).Flags = %b; want %b set and %b clear", tt.in, tok.Flags, tt.set, tt.lack)
		}
	}
	var a, b Token
	Analyze("Paris", &a)
	Analyze("PARIS", &b)
	if a.Norm != b.Norm || a.Exact == b.Exact {
		t.Errorf("Analyze(Paris), Analyze(PARIS): Norm equal %v, Exact equal %v; want true, false", a.Norm == b.Norm, a.Exact == b.Exact)
	}
	Analyze("1997", &a)
	Analyze("2025", &b)
	if a.Norm != b.Norm {
		t.Errorf("Analyze(1997).Norm != Analyze(2025).Norm; want digits folded")
	}
}

func TestTrainRoundTrip(t *testing.T) {
	tr := NewTrainer(3)
	f := func(s string) []uint64 { return []uint64{Mix(1, Hash(s), 0), Mix(2, 0, 0)} }
	data := []struct {
		x string
		y int
	}{{"a", 0}, {"b", 1}, {"c", 2}}
	scores := make([]float32, 3)
	for range 5 {
		for _, d := range data {
			clear(scores)
			tr.Score(f(d.x), scores)
			g := 0
			for c := range scores {
				if scores[c] > scores[g] {
					g = c
				}
			}
			tr.Update(f(d.x), d.y, g)
			tr.Tick()
		}
	}
	m := tr.Model(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("ReadModel: %v", err)
	}
	for _, d := range data {
		s1, s2 := make([]float32, 3), make([]float32, 3)
		m.Score(f(d.x), s1)
		m2.Score(f(d.x), s2)
		g := 0
		for c := range s1 {
			if diff := s1[c] - s2[c]; diff > 1e-3 || diff < -1e-3 {
				t.Errorf("score %q class %d: %v before writing, %v after", d.x, c, s1[c], s2[c])
			}
			if s1[c] > s1[g] {
				g = c
			}
		}
		if g != d.y {
			t.Errorf("model predicts %d for %q; want %d", g, d.x, d.y)
		}
	}
	if _, err := ReadModel(bytes.NewReader(buf.Bytes()[:buf.Len()-3])); err == nil {
		t.Errorf("ReadModel(truncated) = nil error; want error")
	}
}

func FuzzReadModel(f *testing.F) {
	f.Add([]byte(magic + "\x02\x01\x00\x00\x80\x3f\x05\x01\x00\x10\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ReadModel(bytes.NewReader(b))
		if err == nil {
			m.Score([]uint64{1, 2, 3}, make([]float32, m.Classes()))
		}
	})
}

// benchModel returns a model of n features over nclass classes.
func benchModel(n, nclass int) *Model {
	tr := NewTrainer(nclass)
	for i := range n {
		f := []uint64{Mix(1, uint64(i), 0), Mix(2, uint64(i%7), 0)}
		tr.Update(f, i%nclass, (i+1)%nclass)
		tr.Tick()
	}
	return tr.Model(0)
}

// benchFeatures returns k feature keys, half of them in a benchModel of
// n features.
func benchFeatures(n, k int) []uint64 {
	f := make([]uint64, 0, k)
	for i := range k {
		if i%2 == 0 {
			f = append(f, Mix(1, uint64(i*n/k), 0))
		} else {
			f = append(f, Mix(3, uint64(i), 0))
		}
	}
	return f
}

func BenchmarkScore(b *testing.B) {
	m := benchModel(200000, 45)
	feats := benchFeatures(200000, 50)
	scores := make([]float32, 45)
	b.ReportAllocs()
	for b.Loop() {
		clear(scores)
		m.Score(feats, scores)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	words := []string{"The", "foreign", "ministers", "met", "in", "Kuala", "Lumpur", "on", "11", "July", "2025", ".", "U.S.", "“Wang", "co-operation"}
	var t Token
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Analyze(w, &t)
		}
	}
}

// FuzzAnalyzeASCII checks Analyze's one-pass path for ASCII words
// against the rune-by-rune one.
func FuzzAnalyzeASCII(f *testing.F) {
	for _, s := range []string{"", "a", "The", "U.S.", "1990s", "MID-1990S", "e-mail", "McDonald's", "ABC123def", "--", "aaaaaaaaBBBBBBBB.....1234567"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return
			}
		}
		var got, want Token
		analyzeASCII(s, &got)
		analyzeRunes(s, &want)
		if got != want {
			t.Errorf("analyzeASCII(%q) = %+v; analyzeRunes gives %+v", s, got, want)
		}
	})
}
