package sentence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/cputime"
	"chronicle/nlp/tokenize"
)

// sharedDir returns the shared data directory (../shared from the
// repository root), or "".
func sharedDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// bbcCorpus returns the 2,225 BBC News articles concatenated, one blank
// line apart, or skips b when they are missing.
func bbcCorpus(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedDir(), "data", "corpus", "bbc-news", "*", "*.txt"))
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

func BenchmarkSplit(b *testing.B) {
	text := bbcCorpus(b)
	toks := tokenize.Tokens(nil, text)
	var sents []chronicle.Sentence
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sents = Split(text, toks)
	}
	b.ReportMetric(float64(len(sents)), "sentences/op")
}

// benchmarkBoth tokenises and splits text, reusing the token slice as a
// pipeline over many documents would.
func benchmarkBoth(b *testing.B, text string) {
	toks := make([]chronicle.Token, 0, len(text)/4)
	var sents []chronicle.Sentence
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		toks = tokenize.Tokens(toks[:0], text)
		sents = Split(text, toks)
	}
	// On a shared machine wall-clock MB/s understates the speed of one
	// core; MB per CPU-second (user+system time of the process) does not.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
	b.ReportMetric(float64(len(toks)), "tokens/op")
	b.ReportMetric(float64(len(sents)), "sentences/op")
}

func BenchmarkTokensSplit(b *testing.B) { benchmarkBoth(b, bbcCorpus(b)) }

// BenchmarkPeersBig runs on the input of the peers' throughput benchmark
// (/work/shared/peers/bench.sh 2000 --only sbd writes /tmp/peers-bench/big.txt,
// 2000 copies of the seed), or on $PEERS_BIG.
func BenchmarkPeersBig(b *testing.B) {
	path := os.Getenv("PEERS_BIG")
	if path == "" {
		path = "/tmp/peers-bench/big.txt"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("peers benchmark input not available (%v); run shared/peers/bench.sh first", err)
	}
	benchmarkBoth(b, string(data))
}
