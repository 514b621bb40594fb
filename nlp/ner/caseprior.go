package ner

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"chronicle/nlp/internal/perceptron"
)

// A case prior says how often a word is written in lower case inside a
// sentence in unlabelled news text: bucket 1 (almost never: a name) to 5
// (almost always: a common word). A capitalised word that is usually
// lower case is rarely a name when it starts a sentence or a headline.
type casePrior map[uint64]uint8

// BuildCasePrior counts, over tokenised sentences of unlabelled text, how
// often each word appears in lower case and capitalised (not sentence
// initial), and writes "word\tbucket" lines for words seen at least 3
// times.
func BuildCasePrior(sents [][]string, w io.Writer) error {
	type cnt struct{ low, cap int }
	c := map[string]*cnt{}
	for _, s := range sents {
		for i, word := range s {
			if word == "" || i == 0 {
				continue
			}
			switch s[i-1] {
			case ".", "!", "?", ":", "\"", "'", "``", "-", "--", "(", "“", "‘":
				continue // likely a sentence or quotation start
			}
			b := word[0]
			isLow, isUp := b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z'
			if !isLow && !isUp {
				continue
			}
			k := strings.ToLower(word)
			e := c[k]
			if e == nil {
				e = &cnt{}
				c[k] = e
			}
			if isLow {
				e.low++
			} else {
				e.cap++
			}
		}
	}
	words := make([]string, 0, len(c))
	for k, e := range c {
		if e.low+e.cap >= 3 {
			words = append(words, k)
		}
	}
	sort.Strings(words)
	bw := bufio.NewWriter(w)
	for _, k := range words {
		e := c[k]
		fmt.Fprintf(bw, "%s\t%d\n", k, caseBucket(float64(e.low)/float64(e.low+e.cap)))
	}
	return bw.Flush()
}

func caseBucket(low float64) int {
	switch {
	case low < 0.05:
		return 1
	case low < 0.3:
		return 2
	case low < 0.7:
		return 3
	case low < 0.95:
		return 4
	}
	return 5
}

func readCasePrior(s string) (casePrior, error) {
	p := casePrior{}
	sc := bufio.NewScanner(strings.NewReader(s))
	n := 0
	for sc.Scan() {
		n++
		w, b, ok := strings.Cut(sc.Text(), "\t")
		v, err := strconv.Atoi(b)
		if !ok || err != nil || v < 1 || v > 5 {
			return nil, fmt.Errorf("%w: case prior line %d", ErrModel, n)
		}
		p[perceptron.NormHash(w)] = uint8(v)
	}
	return p, sc.Err()
}

//go:embed data/caseprior.tsv.gz
var caseFS embed.FS

// defaultCasePrior returns the committed case prior as TSV.
func defaultCasePrior() (string, error) {
	f, err := caseFS.Open("data/caseprior.tsv.gz")
	if err != nil {
		return "", fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("ner: case prior: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("ner: case prior: %w", err)
	}
	return string(b), nil
}
