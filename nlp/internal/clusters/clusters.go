// Package clusters learns and stores word clusters: flat partitions of a
// vocabulary at several granularities, learned from unlabelled text by the
// predictive exchange algorithm (Uszkoreit and Brants 2008), which groups
// words that follow the same words. The taggers use cluster ids as
// features, so words never seen in labelled data still share weights with
// distributionally similar ones.
//
// A Set maps a word (case-sensitive, falling back to lower case) to one
// cluster id per granularity. It is read-only once built and safe for
// concurrent use. The committed set in data/ is reproduced by Learn on the
// corpora named in data/CLUSTERS.md.
package clusters

import (
	"bufio"
	"compress/gzip"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/nlp/internal/perceptron"
)

// Levels is the number of granularities in a Set.
const Levels = 3

// Sizes are the cluster counts of the three granularities.
var Sizes = [Levels]int{64, 256, 1024}

// ErrFormat reports a malformed cluster file.
var ErrFormat = errors.New("clusters: malformed file")

// A Set maps words to cluster ids.
type Set struct {
	m map[string][Levels]uint16
	t table // by perceptron.Hash of the normalised word: a flat open-addressing table, for look-ups
}

// A table is a read-only open-addressing hash table (linear probing, at
// most half full) from 64-bit keys to cluster ids: one cache line access
// per look-up where a Go map takes several. Key 0 marks an empty slot and
// is stored apart.
type table struct {
	slots []entry
	shift uint
	zero  *[Levels]uint16 // the value of key 0, if present
}

type entry struct {
	key uint64
	val [Levels]uint16
}

func newTable(h map[uint64][Levels]uint16) table {
	size, bits := 2, uint(1)
	for size < 2*len(h) {
		size, bits = size*2, bits+1
	}
	t := table{slots: make([]entry, size), shift: 64 - bits}
	for k, v := range h {
		if k == 0 {
			t.zero = &v
			continue
		}
		i := t.home(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.slots[i] = entry{k, v}
	}
	return t
}

func (t *table) home(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> t.shift }

// find looks k up, given e, the entry in its home slot i.
func (t *table) find(k, i uint64, e entry) ([Levels]uint16, bool) {
	if k == 0 {
		if t.zero == nil {
			return [Levels]uint16{}, false
		}
		return *t.zero, true
	}
	mask := uint64(len(t.slots) - 1)
	for e.key != k {
		if e.key == 0 {
			return [Levels]uint16{}, false
		}
		i = (i + 1) & mask
		e = t.slots[i]
	}
	return e.val, true
}

func (t *table) get(k uint64) ([Levels]uint16, bool) {
	i := t.home(k)
	return t.find(k, i, t.slots[i])
}

// index fills s.t from s.m. A word already in normal form wins over a
// variant that normalises to it.
func (s *Set) index() {
	h := make(map[uint64][Levels]uint16, len(s.m))
	for w, c := range s.m {
		if perceptron.Normalize(w) == w {
			h[perceptron.Hash(w)] = c
		}
	}
	for w, c := range s.m {
		k := perceptron.Hash(perceptron.Normalize(w))
		if _, ok := h[k]; !ok {
			h[k] = c
		}
	}
	s.t = newTable(h)
}

// LookupHash is Lookup by the hashes of a token (perceptron.Token.Exact
// and perceptron.Token.Lower); it does not allocate.
func (s *Set) LookupHash(exact, lower uint64) ([Levels]uint16, bool) {
	if s == nil {
		return [Levels]uint16{}, false
	}
	if c, ok := s.t.get(exact); ok {
		return c, true
	}
	return s.t.get(lower)
}

// Fill sets the Cluster of each token known to s (by LookupHash of its
// Exact and Lower hashes) and leaves the others alone. It looks the
// tokens up in batches, so that their cache misses overlap.
func (s *Set) Fill(toks []perceptron.Token) {
	if s == nil {
		return
	}
	const batch = 64
	var home [batch]uint64
	var first [batch]entry
	for len(toks) > 0 {
		chunk := toks[:min(len(toks), batch)]
		toks = toks[len(chunk):]
		for j := range chunk {
			i := s.t.home(chunk[j].Exact)
			home[j], first[j] = i, s.t.slots[i]
		}
		for j := range chunk {
			t := &chunk[j]
			c, ok := s.t.find(t.Exact, home[j], first[j])
			if !ok {
				c, ok = s.t.get(t.Lower)
			}
			if ok {
				for k := range c {
					t.Cluster[k] = uint64(c[k])
				}
			}
		}
	}
}

// Lookups returns a Set that answers LookupHash and Fill as s does but
// holds no words (Len is 0, Lookup finds nothing, Write writes nothing):
// the flat table alone, which holds no pointers for the garbage collector
// to scan. A stage that only looks tokens up keeps this one.
func (s *Set) Lookups() *Set {
	if s == nil {
		return nil
	}
	return &Set{t: s.t}
}

// Len returns the number of words in s.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.m)
}

// Lookup returns the cluster ids of w (as written, else in lower case)
// and whether w is known. Ids are 1-based so 0 can mean "unknown". buf is
// scratch space for the lower-case form, returned for reuse.
func (s *Set) Lookup(w string, buf []byte) ([Levels]uint16, bool, []byte) {
	if s == nil {
		return [Levels]uint16{}, false, buf
	}
	if c, ok := s.m[w]; ok {
		return c, true, buf
	}
	buf = perceptron.AppendLower(buf[:0], w)
	c, ok := s.m[string(buf)]
	return c, ok, buf
}

//go:embed data/clusters.tsv.gz
var embedded embed.FS

// Default returns the committed cluster set.
func Default() (*Set, error) {
	f, err := embedded.Open("data/clusters.tsv.gz")
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	return Read(zr)
}

// Read parses lines "word\tc1\tc2\tc3".
func Read(r io.Reader) (*Set, error) {
	s := &Set{m: map[string][Levels]uint16{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != Levels+1 || f[0] == "" {
			return nil, fmt.Errorf("%w: line %d", ErrFormat, n)
		}
		var c [Levels]uint16
		for i := range Levels {
			v, err := strconv.ParseUint(f[i+1], 10, 16)
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: %v", ErrFormat, n, err)
			}
			c[i] = uint16(v)
		}
		s.m[f[0]] = c
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	s.index()
	return s, nil
}

// Write writes s in the format Read parses, sorted by word.
func (s *Set) Write(w io.Writer) error {
	if s == nil {
		return nil
	}
	words := make([]string, 0, len(s.m))
	for k := range s.m {
		words = append(words, k)
	}
	sort.Strings(words)
	bw := bufio.NewWriter(w)
	for _, k := range words {
		c := s.m[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", k, c[0], c[1], c[2])
	}
	return bw.Flush()
}

// Options configure Learn. The zero value works.
type Options struct {
	MinCount   int // words seen fewer times are not clustered; 0 means 3
	Iterations int // exchange passes per granularity; 0 means 8
}

// Learn clusters the words of sents.
func Learn(ctx context.Context, sents [][]string, opts Options, log *slog.Logger) (*Set, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.MinCount == 0 {
		opts.MinCount = 3
	}
	if opts.Iterations == 0 {
		opts.Iterations = 8
	}
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	var vocab []string
	for w, c := range count {
		if c >= opts.MinCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if count[vocab[i]] != count[vocab[j]] {
			return count[vocab[i]] > count[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	V := len(vocab)
	if V == 0 {
		return nil, errors.New("clusters: empty vocabulary")
	}
	id := make(map[string]int32, V)
	for i, w := range vocab {
		id[w] = int32(i)
	}
	// Context ids: V = rare word, V+1 = sentence boundary.
	type pair struct{ prev, w int32 }
	big := map[pair]int32{}
	wc := make([]float64, V)
	for _, s := range sents {
		prev := int32(V + 1)
		for _, w := range s {
			i, ok := id[w]
			if !ok {
				prev = int32(V)
				continue
			}
			big[pair{prev, i}]++
			wc[i]++
			prev = i
		}
	}
	// preds[w] lists (predecessor, count).
	type pc struct {
		v int32
		n int32
	}
	preds := make([][]pc, V)
	NP := V + 2
	for p, n := range big {
		// Contexts of a word: its predecessors (ids < NP) and, for the
		// word before it, the word itself as a successor (ids >= NP).
		preds[p.w] = append(preds[p.w], pc{p.prev, n})
		if p.prev < int32(V) {
			preds[p.prev] = append(preds[p.prev], pc{int32(NP) + p.w, n})
		}
	}
	for _, p := range preds {
		sort.Slice(p, func(i, j int) bool { return p[i].v < p[j].v })
	}
	set := &Set{m: make(map[string][Levels]uint16, V)}
	res := make([][Levels]uint16, V)
	for lvl, K := range Sizes {
		cls := make([]int32, V)
		for i := range cls {
			cls[i] = int32(i % K)
		}
		N := make([]float32, 2*NP*K) // N[v*K+c]: count of v followed by a word of cluster c
		Nc := make([]float64, K)
		for w := range V {
			c := int(cls[w])
			Nc[c] += wc[w]
			for _, p := range preds[w] {
				N[int(p.v)*K+c] += float32(p.n)
			}
		}
		delta := make([]float64, K)
		for it := range opts.Iterations {
			moved := 0
			for w := range V {
				if w%2000 == 0 {
					if err := ctx.Err(); err != nil {
						return nil, err
					}
				}
				a := int(cls[w])
				for _, p := range preds[w] {
					N[int(p.v)*K+a] -= float32(p.n)
				}
				Nc[a] -= wc[w]
				cw := wc[w]
				for c := range K {
					delta[c] = -2 * (xlogx(Nc[c]+cw) - xlogx(Nc[c]))
				}
				for _, p := range preds[w] {
					n := float64(p.n)
					row := N[int(p.v)*K : int(p.v+1)*K]
					for c, x := range row {
						delta[c] += xlogx(float64(x)+n) - xlogx(float64(x))
					}
				}
				best := a
				for c := range K {
					if delta[c] > delta[best]+1e-9 {
						best = c
					}
				}
				if best != a {
					moved++
				}
				cls[w] = int32(best)
				for _, p := range preds[w] {
					N[int(p.v)*K+best] += float32(p.n)
				}
				Nc[best] += cw
			}
			log.Info("clusters: pass", "k", K, "iter", it+1, "moved", moved)
			if moved == 0 {
				break
			}
		}
		for w := range V {
			res[w][lvl] = uint16(cls[w] + 1)
		}
	}
	for w, word := range vocab {
		set.m[word] = res[w]
	}
	set.index()
	return set, nil
}

func xlogx(x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x < float64(len(xlogxTable)) && x == math.Trunc(x) {
		return xlogxTable[int(x)]
	}
	return x * math.Log(x)
}

var xlogxTable = func() []float64 {
	t := make([]float64, 1<<14)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()

// Tokenize splits raw text into rough Penn-Treebank-style tokens: words,
// numbers and punctuation, with clitics ('s, n't) split off. It is used
// only to prepare unlabelled text for Learn.
func Tokenize(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		// leading punctuation
		for f != "" {
			r, n := utf8.DecodeRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '£' {
				break
			}
			out = append(out, f[:n])
			f = f[n:]
		}
		var tail []string
		for f != "" {
			r, n := utf8.DecodeLastRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
				break
			}
			if r == '.' && strings.Count(f, ".") > 1 && len(f) <= 6 { // U.S.
				break
			}
			tail = append(tail, f[len(f)-n:])
			f = f[:len(f)-n]
		}
		if f != "" {
			lf := strings.ToLower(f)
			switch {
			case strings.HasSuffix(lf, "n't") && len(f) > 3:
				out = append(out, f[:len(f)-3], f[len(f)-3:])
			case len(f) > 2 && (strings.HasSuffix(lf, "'s") || strings.HasSuffix(lf, "’s")):
				k := strings.LastIndexAny(f, "'’")
				out = append(out, f[:k], "'s")
			default:
				out = append(out, f)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// ReadCorpus reads every .txt file under dirs and returns its lines as
// tokenised sentences (one line, one sentence: paragraphs are close enough
// for bigram statistics).
func ReadCorpus(dirs ...string) ([][]string, error) {
	var out [][]string
	for _, d := range dirs {
		err := filepath.WalkDir(d, func(p string, e os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.IsDir() || !strings.HasSuffix(p, ".txt") {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, line := range strings.Split(strings.ToValidUTF8(string(b), "\uFFFD"), "\n") {
				if t := Tokenize(line); len(t) > 0 {
					out = append(out, t)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("clusters: read corpus: %w", err)
		}
	}
	return out, nil
}
