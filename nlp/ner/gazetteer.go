package ner

import (
	"bufio"
	"compress/gzip"
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"chronicle/nlp/internal/perceptron"
)

// Gazetteer sources: bits 0-3 are names seen with each type in the
// training data, bits 4-7 names from the external lists in
// data/gazetteer.tsv.gz (PER, LOC, ORG, MISC in type order), bit 8 titles
// (data/titles.txt).
const (
	gazTrain    = 0
	gazExternal = nTypes
	gazTitle    = 2 * nTypes
	gazBits     = gazTitle + 1
	maxGazWords = 6
)

// A gazetteer is a set of word sequences (matched case-insensitively,
// digits folded) with a bit mask of sources for each. One map holds both
// the masks of whole sequences and which keys begin a longer sequence, so
// that a step of find costs one look-up.
type gazetteer struct {
	keys map[uint64]uint16 // sequence key → source bits | gazPrefix
	// table is keys as a flat open-addressing table (linear probing, at
	// most two thirds full; key 0, which gazStep never gives, marks an
	// empty slot), built by freeze: one cache line a look-up where the
	// map takes several. vals[i] is the value of table[i], apart so that
	// the table (a miss a look-up) is half the size. find uses them once
	// built.
	table []uint64
	vals  []uint16
	shift uint
	// bloom is a blocked Bloom filter of the keys (two bits in one word,
	// 16 bits a key): it turns most absent keys away without touching
	// the table, which is far larger than the caches.
	bloom []uint64
	bmask uint64
}

// bloomBits returns the word and the two bits of key k in g.bloom.
func (g *gazetteer) bloomBits(k uint64) (uint64, uint64) {
	return k >> 20 & g.bmask, 1<<(k>>52&63) | 1<<(k>>58&63)
}

// freeze builds g.table from g.keys; add must not be called after it.
func (g *gazetteer) freeze() {
	size, bits := 2, uint(1)
	for 2*size < 3*len(g.keys) {
		size, bits = size*2, bits+1
	}
	g.table, g.vals, g.shift = make([]uint64, size), make([]uint16, size), 64-bits
	for k, v := range g.keys {
		i := k * 0x9E3779B97F4A7C15 >> g.shift
		for g.table[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		g.table[i], g.vals[i] = k, v
	}
	words := 1
	for words*64 < 16*len(g.keys) {
		words *= 2
	}
	g.bloom, g.bmask = make([]uint64, words), uint64(words-1)
	for k := range g.keys {
		w, b := g.bloomBits(k)
		g.bloom[w] |= b
	}
}

// get returns the value of key k (0 if absent).
func (g *gazetteer) get(k uint64) uint16 {
	if g.table == nil {
		return g.keys[k]
	}
	if w, b := g.bloomBits(k); g.bloom[w]&b != b {
		return 0
	}
	mask := uint64(len(g.table) - 1)
	for i := k * 0x9E3779B97F4A7C15 >> g.shift; ; i = (i + 1) & mask {
		switch g.table[i] {
		case k:
			return g.vals[i]
		case 0:
			return 0
		}
	}
}

// gazPrefix marks a key that a longer sequence continues.
const gazPrefix = 1 << 15

func newGazetteer() *gazetteer {
	return &gazetteer{keys: map[uint64]uint16{}}
}

func gazStep(k, norm uint64) uint64 { return perceptron.Mix(977, k, norm) }

func phraseKeys(words []string) (uint64, []uint64) {
	k := perceptron.Seed
	var prefixes []uint64
	var t perceptron.Token
	for i, w := range words {
		perceptron.Analyze(modern(w), &t)
		k = gazStep(k, t.Norm)
		if i < len(words)-1 {
			prefixes = append(prefixes, k)
		}
	}
	return k, prefixes
}

func (g *gazetteer) add(words []string, bit int) {
	if len(words) == 0 || len(words) > maxGazWords {
		return
	}
	k, pre := phraseKeys(words)
	g.keys[k] |= 1 << bit
	for _, p := range pre {
		g.keys[p] |= gazPrefix
	}
}

// A match is a gazetteer entry found at tokens [start, end).
type match struct {
	start, end int
	mask       uint16
}

// find appends the entries found in toks. If local is not nil, training
// bits of entries whose count in local (this document) equals their count
// in counts (the whole training set) are cleared: leave-one-document-out.
func (g *gazetteer) find(dst []match, toks []perceptron.Token, counts, local map[uint64]*[nTypes]int32) []match {
	if g == nil {
		return dst
	}
	for i := range toks {
		k := perceptron.Seed
		for j := i; j < len(toks) && j < i+maxGazWords; j++ {
			k = gazStep(k, toks[j].Norm)
			v := g.get(k)
			if m := v &^ gazPrefix; m != 0 {
				if local != nil {
					if l := local[k]; l != nil {
						c := counts[k]
						for ty := range nTypes {
							if c[ty] <= l[ty] {
								m &^= 1 << (gazTrain + ty)
							}
						}
					}
				}
				if m != 0 {
					dst = append(dst, match{i, j + 1, m})
				}
			}
			if v&gazPrefix == 0 {
				break
			}
		}
	}
	return dst
}

// write writes the entries of the given sources as "TYPE\tsource\twords".
func readGazetteer(g *gazetteer, r io.Reader, bitBase int) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 2 {
			return fmt.Errorf("%w: gazetteer line %d", ErrModel, n)
		}
		if f[0] == "TITLE" {
			g.add(strings.Fields(f[1]), gazTitle)
			continue
		}
		ty := typeIndex(f[0])
		if ty < 0 {
			return fmt.Errorf("%w: gazetteer line %d: type %q", ErrModel, n, f[0])
		}
		g.add(strings.Fields(f[1]), bitBase+ty)
	}
	return sc.Err()
}

//go:embed data/gazetteer.tsv.gz data/titles.txt
var gazFS embed.FS

// externalGazetteer returns the committed external name lists and titles
// as TSV.
func externalGazetteer() (string, error) {
	tb, err := gazFS.ReadFile("data/titles.txt")
	if err != nil {
		return "", fmt.Errorf("ner: %w", err)
	}
	var titles strings.Builder
	for _, l := range strings.Split(string(tb), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			titles.WriteString("TITLE\t" + l + "\n")
		}
	}
	f, err := gazFS.Open("data/gazetteer.tsv.gz")
	if err != nil {
		return "", fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("ner: gazetteer: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("ner: gazetteer: %w", err)
	}
	return string(b) + titles.String(), nil
}

var titleWords = map[string]bool{
	"PRESIDENT": true, "PRIME": true, "MINISTER": true, "FOREIGN": true, "SECRETARY": true,
	"GENERAL": true, "KING": true, "QUEEN": true, "PRINCE": true, "SHEIKH": true, "DEFENSE": true,
	"DEFENCE": true, "INTERIOR": true, "FINANCE": true, "VICE": true, "CHIEF": true, "DEPUTY": true,
	"GOVERNOR": true, "SENATOR": true, "AMBASSADOR": true, "LEADER": true, "FORMER": true, "THE": true,
	"MR": true, "MR.": true, "DR": true, "DR.": true, "COLONEL": true, "GEN.": true, "SPEAKER": true,
}

// BuildGazetteer writes the external name lists ("TYPE\twords" lines,
// sorted) from the PETRARCH2/Phoenix actor dictionaries and NGEC's
// countries.csv under dictDir (shared/data/events/dictionaries): country
// names and their cities and regions (LOC), nationalities (MISC), people
// (PER), international and non-state organisations (ORG).
func BuildGazetteer(dictDir string, w io.Writer) error {
	out := map[string]bool{}
	add := func(ty, phrase string) {
		phrase = strings.TrimSpace(strings.ReplaceAll(phrase, "_", " "))
		f := strings.Fields(phrase)
		if len(f) == 0 || len(f) > maxGazWords {
			return
		}
		for _, x := range f {
			for _, r := range x {
				if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '.' || r == '\'' || r >= 0x80) {
					return
				}
			}
		}
		out[ty+"\t"+strings.ToLower(strings.Join(f, " "))] = true
	}
	nat := map[string]bool{}
	cf, err := os.Open(filepath.Join(dictDir, "ngec", "countries.csv"))
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	rows, err := csv.NewReader(cf).ReadAll()
	cf.Close()
	if err != nil {
		return fmt.Errorf("ner: countries.csv: %w", err)
	}
	for _, r := range rows[1:] {
		if len(r) < 4 {
			continue
		}
		add("LOC", r[1])
		for _, n := range strings.Split(r[3], ",") {
			n = strings.TrimSpace(n)
			if n == "" || strings.Contains(n, "Island") || strings.Contains(n, "Republic") {
				continue
			}
			add("MISC", n)
			nat[strings.ToUpper(n)] = true
		}
	}
	type file struct {
		name      string
		headType  string // type of a headword with a code on its line
		otherType string // type of a headword whose codes follow on indented lines
	}
	files := []file{
		{"Phoenix.Countries.actors.txt", "LOC", "PER"},
		{"Phoenix.International.actors.txt", "ORG", ""},
		{"Phoenix.MilNonState.actors.txt", "ORG", ""},
	}
	for _, fl := range files {
		b, err := os.ReadFile(filepath.Join(dictDir, "phoenix-petrarch2", fl.name))
		if err != nil {
			return fmt.Errorf("ner: %w", err)
		}
		cur := ""
		for _, line := range strings.Split(string(b), "\n") {
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			if strings.TrimSpace(line) == "" || line[0] == '\t' || line[0] == ' ' {
				continue
			}
			name, code, _ := strings.Cut(line, "[")
			name = strings.TrimSpace(name)
			if strings.HasPrefix(name, "+") {
				if cur != "" && !nat[strings.Trim(name[1:], "_ ")] {
					add(cur, name[1:])
				}
				continue
			}
			cur = ""
			switch {
			case code != "" && fl.headType == "LOC" && len(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(code), "]"))) != 3:
				// a country file headword with a long code is a group, skip
			case code != "":
				cur = fl.headType
			case fl.otherType != "":
				if first, _, _ := strings.Cut(strings.Trim(name, "_"), "_"); !titleWords[first] {
					cur = fl.otherType
				} else {
					cur = ""
					continue
				}
			}
			if cur != "" {
				add(cur, name)
				if cur == "PER" {
					cur = "" // synonyms of people carry titles
				}
			}
		}
	}
	lines := make([]string, 0, len(out))
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	bw := bufio.NewWriter(w)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
