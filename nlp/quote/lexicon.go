package quote

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"chronicle/lexicon"
)

// ErrLexicon reports a cue lexicon that cannot be read.
var ErrLexicon = errors.New("quote: bad cue lexicon")

// A frame says what follows a cue verb.
type frame uint8

const (
	frameThat frame = iota // a reported clause: said (that) ...
	frameObj               // an addressee, then the clause: told reporters ...
	frameAs                // an object described as something: described X as Y
	frameTo                // an infinitive: vowed to ...
	frameNP                // a noun phrase: denied the report
)

var frameNames = map[string]frame{"that": frameThat, "obj": frameObj, "as": frameAs, "to": frameTo, "np": frameNP}

// A cueEntry is one inflected form of a cue, possibly several words long.
type cueEntry struct {
	words []string // lower case
	lemma string
	frame frame
}

// A cueLexicon maps the first word of a cue form to its entries, longest first.
type cueLexicon map[string][]cueEntry

// cuesFile is the lexicon's path inside its file system.
const cuesFile = "data/cues.tsv"

// loadLexicon reads the cue lexicon from fsys.
func loadLexicon(fsys fs.FS) (cueLexicon, error) {
	data, err := fs.ReadFile(fsys, cuesFile)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	return parseLexicon(data)
}

// parseLexicon reads lines of lemma, |-separated forms and frame.
func parseLexicon(data []byte) (cueLexicon, error) {
	lex := cueLexicon{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%w: line %d: want 3 tab-separated columns, got %d", ErrLexicon, line, len(f))
		}
		fr, ok := frameNames[f[2]]
		if !ok {
			return nil, fmt.Errorf("%w: line %d: unknown frame %q", ErrLexicon, line, f[2])
		}
		for form := range strings.SplitSeq(f[1], "|") {
			words := strings.Fields(strings.ToLower(form))
			if len(words) == 0 {
				return nil, fmt.Errorf("%w: line %d: empty form", ErrLexicon, line)
			}
			e := cueEntry{words: words, lemma: f[0], frame: fr}
			es := lex[words[0]]
			i := 0
			for i < len(es) && len(es[i].words) >= len(words) {
				i++
			}
			lex[words[0]] = append(es[:i], append([]cueEntry{e}, es[i:]...)...)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	if len(lex) == 0 {
		return nil, fmt.Errorf("%w: no cues", ErrLexicon)
	}
	return lex, nil
}

// namesFile lists given names with their usual gender in an FS given in
// Options; the embedded default is the shared lexicon's (package lexicon).
const namesFile = "data/names.tsv"

// loadNames reads the given-name list from fsys, or, when fsys has none,
// the lexicon's.
func loadNames(fsys fs.FS) (map[string]byte, error) {
	var names map[string]byte
	var err error
	if _, serr := fs.Stat(fsys, namesFile); serr == nil {
		sub, _ := fs.Sub(fsys, "data")
		names, err = lexicon.LoadGivenNames(sub)
	} else {
		names, err = lexicon.DefaultGivenNames()
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	return names, nil
}
