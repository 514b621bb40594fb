package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

// collect runs Each and returns the Articles it delivered.
func collect(t *testing.T, in *Ingester, arg, stdin string) ([]*chronicle.Article, error) {
	t.Helper()
	var got []*chronicle.Article
	err := in.Each(context.Background(), arg, strings.NewReader(stdin), func(a *chronicle.Article) error {
		got = append(got, a)
		return nil
	})
	return got, err
}

// writeFiles creates files under dir from a map of relative path → content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFile(t *testing.T) {
	dir := t.TempDir()
	seed := "\xef\xbb\xbfUS, China agree\r\n\r\nKuala Lumpur (AFP) - ...\r\n"
	writeFiles(t, dir, map[string]string{"seed.txt": seed, "page.html": "<html><body><p>Hi</p></body></html>"})
	in := New(Options{})

	got, err := collect(t, in, filepath.Join(dir, "seed.txt"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("Each(seed.txt) gave %d articles; want 1", len(got))
	}
	a := got[0]
	if string(a.Body) != seed || a.Format != chronicle.FormatText || a.Source != filepath.Join(dir, "seed.txt") || a.Fetched.IsZero() {
		t.Errorf("Each(seed.txt) = {Source %q, Format %q, Body %q, Fetched %v}; want the file byte for byte as text", a.Source, a.Format, a.Body, a.Fetched)
	}

	got, err = collect(t, in, filepath.Join(dir, "page.html"), "")
	if err != nil || len(got) != 1 || got[0].Format != chronicle.FormatHTML {
		t.Errorf("Each(page.html) = %v, %v; want one HTML article", got, err)
	}
}

func TestFileErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"empty.txt":  "",
		"blank.txt":  "\xef\xbb\xbf \n\t\n",
		"binary.txt": "abc\x00def",
		"latin1.txt": "caf\xe9 au lait",
		"pdf.txt":    "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
		"big.txt":    strings.Repeat("a", 2000),
		"odd.json":   "{\n \"a\": 1\n}",
	})
	in := New(Options{MaxBytes: 1000})
	tests := []struct {
		name    string
		want    error
		message string
	}{
		{"missing.txt", fs.ErrNotExist, "missing.txt"},
		{"empty.txt", ErrEmpty, "empty.txt"},
		{"blank.txt", ErrEmpty, "blank.txt"},
		{"binary.txt", ErrBinary, "not text"},
		{"pdf.txt", ErrBinary, "application/pdf"},
		{"big.txt", ErrTooLarge, "exceeds 1000 bytes"},
		{"odd.json", ErrFormat, "odd.json"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		got, err := collect(t, in, p, "")
		if !errors.Is(err, tt.want) || err == nil || !strings.Contains(err.Error(), tt.message) {
			t.Errorf("Each(%q) error = %v; want %v naming %q", tt.name, err, tt.want, tt.message)
		}
		if _, ok := errors.AsType[*Error](err); !ok {
			t.Errorf("Each(%q) error = %T; want *Error", tt.name, err)
		}
		if len(got) != 0 {
			t.Errorf("Each(%q) delivered %d articles; want 0", tt.name, len(got))
		}
	}
}

// TestLegacyCharsetText checks that text in an undeclared legacy charset
// passes byte for byte, for the preparer to decode or refuse.
func TestLegacyCharsetText(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"latin1.txt": "caf\xe9 au lait"})
	got, err := collect(t, New(Options{}), filepath.Join(dir, "latin1.txt"), "")
	if err != nil || len(got) != 1 || string(got[0].Body) != "caf\xe9 au lait" {
		t.Fatalf("Each(latin1.txt) = %v, %v; want one article with the bytes unchanged", got, err)
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":           "second",
		"a.md":            "# first",
		"c/d.html":        "<p>third</p>",
		"c/e.jsonl":       `{"text": "fourth"}` + "\n" + `{"text": "fifth"}`,
		"c/f.pdf":         "ignored: not a listed extension",
		".hidden.txt":     "ignored: hidden",
		".git/config.txt": "ignored: hidden directory",
		"g/.secret/h.txt": "ignored: hidden directory",
		"z.TXT":           "sixth",
	})
	in := New(Options{})
	got, err := collect(t, in, dir, "")
	if err != nil {
		t.Fatal(err)
	}
	var bodies, sources []string
	for _, a := range got {
		bodies = append(bodies, string(a.Body))
		rel, _ := filepath.Rel(dir, a.Source)
		sources = append(sources, filepath.ToSlash(rel))
	}
	want := "# first|second|<p>third</p>|fourth|fifth|sixth"
	if strings.Join(bodies, "|") != want {
		t.Errorf("Each(dir) bodies = %q; want %q", strings.Join(bodies, "|"), want)
	}
	wantSrc := "a.md|b.txt|c/d.html|c/e.jsonl:1|c/e.jsonl:2|z.TXT"
	if strings.Join(sources, "|") != wantSrc {
		t.Errorf("Each(dir) sources = %q; want %q", strings.Join(sources, "|"), wantSrc)
	}

	// Too many files: refused whole.
	_, err = collect(t, New(Options{MaxItems: 3}), dir, "")
	if !errors.Is(err, ErrTooMany) {
		t.Errorf("Each(dir) with MaxItems 3 error = %v; want ErrTooMany", err)
	}

	// Bad files do not stop the walk: the others are read, and the error
	// names each bad file.
	writeFiles(t, dir, map[string]string{"c/bad.txt": "\x00\x01", "b0.txt": "   \n"})
	got, err = collect(t, in, dir, "")
	if !errors.Is(err, ErrBinary) || !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), "bad.txt") || !strings.Contains(err.Error(), "b0.txt") {
		t.Errorf("Each(dir with c/bad.txt, b0.txt) error = %v; want ErrBinary naming bad.txt and ErrEmpty naming b0.txt", err)
	}
	if len(got) != 6 {
		t.Errorf("Each(dir with two bad files) gave %d articles; want the 6 good ones", len(got))
	}

	// A directory with nothing to read.
	empty := t.TempDir()
	writeFiles(t, empty, map[string]string{"x.pdf": "x"})
	if _, err := collect(t, in, empty, ""); !errors.Is(err, ErrEmpty) {
		t.Errorf("Each(dir without readable files) error = %v; want ErrEmpty", err)
	}
}

func TestStdin(t *testing.T) {
	in := New(Options{MaxBytes: 100})
	got, err := collect(t, in, "-", "From stdin.\n")
	if err != nil || len(got) != 1 || string(got[0].Body) != "From stdin.\n" || got[0].Source != "-" {
		t.Errorf("Each(-) = %v, %v; want one article with the stdin text, Source \"-\"", got, err)
	}
	got, err = collect(t, in, "-", `{"text":"a"}`+"\n\n"+`{"text":"b"}`)
	if err != nil || len(got) != 2 || got[1].Source != "-:3" {
		t.Errorf("Each(- with JSON Lines) = %v, %v; want two records, the second \"-:3\"", got, err)
	}
	_, err = collect(t, in, "-", strings.Repeat("x", 101))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "exceeds 100 bytes") {
		t.Errorf("Each(- with 101 bytes) error = %v; want ErrTooLarge saying exceeds 100 bytes", err)
	}
	_, err = collect(t, in, "-", "")
	if !errors.Is(err, ErrEmpty) {
		t.Errorf("Each(- with nothing) error = %v; want ErrEmpty", err)
	}
}

func TestEachCallbackError(t *testing.T) {
	stop := errors.New("stop here")
	in := New(Options{})
	n := 0
	err := in.Each(context.Background(), "-", strings.NewReader(`{"text":"a"}`+"\n"+`{"text":"b"}`), func(*chronicle.Article) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("Each with fn failing = %v after %d calls; want the fn's error itself after 1 call", err, n)
	}
}

func TestScheme(t *testing.T) {
	in := New(Options{})
	for _, arg := range []string{"ftp://example.com/a.txt", "file:///etc/passwd", "gopher://x"} {
		if _, err := collect(t, in, arg, ""); !errors.Is(err, ErrScheme) {
			t.Errorf("Each(%q) error = %v; want ErrScheme", arg, err)
		}
	}
}

func TestCanceled(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a", "b.txt": "b"})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := New(Options{}).Each(ctx, dir, nil, func(*chronicle.Article) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("Each(dir) canceled after the first article = %v after %d articles; want context.Canceled after 1", err, n)
	}
	if _, ok := errors.AsType[*Error](err); !ok {
		t.Errorf("Each(dir) canceled error = %T; want *Error", err)
	}
}
