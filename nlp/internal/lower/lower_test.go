package lower

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	var l Buffer
	long := strings.Repeat("AbC", chunkSize/8)
	in := []string{"", "said", "Said", "U.S.", "ÉTAT", "état", "İstanbul", "“", long, strings.ToUpper(long) + "É"}
	var got []string
	for range 2000 { // several chunks
		for _, s := range in {
			got = append(got, l.Lower(s))
		}
	}
	for k, g := range got {
		s := in[k%len(in)]
		if want := strings.ToLower(s); g != want {
			t.Fatalf("Lower(%.20q) = %.20q; want %.20q", s, g, want)
		}
	}
}

func TestLowerNoCopy(t *testing.T) {
	var l Buffer
	l.Lower("Warm") // the first chunk
	if n := testing.AllocsPerRun(100, func() { l.Lower("Washington") }); n != 0 {
		t.Errorf("Lower(%q) makes %v allocations a call; want 0 on average", "Washington", n)
	}
}

func BenchmarkLower(b *testing.B) {
	words := strings.Fields("The Prime Minister said on Tuesday that the U.S. and NATO would meet in Brussels")
	b.ReportAllocs()
	var l Buffer
	for b.Loop() {
		for _, w := range words {
			l.Lower(w)
		}
	}
}

func TestAppend(t *testing.T) {
	for _, s := range []string{"", "said", "Said", "U.S.", "ÉTAT", "état", "İstanbul", "“", "KELVIN \u212a"} {
		if got, want := string(Append([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("Append(%q, %q) = %q; want %q", "x", s, got, want)
		}
	}
	var buf [16]byte
	if n := testing.AllocsPerRun(100, func() { Append(buf[:0], "Washington") }); n != 0 {
		t.Errorf("Append(buf, %q) makes %v allocations a call; want 0", "Washington", n)
	}
}
