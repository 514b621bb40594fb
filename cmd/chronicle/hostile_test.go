package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// runBounded runs the default pipeline on a and returns the document, the
// error, the time taken and the bytes allocated.
func runBounded(t *testing.T, a *chronicle.Article) (*chronicle.Document, error, time.Duration, uint64) {
	t.Helper()
	p := fuzzPipeline(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	doc, err := p.Run(ctx, a)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if err == nil {
		if cerr := doc.Check(); cerr != nil {
			t.Errorf("Run: %v", cerr)
		}
	}
	return doc, err, took, after.TotalAlloc - before.TotalAlloc
}

// TestDeeplyNestedHTML runs the whole pipeline on 100,000 nested divs
// around a paragraph: bounded time and memory, the paragraph kept or a
// clear error.
func TestDeeplyNestedHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const depth = 100000
	body := "<html><body>" + strings.Repeat("<div>", depth) +
		"<p>The minister said on Monday that the talks in Geneva would resume next week.</p>" +
		strings.Repeat("</div>", depth) + "</body></html>"
	doc, err, took, alloc := runBounded(t, &chronicle.Article{Source: "nested", Format: chronicle.FormatHTML, Body: []byte(body)})
	t.Logf("%d nested divs (%d KB): %v, %d MB allocated, err %v", depth, len(body)>>10, took, alloc>>20, err)
	if took > 60*time.Second || alloc > 2<<30 {
		t.Errorf("Run(%d nested divs) took %v and %d MB; want bounded", depth, took, alloc>>20)
	}
	if err == nil && !strings.Contains(doc.Text, "talks in Geneva") {
		t.Errorf("Run(%d nested divs).Text = %.200q; want the paragraph", depth, doc.Text)
	}
}

// TestManyNames runs the whole pipeline on a text of 50,000 capitalised
// names: bounded time and memory, and entities found.
func TestManyNames(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	first := []string{"Alice", "Robert", "Maria", "Chen", "Olga", "Pedro", "Fatima", "Hans", "Yuki", "Kwame"}
	last := []string{"Smith", "Garcia", "Wang", "Ivanova", "Okafor", "Muller", "Tanaka", "Haddad", "Silva", "Novak"}
	var b strings.Builder
	b.WriteString("The guests were ")
	for i := range 50000 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %s%d", first[i%10], last[(i/10)%10], i/100)
		if i%40 == 39 {
			b.WriteString(". Others were ")
		}
	}
	b.WriteString(".\n")
	doc, err, took, alloc := runBounded(t, &chronicle.Article{Source: "names", Format: chronicle.FormatText, Body: []byte(b.String())})
	if err != nil {
		t.Fatalf("Run(50,000 names): %v", err)
	}
	t.Logf("50,000 names (%d KB): %v, %d MB allocated, %d mentions, %d entities", b.Len()>>10, took, alloc>>20, len(doc.Mentions), len(doc.Entities))
	if took > 90*time.Second || alloc > 4<<30 {
		t.Errorf("Run(50,000 names) took %v and %d MB; want bounded", took, alloc>>20)
	}
	if len(doc.Entities) < 1000 {
		t.Errorf("Run(50,000 names): %d entities; want many", len(doc.Entities))
	}
}

// TestLongLineLinear runs the pipeline on one line (no line break) of
// 0.5 MB and of 2 MB of sentences (a 100 MB line is refused by size:
// TestHugeFileRefused): the larger must not take much more than four
// times as long, so no stage is quadratic in the length of a line.
func TestLongLineLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	checkLinear(t, "The minister said on Monday that trade talks with officials from Geneva would resume. ", 512<<10, 4)
}

// TestLongSentenceLinear is the same check on one sentence without a
// full stop (commas only) of 16 KB and 64 KB. The event stage looks across
// a whole sentence; the splitter's sentence.MaxTokens keeps it linear.
func TestLongSentenceLinear(t *testing.T) {
	checkLinear(t, "the minister said on Monday that trade talks with officials from Geneva would resume, ", 16<<10, 4)
}

// checkLinear runs the pipeline on text of n and factor×n bytes made of
// unit repeated and fails if the larger takes more than 2.5×factor as
// long (best of two runs each).
func checkLinear(t *testing.T, unit string, n, factor int) {
	t.Helper()
	line := func(n int) []byte { return []byte(strings.Repeat(unit, n/len(unit)+1)[:n]) }
	var took [2]time.Duration
	for i, size := range []int{n, factor * n} {
		for range 2 {
			_, err, d, _ := runBounded(t, &chronicle.Article{Source: "line", Format: chronicle.FormatText, Body: line(size)})
			if err != nil {
				t.Fatalf("Run(%d-byte line): %v", size, err)
			}
			if took[i] == 0 || d < took[i] {
				took[i] = d
			}
		}
	}
	ratio := float64(took[1]) / float64(took[0])
	t.Logf("%d KB: %v; %d KB: %v; ratio %.1f (linear: %d)", n>>10, took[0], factor*n>>10, took[1], ratio, factor)
	if ratio > 2.5*float64(factor) {
		t.Errorf("a %d× longer input took %.1f× as long; want about %d× (no quadratic stage)", factor, ratio, factor)
	}
}

// TestHostileBytes runs extract on inputs with NUL bytes, invalid UTF-8
// and other debris: each is refused with exit 1 and a message, or analysed
// into valid JSON; never a crash.
func TestHostileBytes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		data string
		code int
		want string // in stderr (code 1) or stdout (code 0)
	}{
		{"nul.txt", "The minister\x00 said\x00 on Monday.\n", 1, "not text"},
		{"nul.html", "<html><body><p>The minister\x00 said on Monday that talks resume.</p></body></html>", 1, "not text"},
		{"invalid.txt", "The minister said \xff\xfe on Monday that caf\xe9 talks resume.\n", 0, "invalid-utf8"},
		{"surrogates.txt", "Talks \xed\xa0\x80\xed\xb0\x80 resume with \xc0\xaf overlong bytes on Monday.\n", 0, `"text":`},
		{"controls.txt", "Talks\x01\x02\x1b[31m resume\u202e on Monday\u200b with Wang\ufeff Yi.\n", 0, `"text":`},
		{"bom-only.txt", "\ufeff\n\n", 1, "empty"},
		{"entities.html", "<p>" + strings.Repeat("&amp;&lt;&#x1F600;&#0;&#xD800;&bogus;", 20000) + " Talks resume.</p>", 0, `"text":`},
		{"entities.txt", strings.Repeat("&amp;&lt;&#x1F600;&#0;&#xD800;&bogus;", 20000) + " Talks resume.\n", 0, "char-refs"},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name)
		if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		out, stderr, code := run(t, "", "extract", "--published", "2025-07-11", path)
		if code != tt.code {
			t.Errorf("extract %s: exit %d; want %d; stderr:\n%s", tt.name, code, tt.code, stderr)
			continue
		}
		if code != 0 {
			if !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, tt.name) {
				t.Errorf("extract %s: stderr %q; want it to name the file and say %q", tt.name, stderr, tt.want)
			}
			continue
		}
		var doc chronicle.Document
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Errorf("extract %s: output is not one JSON document: %v", tt.name, err)
			continue
		}
		if err := doc.Check(); err != nil {
			t.Errorf("extract %s: %v", tt.name, err)
		}
		if !strings.Contains(out, tt.want) {
			t.Errorf("extract %s: output lacks %s", tt.name, tt.want)
		}
	}
}
