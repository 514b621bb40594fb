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
	text := "\"We will win,\" Smith said.\n"
	ann := "T1\tContent 0 14\t\"We will win,\"\nT2\tSource 15 20\tSmith\nT3\tCue 21 25\tsaid\nT4\tAttribution 21 25\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
	dir := bratSplit(t, map[string]string{"text/a.txt": text, "attributions/a_0000.ann": ann})
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

// TestEvalQuotesAgreement scores two annotators of one text against each
// other, and refuses a folder where no text has two.
func TestEvalQuotesAgreement(t *testing.T) {
	text := "\"We will win,\" Smith said. Jones said the plan fails.\n"
	smith := "T1\tContent 0 14\t\"We will win,\"\nT2\tSource 15 20\tSmith\nT3\tCue 21 25\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
	jones := "T4\tContent 38 52\tthe plan fails\nT5\tSource 27 32\tJones\nT6\tCue 33 37\tsaid\nE2\tAttribution:T6 Content:T4 Cue:T6 Source:T5\n"
	dir := bratSplit(t, map[string]string{"text/a.txt": text, "attributions/a_1111.ann": smith + jones})
	if _, stderr, code := run(t, "", "eval", "quotes", "--agreement", dir); code != 1 || !strings.Contains(stderr, "no text has several annotator files") {
		t.Errorf("eval quotes --agreement with one annotator: exit %d, stderr %q; want 1 and the reason", code, stderr)
	}
	// The second annotator found Smith's quote only: P 1, R 0.5.
	if err := os.WriteFile(filepath.Join(dir, "attributions", "a_2222.ann"), []byte(smith), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "", "eval", "quotes", "--agreement", dir)
	if code != 0 {
		t.Fatalf("eval quotes --agreement: exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(out, "annotator pairs 1\n") || !strings.Contains(out, "F1 0.6667") {
		t.Errorf("eval quotes --agreement output:\n%s\nwant 1 pair and F1 0.6667", out)
	}
	if _, _, code := run(t, "", "eval", "quotes", "--agreement", "--errors", "x.txt", dir); code != 2 {
		t.Errorf("eval quotes --agreement --errors: exit %d; want 2 (usage)", code)
	}
}

// bratSplit writes a PolNeAR-style split (text/ and attributions/ with
// the files given by path) into a temporary directory and returns it.
func bratSplit(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"text", "attributions"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
