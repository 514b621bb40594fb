package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// billionLaughs is an RSS feed whose one item would expand to 10^9 "lol"s
// (3 GB) if its custom entities were expanded, and which names a local
// file as an external entity (XXE).
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file://PASSWD">
]>
<rss version="2.0"><channel><title>Bomb</title><link>http://example.invalid/</link>
<item><title>Laughs &lol9;</title><link>file:///nowhere</link>
<description>The minister said the talks would resume on Monday. &lol9; &xxe; The end.</description></item>
<item><title>Plain</title><link>file:///nowhere</link><description>A second item with ordinary text about trade talks in Geneva.</description></item>
</channel></rss>`

// TestXMLBomb reads a billion-laughs feed with an external entity: Go's
// XML decoder does not expand entities a DTD declares, so reading it takes
// little time and memory, and no local file is read.
func TestXMLBomb(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "passwd")
	if err := os.WriteFile(secret, []byte("root:SECRET-XXE-CONTENT"), 0o644); err != nil {
		t.Fatal(err)
	}
	feed := filepath.Join(dir, "bomb.rss")
	if err := os.WriteFile(feed, []byte(strings.Replace(billionLaughs, "PASSWD", secret, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	got, err := collect(t, New(Options{Transport: offline{}}), feed, "")
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 || took > 5*time.Second {
		t.Errorf("Each(billion laughs) allocated %d MB in %v; want little of both", alloc>>20, took)
	}
	if err != nil {
		// Refusing the feed is fine too; expanding it is not.
		t.Logf("Each(billion laughs): %v", err)
		return
	}
	total := 0
	for _, a := range got {
		total += len(a.Body) + len(a.Meta.Title)
		if bytes.Contains(a.Body, []byte("SECRET-XXE")) || strings.Contains(a.Meta.Title, "SECRET-XXE") {
			t.Errorf("Each(billion laughs): article %s holds the external entity's file", a.Source)
		}
		if bytes.Contains(a.Body, []byte("lollol")) || strings.Contains(a.Meta.Title, "lollol") {
			t.Errorf("Each(billion laughs): article %s holds expanded entities", a.Source)
		}
	}
	if total > 10<<10 {
		t.Errorf("Each(billion laughs): %d bytes of articles; want the few the feed holds", total)
	}
	t.Logf("billion laughs: %d articles, %d bytes, %v", len(got), total, took)
}

// endless is an endless stream of one byte that counts what was read.
type endless struct {
	b byte
	n int64
}

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.b
	}
	r.n += int64(len(p))
	return len(p), nil
}

// TestHugeLineStdin pipes an endless single line into "-": it is refused
// once MaxBytes are read, not read to the end or held whole.
func TestHugeLineStdin(t *testing.T) {
	src := &endless{b: 'a'}
	in := New(Options{})
	err := in.Each(context.Background(), "-", src, func(*chronicle.Article) error { return nil })
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "exceeds") {
		t.Errorf("Each(-, endless line) = %v; want ErrTooLarge", err)
	}
	if src.n > DefaultMaxBytes+1<<20 {
		t.Errorf("Each(-, endless line) read %d bytes; want at most about MaxBytes (%d)", src.n, DefaultMaxBytes)
	}
}

// TestHugeFileRefusedUnread checks that a 100 MB file (sparse) is refused
// from its size: the error comes before any read.
func TestHugeFileRefusedUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	start := time.Now()
	_, err = collect(t, New(Options{}), path, "")
	if !errors.Is(err, ErrTooLarge) || time.Since(start) > time.Second {
		t.Errorf("Each(100 MB file) = %v after %v; want ErrTooLarge at once", err, time.Since(start))
	}
}

// TestManyItemsRefused checks MaxItems on JSON Lines: an input with more
// records is refused whole before any article is delivered.
func TestManyItemsRefused(t *testing.T) {
	var b strings.Builder
	for range 101 {
		b.WriteString(`{"text":"A line of text."}` + "\n")
	}
	n := 0
	err := New(Options{MaxItems: 100}).Each(context.Background(), "-", strings.NewReader(b.String()), func(*chronicle.Article) error { n++; return nil })
	if !errors.Is(err, ErrTooMany) || n != 0 {
		t.Errorf("Each(101 records, MaxItems 100) = %v after %d articles; want ErrTooMany before any", err, n)
	}
}
