package tokenize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

// bbcCorpus returns the 2,225 BBC News articles concatenated, one blank
// line apart, or skips b when they are missing.
func bbcCorpus(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedDir(b), "data", "corpus", "bbc-news", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("BBC News corpus not available; skipping")
	}
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkTokens(b *testing.B) {
	text := bbcCorpus(b)
	dst := make([]chronicle.Token, 0, len(text)/4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = Tokens(dst[:0], text)
	}
	b.ReportMetric(float64(len(dst)), "tokens/op")
}
