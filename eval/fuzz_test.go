package eval

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// The eval readers parse files of public data sets; they are fuzzed here
// (ReadTimeML and the brat reader beside their tests): any bytes give
// records or an error, never a panic.

// writeFuzzFile writes data to a file in a temporary directory.
func writeFuzzFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// FuzzReadPLOVERGold reads arbitrary bytes as a PLOVER gold-standard file.
func FuzzReadPLOVERGold(f *testing.F) {
	f.Add([]byte(`[{"id":"1","text":"Police arrested protesters.","event":"ARREST","mode":"","source":"USA","target":"USA"}]`))
	f.Add([]byte(`[{"id":"d","text":"","event":"DOCUMENT"},{"id":"2","text":"x","event":"PROTEST","mode":null,"mode05":"demo"}]`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"not":"a list"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := readPLOVERGold(writeFuzzFile(t, "gsr.json", data))
		if err == nil && len(recs) == 0 {
			t.Errorf("readPLOVERGold(%q) = no records, no error", data)
		}
		for _, r := range recs {
			if r.Text == "" || r.Event == "" {
				t.Errorf("readPLOVERGold(%q): record %+v lacks text or event", data, r)
			}
		}
	})
}

// FuzzReadHTMLBodies reads arbitrary bytes as an HTML benchmark's
// ground-truth or prediction file.
func FuzzReadHTMLBodies(f *testing.F) {
	f.Add([]byte(`{"a":{"articleBody":"Text of a."},"b":{"articleBody":null}}`))
	f.Add([]byte(`{"output":{"a":{"articleBody":"x"}}}`))
	f.Add([]byte(`{"output":3}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		readHTMLBodies(writeFuzzFile(t, "truth.json", data))
	})
}

// FuzzReadHTMLGzip reads arbitrary bytes as a gzipped HTML page.
func FuzzReadHTMLGzip(f *testing.F) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("<html><body><p>Hello.</p></body></html>"))
	zw.Close()
	f.Add(b.Bytes())
	f.Add([]byte("\x1f\x8b\x08\x00"))
	f.Add([]byte("<html>not gzipped</html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readHTMLGzip(writeFuzzFile(t, "page.html.gz", data))
	})
}

// FuzzHTMLShingles scores arbitrary texts against each other: scores stay
// within [0, 1] and a text scores 1 against itself.
func FuzzHTMLShingles(f *testing.F) {
	f.Add("The minister said on Monday that talks would resume.", "The minister said talks would resume.")
	f.Add("", "x")
	f.Add("\xff\xfe caf\xe9", "a b c d e f g")
	f.Fuzz(func(t *testing.T, truth, pred string) {
		s := ScoreHTMLTexts(map[string]string{"a": truth}, map[string]string{"a": pred})
		for _, v := range []float64{s.Precision, s.Recall, s.F1} {
			if v < 0 || v > 1 || v != v {
				t.Errorf("ScoreHTMLTexts(%q, %q) = %+v; want scores in [0, 1]", truth, pred, s)
			}
		}
		if utf8.ValidString(truth) && len(htmlWordTokens(truth)) > 0 {
			self := ScoreHTMLTexts(map[string]string{"a": truth}, map[string]string{"a": truth})
			if self.F1 < 0.999 {
				t.Errorf("ScoreHTMLTexts(%q, itself) F1 = %v; want 1", truth, self.F1)
			}
		}
	})
}
