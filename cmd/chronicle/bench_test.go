package main

import (
	"regexp"
	"testing"
)

// TestBenchReport runs bench on the seed and checks that the report has
// every figure issue 8 asks for.
func TestBenchReport(t *testing.T) {
	out, errOut, code := run(t, "", "bench", "--published", "2025-07-11", "../../testdata/seed.txt")
	if code != 0 {
		t.Fatalf("bench seed: exit %d, stderr %s", code, errOut)
	}
	for _, re := range []string{
		`(?m)^articles 1 \(failed 0\)$`,
		`(?m)^tokens [1-9][0-9]*$`,
		`(?m)^articles/s [0-9.]+$`,
		`(?m)^MB/s [0-9.]+$`,
		`(?m)^stage (clean|tokenize|sentence|pos|ner|entity|timex|quote|figure|event) +[0-9.]+% wall `,
		`(?m)^peak RSS [0-9]+ MB$`,
		`tokens/s per core: [0-9]+\n$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("bench seed: output does not match %s:\n%s", re, out)
		}
	}
	if n := len(regexp.MustCompile(`(?m)^stage `).FindAllString(out, -1)); n != 10 {
		t.Errorf("bench seed: %d stage lines; want 10", n)
	}
}
