package timex

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/eval"
)

// pinLine is one line of a pin file: a document name and the SHA-256 of
// the JSON of everything the tagger produced for it.
func pinLine(name string, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return name + " error " + err.Error()
	}
	return fmt.Sprintf("%s %x", name, sha256.Sum256(b))
}

// annotated is what Annotate writes into a Document.
type annotated struct {
	Published chronicle.Published
	Timexes   []chronicle.Timex
	Warnings  []chronicle.Warning
}

func annotateForPin(t *testing.T, tg *Tagger, text, published string) annotated {
	t.Helper()
	doc := &chronicle.Document{Text: text}
	if published != "" {
		doc.Meta.Published = chronicle.Published{Value: published, Source: chronicle.DateUser}
	}
	if err := tg.Annotate(context.Background(), doc); err != nil {
		t.Fatalf("Annotate: %v", err)
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("Annotate: %v", err)
	}
	return annotated{doc.Meta.Published, doc.Timexes, doc.Warnings}
}

// pinCompare checks lines against testdata/name (rewritten with -update).
func pinCompare(t *testing.T, name string, lines []string) {
	t.Helper()
	got := strings.Join(lines, "\n") + "\n"
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal([]byte(got), want) {
		wl := strings.Split(string(want), "\n")
		gl := strings.Split(got, "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Errorf("%s: line %d = %q; want %q", path, i+1, gl[i], wl[i])
			}
		}
		if len(gl) != len(wl) {
			t.Errorf("%s: %d lines; want %d", path, len(gl), len(wl))
		}
	}
}

// TestPinBBC pins Find and Annotate on BBC politics 001-100, with and
// without a publication date (the latter infers one from the text).
func TestPinBBC(t *testing.T) {
	sh := sharedDir(t)
	dir := filepath.Join(sh, "data", "corpus", "bbc-news", "politics")
	if _, err := os.Stat(dir); sh == "" || err != nil {
		t.Skip("BBC corpus (../shared/data/corpus/bbc-news) not found")
	}
	tg := New(Options{})
	ref := time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)
	var lines []string
	for i := 1; i <= 100; i++ {
		name := fmt.Sprintf("%03d.txt", i)
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		lines = append(lines,
			pinLine(name+" find", tg.Find(text, ref, true)),
			pinLine(name+" find-unknown", tg.Find(text, time.Time{}, false)),
			pinLine(name+" annotate", annotateForPin(t, tg, text, "2005-03-01")),
			pinLine(name+" annotate-infer", annotateForPin(t, tg, text, "")))
	}
	pinCompare(t, "bbc-politics.pin", lines)
}

// TestPinTimeBank pins Find and Annotate on the TEXT of every TimeBank
// and AQUAINT file, resolved against its DCT.
func TestPinTimeBank(t *testing.T) {
	sh := sharedDir(t)
	dir := filepath.Join(sh, "data", "timex", "tbaq-cleaned")
	if _, err := os.Stat(dir); sh == "" || err != nil {
		t.Skip("TimeBank (../shared/data/timex/tbaq-cleaned) not found")
	}
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	tg := New(Options{})
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := eval.ReadTimeML(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("ReadTimeML(%s): %v", f, err)
		}
		name, _ := filepath.Rel(dir, f)
		lines = append(lines,
			pinLine(name+" find", tg.Find(d.Text, d.DCT, true)),
			pinLine(name+" annotate", annotateForPin(t, tg, d.Text, d.DCT.Format("2006-01-02"))),
			pinLine(name+" annotate-infer", annotateForPin(t, tg, d.Text, "")))
	}
	pinCompare(t, "timebank.pin", lines)
}

// TestPinSeed pins Find on the seed with and without a reference.
func TestPinSeed(t *testing.T) {
	doc := seedDoc(t, "")
	tg := New(Options{})
	ref := time.Date(2025, 7, 11, 0, 0, 0, 0, time.UTC)
	pinCompare(t, "seed.pin", []string{
		pinLine("seed find", tg.Find(doc.Text, ref, true)),
		pinLine("seed find-unknown", tg.Find(doc.Text, time.Time{}, false)),
		pinLine("seed annotate-infer", annotateForPin(t, tg, doc.Text, "")),
	})
}

// BenchmarkAnnotateBBC annotates the BBC politics articles without a
// publication date (so each is also scanned once to infer one), as the
// CLI does for plain text.
func BenchmarkAnnotateBBC(b *testing.B) {
	sh := sharedDir(b)
	dir := filepath.Join(sh, "data", "corpus", "bbc-news", "politics")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if sh == "" || err != nil || len(names) == 0 {
		b.Skip("BBC corpus (../shared/data/corpus/bbc-news) not found")
	}
	var texts []string
	size := 0
	for _, n := range names {
		t, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	tg := New(Options{})
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			doc := &chronicle.Document{Text: t}
			if err := tg.Annotate(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
