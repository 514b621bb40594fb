package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalQuotesErrors scores a one-document brat folder and writes the
// error listing with --errors.
func TestEvalQuotesErrors(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"text", "attributions"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text := "\"We will win,\" Smith said.\n"
	ann := "T1\tContent 0 14\t\"We will win,\"\nT2\tSource 15 20\tSmith\nT3\tCue 21 25\tsaid\nT4\tAttribution 21 25\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
	if err := os.WriteFile(filepath.Join(dir, "text", "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "attributions", "a_0000.ann"), []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := filepath.Join(t.TempDir(), "errors.txt")
	out, stderr, code := run(t, "", "eval", "quotes", "--errors", errs, dir)
	if code != 0 {
		t.Fatalf("eval quotes --errors: exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(out, "gold contents 1") || !strings.Contains(out, "errors written to "+errs) {
		t.Errorf("eval quotes --errors output:\n%s\nwant 1 gold content and the errors file named", out)
	}
	b, err := os.ReadFile(errs)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); !strings.Contains(got, "a.txt") || !strings.Contains(got, "[Smith|said]") {
		t.Errorf("errors file:\n%s\nwant the document and its gold quote [Smith|said]", got)
	}
	if _, stderr, code := run(t, "", "eval", "quotes", "--errors", filepath.Join(dir, "no", "such", "dir", "e.txt"), dir); code != 1 || !strings.Contains(stderr, "--errors") {
		t.Errorf("eval quotes --errors into a missing directory: exit %d, stderr %q; want 1 naming --errors", code, stderr)
	}
}
