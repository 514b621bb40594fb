package clusters

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"chronicle/nlp/internal/perceptron"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`He said: "It isn't over."`, `He said : " It is n't over . "`},
		{"The U.S. economy (and Britain's) grew 3%.", "The U.S. economy ( and Britain 's ) grew 3% ."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Tokenize(tt.in), " "); got != tt.want {
			t.Errorf("Tokenize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestLearnReadWrite(t *testing.T) {
	var sents [][]string
	for range 20 {
		sents = append(sents,
			strings.Fields("the cat sat on the mat"),
			strings.Fields("a dog sat on a rug"),
			strings.Fields("the dog lay on the rug"))
	}
	s, err := Learn(context.Background(), sents, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	s2, err := Read(&buf)
	if err != nil {
		t.Fatalf("Read(Write(s)) error: %v", err)
	}
	if !reflect.DeepEqual(s.m, s2.m) {
		t.Errorf("Read(Write(s)) differs from s")
	}
	var tok perceptron.Token
	perceptron.Analyze("Cat", &tok)
	c, ok := s2.LookupHash(tok.Exact, tok.Lower)
	if want := s.m["cat"]; !ok || c != want {
		t.Errorf("LookupHash(Cat) = %v, %v; want %v, true (the lower-case entry)", c, ok, want)
	}
	if _, err := Read(strings.NewReader("word\t1\t2\n")); err == nil {
		t.Errorf("Read(3 columns) = nil error; want error")
	}
}

func BenchmarkFill(b *testing.B) {
	var sb strings.Builder
	for i := range 30000 {
		fmt.Fprintf(&sb, "w%d\t%d\t%d\t%d\n", i, i%64, i%256, i%1024)
	}
	s, err := Read(strings.NewReader(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	toks := make([]perceptron.Token, 64)
	for i := range toks {
		perceptron.Analyze(fmt.Sprintf("w%d", i*397), &toks[i])
	}
	b.ReportAllocs()
	for b.Loop() {
		s.Fill(toks)
	}
}

func TestLookups(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	l := s.Lookups()
	for _, w := range []string{"said", "the", "Monday"} {
		want, ok, _ := s.Lookup(w, nil)
		h := perceptron.Hash(w)
		got, gotOK := l.LookupHash(h, perceptron.Hash(strings.ToLower(w)))
		if !ok || !gotOK || got != want {
			t.Errorf("Lookups().LookupHash(%q) = %v, %v; want %v, %v", w, got, gotOK, want, ok)
		}
	}
	if l.Len() != 0 {
		t.Errorf("Lookups().Len() = %d; want 0", l.Len())
	}
}
