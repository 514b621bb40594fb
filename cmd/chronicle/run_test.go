package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

var update = flag.Bool("update", false, "rewrite golden files")

// run calls Run with the given args and stdin and returns stdout, stderr and
// the exit code main would use.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code := exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func TestExtractSeedGolden(t *testing.T) {
	out, stderr, code := run(t, "", "extract", "--published", "2025-07-11", "--pretty", "../../testdata/seed.txt")
	if code != 0 {
		t.Fatalf("extract seed: exit %d, stderr:\n%s", code, stderr)
	}
	var doc chronicle.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("extract seed: output is not a Document: %v", err)
	}
	if err := doc.Check(); err != nil {
		t.Errorf("extract seed: %v", err)
	}
	golden := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("extract seed differs from %s; run go test ./cmd/chronicle -update and review the diff", golden)
	}
}

// TestExtractContract checks that every field of the output contract is
// present, with lists as [] rather than null.
func TestExtractContract(t *testing.T) {
	out, stderr, code := run(t, "", "extract", "../../testdata/seed.txt")
	if code != 0 {
		t.Fatalf("extract: exit %d, stderr:\n%s", code, stderr)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"text", "meta", "sentences", "mentions", "entities", "timexes", "quotes", "figures", "events", "warnings"} {
		v, ok := m[k]
		if !ok || v == nil {
			t.Errorf("extract output: field %q missing or null", k)
		}
	}
	meta, _ := m["meta"].(map[string]any)
	for _, k := range []string{"title", "authors", "wire", "captions", "url", "language", "published"} {
		if v, ok := meta[k]; !ok || v == nil {
			t.Errorf("extract output: meta.%s missing or null", k)
		}
	}
	if _, ok := m["tokens"]; ok {
		t.Errorf("extract output: tokens present without --tokens")
	}
}

func TestExtractRawKeepsBytes(t *testing.T) {
	dir := t.TempDir()
	in := "\ufeffLine one.\r\nLine two ![]() |\r\n"
	path := filepath.Join(dir, "crlf.txt")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "", "extract", "--raw", path)
	if code != 0 {
		t.Fatalf("extract --raw: exit %d, stderr:\n%s", code, stderr)
	}
	var doc chronicle.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Text != in {
		t.Errorf("extract --raw: text = %q; want %q", doc.Text, in)
	}
}

func TestExtractStdin(t *testing.T) {
	out, stderr, code := run(t, "Rubio met Wang Yi in Kuala Lumpur on Thursday. They talked.\n", "extract", "-")
	if code != 0 {
		t.Fatalf("extract -: exit %d, stderr:\n%s", code, stderr)
	}
	var doc chronicle.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 {
		t.Errorf("extract -: %d sentences; want 2", len(doc.Sentences))
	}
}

// TestBadInput checks that bad input gives a clear error naming the input and
// the right exit code, never a panic.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0xff, 0xfe})
	invalid := write("latin1.txt", []byte("caf\xe9 au lait\n"))
	noContent := write("blank.html", []byte("<html><head><title></title></head><body><div></div></body></html>"))
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name string
		args []string
		code int
		want string // a substring of stderr
	}{
		{"no command", nil, 2, "no command"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"no input", []string{"extract"}, 2, "exactly one input"},
		{"bad flag", []string{"extract", "--nope", empty}, 2, "nope"},
		{"bad date", []string{"extract", "--published", "11/7/2025", empty}, 2, "--published"},
		{"missing", []string{"extract", missing}, 1, "missing.txt"},
		{"empty", []string{"extract", empty}, 1, "empty.txt"},
		{"binary", []string{"extract", binary}, 1, "binary.txt"},
		{"invalid utf-8 raw", []string{"extract", "--raw", invalid}, 1, "latin1.txt"},
		{"html without content", []string{"extract", noContent}, 1, "blank.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("Run(%q): exit %d; want %d; stderr:\n%s", tt.args, code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("Run(%q): stderr %q does not mention %q", tt.args, stderr, tt.want)
			}
		})
	}
}

// TestExtractLegacyCharset checks that text in a legacy charset is read as
// Windows-1252 with a warning rather than refused (--raw refuses it).
func TestExtractLegacyCharset(t *testing.T) {
	path := filepath.Join(t.TempDir(), "latin1.txt")
	if err := os.WriteFile(path, []byte("Caf\xe9 owners met on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "", "extract", path)
	if code != 0 {
		t.Fatalf("extract latin1.txt: exit %d, stderr:\n%s", code, stderr)
	}
	var doc chronicle.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Café") {
		t.Errorf("extract latin1.txt: text %q; want it decoded as Windows-1252", doc.Text)
	}
	warned := false
	for _, w := range doc.Warnings {
		warned = warned || w.Code == "invalid-utf8"
	}
	if !warned {
		t.Errorf("extract latin1.txt: warnings %v; want invalid-utf8", doc.Warnings)
	}
}

func TestExitCode(t *testing.T) {
	var b bytes.Buffer
	if c := exitCode(nil, &b); c != 0 {
		t.Errorf("exitCode(nil) = %d; want 0", c)
	}
	if c := exitCode(usagef("x"), &b); c != 2 {
		t.Errorf("exitCode(usage) = %d; want 2", c)
	}
	if c := exitCode(errors.New("boom"), &b); c != 1 {
		t.Errorf("exitCode(boom) = %d; want 1", c)
	}
}

// TestExtractDirectoryGoesOn checks that bad files in a directory do not
// stop extract: the good articles are printed, every bad one is named, and
// the run exits 1.
func TestExtractDirectoryGoesOn(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"a.txt": string(seed), "b.txt": "\x00\x01", "c.txt": "  \n", "d.txt": "Wang Yi met Marco Rubio in Kuala Lumpur on Thursday."}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, code := run(t, "", "extract", dir)
	if code != 1 {
		t.Errorf("extract DIR with two bad files: exit %d; want 1", code)
	}
	if n := strings.Count(stdout, "\n"); n != 2 {
		t.Errorf("extract DIR printed %d documents; want the 2 good ones", n)
	}
	for _, want := range []string{"b.txt", "not text", "c.txt", "empty input"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("extract DIR stderr does not mention %q:\n%s", want, stderr)
		}
	}
}

// TestFlagsAfterInputs checks that flags may follow the inputs, as in
// `chronicle extract ../shared/seed/article.txt --pretty`.
func TestFlagsAfterInputs(t *testing.T) {
	seed := filepath.Join("..", "..", "testdata", "seed.txt")
	stdout, stderr, code := run(t, "", "extract", seed, "--pretty", "--published", "2025-07-11")
	if code != 0 || !strings.HasPrefix(stdout, "{\n  \"id\"") || !strings.Contains(stdout, `"source": "user"`) {
		t.Errorf("extract FILE --pretty --published D: exit %d, stdout %.60q; stderr %s", code, stdout, stderr)
	}
	db := filepath.Join(t.TempDir(), "x.db")
	if _, stderr, code := run(t, "", "ingest", seed, "--db", db); code != 0 {
		t.Errorf("ingest FILE --db X: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("ingest FILE --db %s did not write the database: %v", db, err)
	}
}
