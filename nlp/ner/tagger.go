package ner

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"chronicle/nlp/internal/clusters"
	"chronicle/nlp/internal/perceptron"
)

// ErrModel reports a missing or malformed model file.
var ErrModel = errors.New("ner: bad model")

// ModelFile is the name of the model inside the fs.FS given to Load.
const ModelFile = "ner.model.gz"

const fileMagic = "CHRNER01"

// A Tagger finds PER, LOC, ORG and MISC names. It is read-only after
// loading and safe for concurrent use.
type Tagger struct {
	model   *perceptron.Model
	words   *clusters.Set
	gaz     *gazetteer
	gazExt  string // external gazetteer, TSV
	gazTr   string // names seen in training, TSV
	prior   casePrior
	priorTS string    // case prior, TSV
	scratch sync.Pool // *state
}

type header struct {
	Types       []string `json:"types"`
	Words       string   `json:"clusters"`           // clusters.Set in its TSV form
	GazExternal string   `json:"gazetteer_external"` // "TYPE\twords" lines
	GazTrain    string   `json:"gazetteer_train"`
	CasePrior   string   `json:"case_prior"`
}

type state struct {
	flat  []int32   // classes of a document's tokens
	sents [][]int32 // flat, per sentence
	doc   docState
	one   [1][]string
	// Token.Norm of a document's words, flat and per sentence (the
	// document context needs only these; full analyses, 144 bytes a
	// token, are made one sentence at a time in own).
	docNorms  []uint64
	sentNorms [][]uint64
	oneNorms  [1][]uint64
	own       []perceptron.Token
	harm      harmony
	// Annotator buffers: the words of a document's tokens, per sentence,
	// the index of each sentence's first token and the POS tags of one
	// sentence.
	words, pos []string
	sw         [][]string
	offs       []int
	s          sent
	feats      []uint64
	scores     []float32
	tags       []int32
}

func newTagger(m *perceptron.Model, words *clusters.Set, gazExt, gazTr, prior string) (*Tagger, error) {
	g := newGazetteer()
	if err := readGazetteer(g, strings.NewReader(gazExt), gazExternal); err != nil {
		return nil, err
	}
	if err := readGazetteer(g, strings.NewReader(gazTr), gazTrain); err != nil {
		return nil, err
	}
	g.freeze()
	cp, err := readCasePrior(prior)
	if err != nil {
		return nil, err
	}
	t := &Tagger{model: m, words: words, gaz: g, gazExt: gazExt, gazTr: gazTr, prior: cp, priorTS: prior}
	t.scratch.New = func() any { return &state{scores: make([]float32, nClass)} }
	return t, nil
}

// Load reads the model ModelFile from fsys.
func Load(fsys fs.FS) (*Tagger, error) {
	f, err := fsys.Open(ModelFile)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
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
	if strings.Join(h.Types, " ") != strings.Join(types[:], " ") {
		return nil, fmt.Errorf("%w: types %v, want %v", ErrModel, h.Types, types)
	}
	if m.Classes() != nClass {
		return nil, fmt.Errorf("%w: %d classes, want %d", ErrModel, m.Classes(), nClass)
	}
	words, err := clusters.Read(strings.NewReader(h.Words))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	return newTagger(m, words, h.GazExternal, h.GazTrain, h.CasePrior)
}

// Save writes t gzip-compressed.
func (t *Tagger) Save(w io.Writer) error {
	var cb strings.Builder
	if err := t.words.Write(&cb); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	if err := perceptron.WriteFile(w, fileMagic, header{Types: types[:], Words: cb.String(), GazExternal: t.gazExt, GazTrain: t.gazTr, CasePrior: t.priorTS}, t.model); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return nil
}

// Tag appends to dst[:0] one IOB2 tag per word (O, B-PER, I-PER, ... with
// types PER, LOC, ORG, MISC) and returns it. pos holds the words' Penn
// Treebank tags (from package pos); it may be nil. The sentence is tagged
// as a document of its own; TagDocument lets sentences of one document
// inform each other.
func (t *Tagger) Tag(words, pos []string, dst []string) []string {
	s := t.scratch.Get().(*state)
	defer t.scratch.Put(s)
	s.own = analyze(s.own, words, t.words)
	s.docNorms = s.docNorms[:0]
	for i := range s.own {
		s.docNorms = append(s.docNorms, s.own[i].Norm)
	}
	s.one[0], s.oneNorms[0] = words, s.docNorms
	s.doc.reset(s.one[:], s.oneNorms[:])
	s.one[0], s.oneNorms[0] = nil, nil
	tags := t.tagSentence(s, words, s.own, pos, &s.doc)
	return appendIOB(dst[:0], tags)
}

// TagDocument tags the sentences of one document in order, so that a name
// tagged early in the document informs later mentions of the same word.
// pos may be nil or hold one tag slice per sentence. It returns one IOB2
// slice per sentence, reusing dst.
func (t *Tagger) TagDocument(words, pos [][]string, dst [][]string) [][]string {
	s := t.scratch.Get().(*state)
	defer t.scratch.Put(s)
	classes := t.tagDocument(s, words, func(i int) []string {
		if i < len(pos) {
			return pos[i]
		}
		return nil
	})
	if cap(dst) < len(words) {
		dst = append(dst[:cap(dst)], make([][]string, len(words)-cap(dst))...)
	}
	dst = dst[:len(words)]
	for i, c := range classes {
		dst[i] = appendIOB(dst[i][:0], c)
	}
	return dst
}

// tagDocument tags the sentences of a document in order and then makes
// repeated names agree on their type. The result is valid until s is
// used again.
// pos(i) returns the POS tags of sentence i, or nil.
func (t *Tagger) tagDocument(s *state, words [][]string, pos func(i int) []string) [][]int32 {
	// The document context needs each word's Norm; the full analysis of
	// a sentence's words is made when it is tagged, so memory does not
	// grow with the document by a Token per word.
	n := 0
	for _, w := range words {
		n += len(w)
	}
	if cap(s.docNorms) < n {
		s.docNorms = make([]uint64, n)
	}
	s.docNorms, s.sentNorms = s.docNorms[:n], s.sentNorms[:0]
	off := 0
	for _, w := range words {
		norms := s.docNorms[off : off+len(w)]
		for j := range w {
			norms[j] = perceptron.NormHash(modern(w[j]))
		}
		s.sentNorms = append(s.sentNorms, norms)
		off += len(w)
	}
	d := &s.doc
	d.reset(words, s.sentNorms)
	s.flat = slices.Grow(s.flat[:0], n)
	for i, w := range words {
		p := pos(i)
		s.own = analyze(s.own, w, t.words)
		tags := t.tagSentence(s, w, s.own, p, d)
		d.record(w, s.s.toks, tags)
		s.flat = append(s.flat, tags...)
	}
	s.sents = s.sents[:0]
	off = 0
	for _, w := range words {
		s.sents = append(s.sents, s.flat[off:off+len(w)])
		off += len(w)
	}
	harmonize(words, s.sents, &s.harm)
	return s.sents
}

// harmonize gives a mention of a name (the same words) in a document the
// type most of the name's mentions have, when that type has at least
// twice as many mentions as the mention's own. h is scratch space, reused
// from call to call.
func harmonize(words [][]string, classes [][]int32, h *harmony) {
	if h.index == nil {
		h.index = map[string]int32{}
	}
	clear(h.index)
	h.counts, h.ms = h.counts[:0], h.ms[:0]
	for si, c := range classes {
		forEachChunk(c, func(start, end, ty int) {
			var k int32
			var ok bool
			if end-start == 1 {
				w := words[si][start]
				if k, ok = h.index[w]; !ok {
					k = int32(len(h.counts))
					h.index[w] = k
				}
			} else {
				h.key = h.key[:0]
				for i, w := range words[si][start:end] {
					if i > 0 {
						h.key = append(h.key, ' ')
					}
					h.key = append(h.key, w...)
				}
				if k, ok = h.index[string(h.key)]; !ok {
					k = int32(len(h.counts))
					h.index[string(h.key)] = k
				}
			}
			if !ok {
				h.counts = append(h.counts, [nTypes]int{})
			}
			h.counts[k][ty]++
			h.ms = append(h.ms, mention{si, start, end, ty, k})
		})
	}
	for _, m := range h.ms {
		n := &h.counts[m.n]
		best := m.ty
		for ty := range nTypes {
			if n[ty] > n[best] {
				best = ty
			}
		}
		if best == m.ty || n[best] < 2*n[m.ty] {
			continue
		}
		for i := m.start; i < m.end; i++ {
			p, _ := classParts(classes[m.si][i])
			classes[m.si][i] = class(p, best)
		}
	}
}

// harmony is the scratch space of harmonize.
type harmony struct {
	index  map[string]int32 // name → index in counts
	counts [][nTypes]int    // mentions of a name by type
	ms     []mention
	key    []byte
}

// A mention is a chunk of sentence si and the index of its name's counts.
type mention struct {
	si, start, end, ty int
	n                  int32
}

var iobNames = func() [nClass]string {
	var n [nClass]string
	n[classO] = "O"
	for ty, name := range types {
		n[class(prefixB, ty)] = "B-" + name
		n[class(prefixI, ty)] = "I-" + name
		n[class(prefixL, ty)] = "I-" + name
		n[class(prefixU, ty)] = "B-" + name
	}
	return n
}()

func appendIOB(dst []string, tags []int32) []string {
	for _, c := range tags {
		dst = append(dst, iobNames[c])
	}
	return dst
}

// prepare sets up s.s for tagging words; toks holds their analyses, or is
// nil to analyse them here.
func (s *state) prepare(words []string, toks []perceptron.Token, pos []string, cl *clusters.Set, g *gazetteer, cp casePrior, counts, local map[uint64]*[nTypes]int32) {
	s.s.words = words
	if toks == nil {
		s.own = analyze(s.own, words, cl)
		toks = s.own
	}
	s.s.toks = toks
	s.s.prior = cp
	s.s.matches = g.find(s.s.matches[:0], s.s.toks, counts, local)
	s.s.pos = s.s.pos[:0]
	for i := range words {
		h := uint64(0)
		if i < len(pos) {
			h = perceptron.Hash(pos[i])
		}
		s.s.pos = append(s.s.pos, h)
	}
	s.s.caps = allCaps(s.s.toks)
}

func (t *Tagger) tagSentence(s *state, words []string, toks []perceptron.Token, pos []string, d *docState) []int32 {
	s.prepare(words, toks, pos, t.words, t.gaz, t.prior, nil, nil)
	s.tags = s.tags[:0]
	prev := int32(-1)
	for i := range words {
		if plainWord(&s.s.toks[i], words[i]) && (prev <= 0 || !open(prev)) {
			// Outside an entity, a word with no capital letter and no
			// digit never starts a name in the training data (but for
			// 0.25% of names, mostly MISC: "serie A"): skip scoring it.
			s.tags = append(s.tags, classO)
			prev = classO
			continue
		}
		s.feats = features(s.feats[:0], &s.s, i, s.tags, d)
		clear(s.scores)
		t.model.Score(s.feats, s.scores)
		c := best(s.scores, prev)
		s.tags = append(s.tags, c)
		prev = c
	}
	trimPunct(s.tags, s.s.toks, words)
	return s.tags
}

// trimPunct takes out of the edges of entities the punctuation tokens that
// never begin or end a name (a caption's "|", commas, brackets, quotes).
func trimPunct(tags []int32, toks []perceptron.Token, words []string) {
	breaking := func(i int) bool {
		return toks[i].Flags&perceptron.FlagPunct != 0 && !innerPunct(words[i])
	}
	forEachChunk(tags, func(start, end, ty int) {
		lo, hi := start, end
		for lo < hi && breaking(lo) {
			lo++
		}
		for hi > lo && breaking(hi-1) {
			hi--
		}
		if lo == start && hi == end {
			return
		}
		for i := start; i < end; i++ {
			tags[i] = classO
		}
		switch {
		case hi-lo == 1:
			tags[lo] = class(prefixU, ty)
		case hi-lo > 1:
			tags[lo] = class(prefixB, ty)
			for i := lo + 1; i < hi-1; i++ {
				tags[i] = class(prefixI, ty)
			}
			tags[hi-1] = class(prefixL, ty)
		}
	})
}

// innerPunct reports whether punctuation token w can be part of a name
// ("AT&T" split as AT & T, "Coca - Cola", "St .").
func innerPunct(w string) bool {
	switch w {
	case "&", "-", ".", "'", "/", "+", "!", "(", ")":
		return true
	}
	return false
}

// open reports whether class c leaves an entity open (B or I).
func open(c int32) bool {
	p, _ := classParts(c)
	return p == prefixB || p == prefixI
}

// plainWord reports whether w has no upper-case letter and no digit, and
// starts with a lower-case ASCII letter or with punctuation other than an
// opening bracket.
func plainWord(t *perceptron.Token, w string) bool {
	if t.Flags&(perceptron.FlagInitCap|perceptron.FlagInnerCap|perceptron.FlagAllCap|perceptron.FlagHasDigit) != 0 || w == "" {
		return false
	}
	c := w[0]
	return c >= 'a' && c <= 'z' || t.Flags&perceptron.FlagPunct != 0 && c != '(' && c != '['
}

// best returns the highest-scoring class allowed after prev.
func best(scores []float32, prev int32) int32 {
	b := int32(-1)
	for c := range int32(len(scores)) {
		if !allowed(prev, c) {
			continue
		}
		if b < 0 || scores[c] > scores[b] {
			b = c
		}
	}
	return b
}
