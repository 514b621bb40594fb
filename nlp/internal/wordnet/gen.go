//go:build ignore

// Gen writes the committed sense table, data/senses.tsv.gz, from the
// WordNet 3.0 database files (Debian package wordnet-base):
//
//	apt-get install -y wordnet-base
//	cd nlp/internal/wordnet && go run gen.go [-dict /usr/share/wordnet]
//
// For every single-word verb and noun lemma it keeps the lexicographer
// files (supersenses) of its first three senses in WordNet's frequency
// order, and for verbs whether one of those senses takes a that-clause
// (frame 26) or a to-infinitive (frames 24, 28); and the irregular forms
// of verb.exc and noun.exc. The output is deterministic.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet database `dir`")
	out := flag.String("out", "data/senses.tsv.gz", "output `file`")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// A synset is what the table keeps of one synset.
type synset struct {
	lex    int
	frames string // "c" that-clause, "i" to-infinitive
}

func run(dict, out string) error {
	var lines []string
	for _, pos := range []string{"verb", "noun"} {
		syn, err := readData(filepath.Join(dict, "data."+pos))
		if err != nil {
			return err
		}
		idx, err := readLines(filepath.Join(dict, "index."+pos))
		if err != nil {
			return err
		}
		for _, l := range idx {
			if strings.HasPrefix(l, "  ") {
				continue // the licence
			}
			f := strings.Fields(l)
			if len(f) < 4 || strings.ContainsAny(f[0], "_-.'0123456789") {
				continue
			}
			nptr, err := strconv.Atoi(f[3])
			if err != nil || len(f) < 6+nptr {
				return fmt.Errorf("index.%s: bad line %q", pos, l)
			}
			offs := f[6+nptr:]
			var lex []string
			frames := ""
			seen := map[int]bool{}
			for _, o := range offs[:min(3, len(offs))] {
				s, ok := syn[o]
				if !ok {
					return fmt.Errorf("index.%s: %s: no synset %s", pos, f[0], o)
				}
				for _, c := range s.frames {
					if !strings.ContainsRune(frames, c) {
						frames += string(c)
					}
				}
				if !seen[s.lex] {
					seen[s.lex] = true
					lex = append(lex, strconv.Itoa(s.lex))
				}
			}
			lines = append(lines, pos[:1]+"\t"+f[0]+"\t"+strings.Join(lex, ",")+"\t"+sortString(frames))
		}
		exc, err := readLines(filepath.Join(dict, pos+".exc"))
		if err != nil {
			return err
		}
		for _, l := range exc {
			f := strings.Fields(l)
			if len(f) >= 2 && !strings.ContainsAny(f[0]+f[1], "_-.'0123456789") {
				lines = append(lines, "x"+pos[:1]+"\t"+f[0]+"\t"+f[1]+"\t")
			}
		}
	}
	sort.Strings(lines)
	fo, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(fo, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	for _, l := range lines {
		w.WriteString(l + "\n")
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return fo.Close()
}

// readData reads the synsets of a data file by offset.
func readData(path string) (map[string]synset, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	m := map[string]synset{}
	for _, l := range lines {
		if strings.HasPrefix(l, "  ") {
			continue
		}
		f := strings.Fields(l)
		if len(f) < 4 {
			return nil, fmt.Errorf("%s: bad line %q", path, l)
		}
		lex, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("%s: bad line %q", path, l)
		}
		s := synset{lex: lex}
		if f[2] == "v" {
			// words, pointers, then frames: f_cnt + f_num w_num …
			nw, _ := strconv.ParseInt(f[3], 16, 32)
			i := 4 + 2*int(nw)
			np, _ := strconv.Atoi(f[i])
			i += 1 + 4*np
			if i < len(f) {
				nf, _ := strconv.Atoi(f[i])
				for j := 0; j < nf && i+2+3*j < len(f); j++ {
					switch f[i+2+3*j] {
					case "26":
						s.frames += "c"
					case "24", "28":
						s.frames += "i"
					}
				}
			}
		}
		m[f[0]] = s
	}
	return m, nil
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n"), nil
}

func sortString(s string) string {
	r := []byte(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}
