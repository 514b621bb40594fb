package pos

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"chronicle/nlp/internal/clusters"
	"chronicle/nlp/internal/perceptron"
)

// ErrModel reports a missing or malformed model file.
var ErrModel = errors.New("pos: bad model")

// ModelFile is the name of the model inside the fs.FS given to Load.
const ModelFile = "pos.model.gz"

const fileMagic = "CHRPOS01"

// A Tagger assigns Penn Treebank part-of-speech tags. It is read-only after
// loading and safe for concurrent use.
type Tagger struct {
	classes []string
	model   *perceptron.Model
	dict    map[string]int32 // frequent unambiguous words → class
	words   *clusters.Set
	scratch sync.Pool // *state
}

type header struct {
	Classes []string         `json:"classes"`
	Dict    map[string]int32 `json:"dict"`
	Words   string           `json:"clusters"` // clusters.Set in its TSV form
}

type state struct {
	words  []string // Annotator: the words of a sentence
	toks   []perceptron.Token
	feats  []uint64
	scores []float32
	tags   []int32
}

func newTagger(classes []string, m *perceptron.Model, dict map[string]int32, words *clusters.Set) *Tagger {
	t := &Tagger{classes: classes, model: m, dict: dict, words: words}
	t.scratch.New = func() any { return &state{scores: make([]float32, len(classes))} }
	return t
}

// Load reads the model ModelFile from fsys.
func Load(fsys fs.FS) (*Tagger, error) {
	f, err := fsys.Open(ModelFile)
	if err != nil {
		return nil, fmt.Errorf("pos: load: %w", err)
	}
	defer f.Close()
	return Read(f)
}

// Read reads a gzip-compressed model written by Save.
func Read(r io.Reader) (*Tagger, error) {
	var h header
	m, err := perceptron.ReadFile(r, fileMagic, &h)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if m.Classes() != len(h.Classes) {
		return nil, fmt.Errorf("%w: %d classes in header, %d in weights", ErrModel, len(h.Classes), m.Classes())
	}
	for w, c := range h.Dict {
		if c < 0 || int(c) >= len(h.Classes) {
			return nil, fmt.Errorf("%w: dictionary class for %q out of range", ErrModel, w)
		}
	}
	words, err := clusters.Read(strings.NewReader(h.Words))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	return newTagger(h.Classes, m, h.Dict, words), nil
}

// Save writes t gzip-compressed.
func (t *Tagger) Save(w io.Writer) error {
	var cb strings.Builder
	if err := t.words.Write(&cb); err != nil {
		return fmt.Errorf("pos: save: %w", err)
	}
	if err := perceptron.WriteFile(w, fileMagic, header{Classes: t.classes, Dict: t.dict, Words: cb.String()}, t.model); err != nil {
		return fmt.Errorf("pos: save: %w", err)
	}
	return nil
}

// Tags returns the tag set, in class order.
func (t *Tagger) Tags() []string { return t.classes }

// Tag appends to dst[:0] one tag per word and returns it.
func (t *Tagger) Tag(words []string, dst []string) []string {
	s := t.scratch.Get().(*state)
	defer t.scratch.Put(s)
	tags := t.tag(s, words)
	dst = dst[:0]
	for _, c := range tags {
		dst = append(dst, t.classes[c])
	}
	return dst
}

func (t *Tagger) tag(s *state, words []string) []int32 {
	s.toks = analyze(s.toks, words, t.words)
	caps := allCaps(s.toks)
	s.tags = s.tags[:0]
	for i := range words {
		if c, ok := t.dict[words[i]]; ok {
			s.tags = append(s.tags, c)
			continue
		}
		s.feats = features(s.feats[:0], s.toks, i, s.tags, caps)
		clear(s.scores)
		t.model.Score(s.feats, s.scores)
		s.tags = append(s.tags, int32(argmax(s.scores)))
	}
	return s.tags
}

// allCaps reports whether every word of a sentence with letters in at
// least two words is upper case (a headline).
func allCaps(toks []perceptron.Token) bool {
	letters := 0
	for i := range toks {
		if toks[i].HasLetter {
			letters++
			if toks[i].Flags&perceptron.FlagAllCap == 0 {
				return false
			}
		}
	}
	return letters > 1
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

func analyze(dst []perceptron.Token, words []string, cl *clusters.Set) []perceptron.Token {
	if cap(dst) < len(words) {
		dst = make([]perceptron.Token, len(words), len(words)+len(words)/2)
	}
	dst = dst[:len(words)]
	for i, w := range words {
		perceptron.Analyze(w, &dst[i])
	}
	cl.Fill(dst)
	return dst
}

// Feature templates.
const (
	fBias = iota + 1
	fNorm
	fExact
	fSuffix
	fPrefix = fSuffix + 4
	fShape  = fPrefix + 4
	fShort  = fShape + 1
	fFlags  = fShort + 1
	fPrev1
	fPrev12
	fPrev1Word
	fW1
	fW2
	fWn1
	fWn2
	fSuf3n1
	fSuf3p1
	fShapeP1
	fShapeN1
	fFirst
	fBigramP
	fBigramN
	fPrev1Next
	fPrev1Suf
	fClus
	fClusP        = fClus + 3
	fClusN        = fClusP + 3
	fCapsLine     = fClusN + 3
	fWordNextClus = fCapsLine + 2
	fAround       = fWordNextClus + 1
)

var (
	hStart = perceptron.Hash("<s>")
	hEnd   = perceptron.Hash("</s>")
)

// features appends the feature keys for token i given the classes of the
// tokens before it.
func features(f []uint64, toks []perceptron.Token, i int, prev []int32, caps bool) []uint64 {
	t := &toks[i]
	mix := perceptron.Mix
	f = append(f, mix(fBias, 0, 0), mix(fNorm, t.Norm, 0), mix(fExact, t.Exact, 0),
		mix(fShape, t.Shape, 0), mix(fShort, t.Short, 0), mix(fFlags, t.Flags, 0))
	for k := 0; k < 4; k++ {
		if t.Suffix[k] != 0 {
			f = append(f, mix(fSuffix+uint64(k), t.Suffix[k], 0))
		}
		if k < 3 && t.Prefix[k] != 0 {
			f = append(f, mix(fPrefix+uint64(k), t.Prefix[k], 0))
		}
	}
	p1, p2 := uint64(1000), uint64(1000)
	if i > 0 {
		p1 = uint64(prev[i-1])
	}
	if i > 1 {
		p2 = uint64(prev[i-2])
	}
	f = append(f, mix(fPrev1, p1, 0), mix(fPrev12, p1, p2), mix(fPrev1Word, p1, t.Norm))
	w1, w2, s1, sh1 := hStart, hStart, hStart, hStart
	if i > 0 {
		w1, s1, sh1 = toks[i-1].Norm, toks[i-1].Suffix[2], toks[i-1].Short
		if i > 1 {
			w2 = toks[i-2].Norm
		}
	}
	n1, n2, sn1, shn1 := hEnd, hEnd, hEnd, hEnd
	if i+1 < len(toks) {
		n1, sn1, shn1 = toks[i+1].Norm, toks[i+1].Suffix[2], toks[i+1].Short
		if i+2 < len(toks) {
			n2 = toks[i+2].Norm
		}
	}
	f = append(f, mix(fW1, w1, 0), mix(fW2, w2, 0), mix(fWn1, n1, 0), mix(fWn2, n2, 0),
		mix(fSuf3p1, s1, 0), mix(fSuf3n1, sn1, 0), mix(fShapeP1, sh1, t.Short), mix(fShapeN1, shn1, t.Short))
	f = append(f, mix(fBigramP, w1, t.Norm), mix(fBigramN, t.Norm, n1), mix(fPrev1Next, p1, n1), mix(fPrev1Suf, p1, t.Suffix[2]))
	for k := 0; k < 3; k++ {
		f = append(f, mix(fClus+uint64(k), t.Cluster[k], 0))
		if k > 0 {
			var cp, cn uint64 = 1 << 20, 1 << 21
			if i > 0 {
				cp = toks[i-1].Cluster[k]
			}
			if i+1 < len(toks) {
				cn = toks[i+1].Cluster[k]
			}
			f = append(f, mix(fClusP+uint64(k), cp, 0), mix(fClusN+uint64(k), cn, 0))
		}
	}
	if i == 0 {
		f = append(f, mix(fFirst, t.Flags, 0))
	}
	cn1 := uint64(1 << 21)
	if i+1 < len(toks) {
		cn1 = toks[i+1].Cluster[1]
	}
	f = append(f, mix(fWordNextClus, t.Norm, cn1), mix(fAround, w1, n1))
	if caps {
		f = append(f, mix(fCapsLine, t.Norm, 0), mix(fCapsLine+1, p1, t.Suffix[1]))
	}
	return f
}
