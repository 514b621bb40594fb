// Package wordnet looks up the supersenses of English verbs and nouns: the
// WordNet lexicographer file ("verb.communication", "noun.cognition", …)
// of a lemma's first senses, and whether a verb takes a that-clause or a
// to-infinitive. Models use them as features, so that a word never seen
// in their training data shares weights with the words of its class
// ("lambasted" with "criticized").
//
// Input: a word as written in text, in lower case ("said", "concerns");
// the package finds its lemma as WordNet's morphy does: the irregular
// forms of the exception lists first, then the word itself, then the
// detachment rules ("-ies" → "-y", "-ed" → "", …), the first lemma in the
// table winning. Output: the lexicographer file numbers (WordNet's lexnames
// numbering, 0-44) of up to three senses in frequency order, without
// repeats.
//
// The table, data/senses.tsv.gz, is derived from WordNet 3.0 (Princeton
// University; see data/WORDNET.md for its licence and how gen.go
// regenerates it). A Table is read-only once built and safe for
// concurrent use.
package wordnet

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Sense is what the table holds of a lemma.
type Sense struct {
	Lex [3]uint8 // lexicographer file numbers of the first senses, Lex[0] the commonest; 0xff past the last
	// Clause and Infinitive tell whether one of those senses takes a
	// that-clause ("Somebody ----s that CLAUSE") or a to-infinitive.
	Clause, Infinitive bool
}

// None marks an unused slot of Sense.Lex.
const None = 0xff

// Lexicographer file numbers of the supersenses the quote and event
// stages read.
const (
	NounAct           = 4
	NounArtifact      = 6
	NounAttribute     = 7
	NounCognition     = 9
	NounCommunication = 10
	NounEvent         = 11
	NounFeeling       = 12
	NounGroup         = 14
	NounLocation      = 15
	NounPerson        = 18
	NounState         = 26
	NounTime          = 28
	VerbCognition     = 31
	VerbCommunication = 32
	VerbCompetition   = 33
	VerbEmotion       = 37
	VerbSocial        = 41
)

// ErrFormat reports a malformed table.
var ErrFormat = errors.New("wordnet: malformed table")

// A Table maps verbs and nouns to their senses. It holds the lemmas by
// their 64-bit FNV-1a hash, so that its maps hold no pointers for the
// garbage collector to scan.
type Table struct {
	verb, noun       map[uint64]Sense
	verbExc, nounExc map[uint64]uint64 // hash of an irregular form → hash of its lemma
}

//go:embed data/senses.tsv.gz
var embedded embed.FS

// Default returns the committed table.
func Default() (*Table, error) {
	f, err := embedded.Open("data/senses.tsv.gz")
	if err != nil {
		return nil, fmt.Errorf("wordnet: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("wordnet: %w", err)
	}
	return Read(zr)
}

// Read parses a table: lines "v|n <TAB> lemma <TAB> lex,lex… <TAB>
// frames" (frames: "c" a that-clause, "i" a to-infinitive) and "xv|xn
// <TAB> form <TAB> lemma <TAB>".
func Read(r io.Reader) (*Table, error) {
	t := &Table{verb: make(map[uint64]Sense, 9000), noun: make(map[uint64]Sense, 56000), verbExc: map[uint64]uint64{}, nounExc: map[uint64]uint64{}}
	sc := bufio.NewScanner(r)
	n := 0
	var f [4][]byte
	for sc.Scan() {
		n++
		line := sc.Bytes()
		k := 0
		for ; k < 3; k++ {
			i := bytes.IndexByte(line, '\t')
			if i < 0 {
				break
			}
			f[k], line = line[:i], line[i+1:]
		}
		f[k] = line
		if k != 3 || bytes.IndexByte(line, '\t') >= 0 || len(f[1]) == 0 {
			return nil, fmt.Errorf("%w: line %d", ErrFormat, n)
		}
		switch string(f[0]) {
		case "xv":
			t.verbExc[hashBytes(f[1])] = hashBytes(f[2])
			continue
		case "xn":
			t.nounExc[hashBytes(f[1])] = hashBytes(f[2])
			continue
		case "v", "n":
		default:
			return nil, fmt.Errorf("%w: line %d: kind %q", ErrFormat, n, f[0])
		}
		s := Sense{Lex: [3]uint8{None, None, None}}
		for i, x := range bytes.Split(f[2], []byte{','}) {
			v, err := strconv.ParseUint(string(x), 10, 8)
			if err != nil || i >= len(s.Lex) || v >= None {
				return nil, fmt.Errorf("%w: line %d: senses %q", ErrFormat, n, f[2])
			}
			s.Lex[i] = uint8(v)
		}
		s.Clause = bytes.IndexByte(f[3], 'c') >= 0
		s.Infinitive = bytes.IndexByte(f[3], 'i') >= 0
		if f[0][0] == 'v' {
			t.verb[hashBytes(f[1])] = s
		} else {
			t.noun[hashBytes(f[1])] = s
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wordnet: %w", err)
	}
	return t, nil
}

// hashBytes returns the FNV-1a hash of b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hash returns the FNV-1a hash of s.
func hash(s string) uint64 { return extend(fnvOffset, s) }

// extend continues the FNV-1a hash h over s.
func extend(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Detachment rules of morphy: suffix → replacement.
var (
	verbRules = [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}
	nounRules = [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}
)

// Verb returns the senses of the verb form w (lower case) and whether it
// is known.
func (t *Table) Verb(w string) (Sense, bool) {
	if t == nil {
		return Sense{}, false
	}
	return lookup(w, t.verb, t.verbExc, verbRules)
}

// Noun returns the senses of the noun form w (lower case) and whether it
// is known.
func (t *Table) Noun(w string) (Sense, bool) {
	if t == nil {
		return Sense{}, false
	}
	return lookup(w, t.noun, t.nounExc, nounRules)
}

// Key returns the key of a lemma (lower case), to compare with what
// VerbKey returns.
func Key(lemma string) uint64 { return hash(lemma) }

// VerbKey returns the key of the lemma of the verb form w (lower case),
// found as Verb finds it ("went" → Key("go"), "ranked" → Key("rank")),
// and whether w is a known verb form.
func (t *Table) VerbKey(w string) (uint64, bool) {
	if t == nil {
		return 0, false
	}
	k, _, ok := lookupKey(w, t.verb, t.verbExc, verbRules)
	return k, ok
}

func lookup(w string, m map[uint64]Sense, exc map[uint64]uint64, rules [][2]string) (Sense, bool) {
	_, s, ok := lookupKey(w, m, exc, rules)
	return s, ok
}

// lookupKey is morphy: it returns the key of the lemma of w in m, by the
// exceptions, w itself, the detachment rules or a doubled final
// consonant, with its senses.
func lookupKey(w string, m map[uint64]Sense, exc map[uint64]uint64, rules [][2]string) (uint64, Sense, bool) {
	hw := hash(w)
	if l, ok := exc[hw]; ok {
		if s, ok := m[l]; ok {
			return l, s, true
		}
	}
	if s, ok := m[hw]; ok {
		return hw, s, true
	}
	for _, r := range rules {
		if len(w) > len(r[0]) && strings.HasSuffix(w, r[0]) {
			k := extend(hash(w[:len(w)-len(r[0])]), r[1])
			if s, ok := m[k]; ok {
				return k, s, true
			}
		}
	}
	// A doubled final consonant: "slammed" → "slamm" → "slam".
	for _, suf := range []string{"ed", "ing"} {
		if b := strings.TrimSuffix(w, suf); len(b) > 2 && b != w && b[len(b)-1] == b[len(b)-2] {
			k := hash(b[:len(b)-1])
			if s, ok := m[k]; ok {
				return k, s, true
			}
		}
	}
	return 0, Sense{}, false
}
