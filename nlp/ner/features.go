package ner

import (
	"chronicle/nlp/internal/clusters"
	"chronicle/nlp/internal/perceptron"
)

// Classes are BILOU tags over four types; the model predicts them and Tag
// reports IOB2.
var types = [...]string{"PER", "LOC", "ORG", "MISC"}

const (
	nTypes  = len(types)
	classO  = 0
	nClass  = 1 + 4*nTypes
	prefixB = 0
	prefixI = 1
	prefixL = 2
	prefixU = 3
)

// class returns the class of prefix p (B, I, L, U) and type ty.
func class(p, ty int) int32 { return int32(1 + ty*4 + p) }

func classParts(c int32) (p, ty int) {
	if c == classO {
		return -1, -1
	}
	return int(c-1) % 4, int(c-1) / 4
}

// allowed reports whether class c may follow class prev (-1 at start).
func allowed(prev, c int32) bool {
	pp, pt := -1, -1
	if prev > 0 {
		pp, pt = classParts(prev)
	}
	cp, ct := classParts(c)
	open := pp == prefixB || pp == prefixI
	if open {
		return (cp == prefixI || cp == prefixL) && ct == pt
	}
	return cp != prefixI && cp != prefixL
}

// docState is what the tagger remembers across the sentences of one
// document. Its maps and slices are reused from document to document.
type docState struct {
	hist    map[uint64]int32 // Norm of a capitalised word → index in histv
	histv   [][nTypes + 1]int32
	lowered map[uint64]bool  // Norm of words seen written in lower case
	agg     map[uint64]int32 // Norm of a capitalised word → index in aggv
	aggv    []aggCtx
}

// maxAgg bounds the aggregated context features of one word.
const maxAgg = 12

// aggCtx holds the features of the contexts a word has in a document.
type aggCtx struct {
	n int
	f [maxAgg]uint64
}

func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// reset prepares d for the document sents. norms holds the Token.Norm of
// their words, or is nil to hash the words here.
func (d *docState) reset(sents [][]string, norms [][]uint64) {
	if d.hist == nil {
		d.hist = map[uint64]int32{}
		d.lowered = map[uint64]bool{}
		d.agg = map[uint64]int32{}
	}
	clear(d.hist)
	clear(d.lowered)
	clear(d.agg)
	d.histv, d.aggv = d.histv[:0], d.aggv[:0]
	for si, s := range sents {
		// norm(j) is Token.Norm of word j (modern only changes words in
		// capitals, so it is the same with or without it for the
		// lower-case words of lowered).
		norm := func(j int) uint64 {
			switch {
			case j < 0:
				return hStart
			case j >= len(s):
				return hEnd
			case norms != nil:
				return norms[si][j]
			}
			return perceptron.NormHash(modern(s[j]))
		}
		for i, w := range s {
			if w == "" {
				continue
			}
			if c := w[0]; i > 0 && c >= 'a' && c <= 'z' {
				d.lowered[norm(i)] = true
			}
			if !isCap(w) {
				continue
			}
			nw := norm(i)
			k, ok := d.agg[nw]
			if !ok {
				k = int32(len(d.aggv))
				d.agg[nw] = k
				d.aggv = append(d.aggv, aggCtx{})
			}
			a := &d.aggv[k]
			for _, f := range [2]uint64{perceptron.Mix(fAggL, norm(i-1), 0), perceptron.Mix(fAggR, norm(i+1), 0)} {
				if a.n == maxAgg {
					break
				}
				dup := false
				for _, g := range a.f[:a.n] {
					if g == f {
						dup = true
						break
					}
				}
				if !dup {
					a.f[a.n] = f
					a.n++
				}
			}
		}
	}
}

// record notes the classes predicted for a sentence.
func (d *docState) record(words []string, toks []perceptron.Token, tags []int32) {
	for i, w := range words {
		if !isCap(w) {
			continue
		}
		nw := toks[i].Norm
		k, ok := d.hist[nw]
		if !ok {
			k = int32(len(d.histv))
			d.hist[nw] = k
			d.histv = append(d.histv, [nTypes + 1]int32{})
		}
		h := &d.histv[k]
		if tags[i] == classO {
			h[nTypes]++
		} else {
			_, ty := classParts(tags[i])
			h[ty]++
		}
	}
}

// histFeature summarises the earlier predictions for w: 0 none, else
// 1+majority label (types, then O).
func (d *docState) histFeature(norm uint64) uint64 {
	k, ok := d.hist[norm]
	if !ok {
		return 0
	}
	h := &d.histv[k]
	best := 0
	for k := range h {
		if h[k] > h[best] {
			best = k
		}
	}
	return uint64(best + 1)
}

// Feature templates.
const (
	fBias = iota + 1
	fNorm
	fExact
	fShape
	fShort
	fFlags
	fPrefix
	fSuffix = fPrefix + 4
	fW      = fSuffix + 4 // fW+k for offsets -2..2 (k = offset+2)
	fShapeW = fW + 5
	fPOS    = fShapeW + 5
	fClus   = fPOS + 5
	fClusW  = fClus + 3
	fPrev1  = fClusW + 10
	fPrev12
	fPrev1W
	fPrev1Shape
	fBigP
	fBigN
	fPOSP
	fPOSN
	fHist
	fHistShape
	fLowered
	fFirst
	fCapsLine
	fExactP
	fExactN
	fTriShape
	fGaz
	fGazCap
	fAggL
	fAggR
	fCase
)

var (
	hStart = perceptron.Hash("<s>")
	hEnd   = perceptron.Hash("</s>")
)

// sent is the per-sentence input to feature extraction.
type sent struct {
	prior   casePrior // looked up only for the tokens scored
	matches []match   // gazetteer entries in the sentence
	words   []string
	toks    []perceptron.Token
	pos     []uint64
	caps    bool // every letter of the sentence is upper case (a headline)
}

// modern maps modern spellings to those of CoNLL's 1996 Reuters text,
// which writes U.S. and U.N. where news now writes US and UN.
func modern(w string) string {
	switch w {
	case "US":
		return "U.S."
	case "UN":
		return "U.N."
	}
	return w
}

func analyze(dst []perceptron.Token, words []string, cl *clusters.Set) []perceptron.Token {
	if cap(dst) < len(words) {
		dst = make([]perceptron.Token, len(words), len(words)+len(words)/2)
	}
	dst = dst[:len(words)]
	for i, w := range words {
		perceptron.Analyze(modern(w), &dst[i])
	}
	cl.Fill(dst)
	return dst
}

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

// features appends the feature keys of token i of s given the classes
// already predicted for the tokens before it.
func features(f []uint64, s *sent, i int, prev []int32, d *docState) []uint64 {
	mix := perceptron.Mix
	toks := s.toks
	t := &toks[i]
	f = append(f, mix(fBias, 0, 0), mix(fNorm, t.Norm, 0), mix(fExact, t.Exact, 0),
		mix(fShape, t.Shape, 0), mix(fShort, t.Short, 0), mix(fFlags, t.Flags, 0))
	for k := 0; k < 4; k++ {
		if t.Suffix[k] != 0 {
			f = append(f, mix(fSuffix+uint64(k), t.Suffix[k], 0))
		}
		if t.Prefix[k] != 0 {
			f = append(f, mix(fPrefix+uint64(k), t.Prefix[k], 0))
		}
	}
	for k := range 3 {
		f = append(f, mix(fClus+uint64(k), t.Cluster[k], 0))
	}
	var norm, short, pos, ex [5]uint64
	var cl [5][3]uint64
	for o := -2; o <= 2; o++ {
		j, k := i+o, o+2
		switch {
		case j < 0:
			norm[k], short[k], pos[k], ex[k] = hStart, hStart, hStart, hStart
			cl[k] = [3]uint64{1 << 20, 1 << 20, 1 << 20}
		case j >= len(toks):
			norm[k], short[k], pos[k], ex[k] = hEnd, hEnd, hEnd, hEnd
			cl[k] = [3]uint64{1 << 21, 1 << 21, 1 << 21}
		default:
			norm[k], short[k], pos[k], ex[k] = toks[j].Norm, toks[j].Short, s.pos[j], toks[j].Exact
			cl[k] = toks[j].Cluster
		}
		f = append(f, mix(fPOS+uint64(k), pos[k], 0))
		if o != 0 {
			f = append(f, mix(fW+uint64(k), norm[k], 0), mix(fShapeW+uint64(k), short[k], 0),
				mix(fClusW+uint64(k), cl[k][1], 0), mix(fClusW+5+uint64(k), cl[k][2], 0))
		}
	}
	p1, p2 := uint64(100), uint64(100)
	if i > 0 {
		p1 = uint64(prev[i-1])
	}
	if i > 1 {
		p2 = uint64(prev[i-2])
	}
	f = append(f, mix(fPrev1, p1, 0), mix(fPrev12, p1, p2), mix(fPrev1W, p1, t.Norm), mix(fPrev1Shape, p1, t.Short),
		mix(fBigP, norm[1], t.Norm), mix(fBigN, t.Norm, norm[3]),
		mix(fPOSP, pos[1], pos[2]), mix(fPOSN, pos[2], pos[3]),
		mix(fExactP, ex[1], t.Exact), mix(fExactN, t.Exact, ex[3]),
		mix(fTriShape, short[1], short[2]*31+short[3]))
	if d != nil && t.Flags&perceptron.FlagInitCap != 0 {
		if h := d.histFeature(t.Norm); h != 0 {
			f = append(f, mix(fHist, h, 0), mix(fHistShape, h, t.Short))
		}
		if d.lowered[t.Norm] {
			f = append(f, mix(fLowered, uint64(min(i, 1)), 0))
		}
		if k, ok := d.agg[t.Norm]; ok {
			a := &d.aggv[k]
			f = append(f, a.f[:a.n]...)
		}
	}
	for _, m := range s.matches {
		if m.start > i || m.end <= i {
			continue
		}
		p := uint64(prefixI)
		switch {
		case m.end-m.start == 1:
			p = prefixU
		case i == m.start:
			p = prefixB
		case i == m.end-1:
			p = prefixL
		}
		capital := t.Flags & (perceptron.FlagInitCap | perceptron.FlagAllCap)
		for b := range gazBits {
			if m.mask&(1<<b) != 0 {
				f = append(f, mix(fGaz, uint64(b)*4+p, 0), mix(fGazCap, uint64(b)*4+p, capital))
			}
		}
	}
	if i == 0 {
		f = append(f, mix(fFirst, t.Short, 0))
	}
	if t.HasLetter {
		pos := uint64(0)
		if i == 0 {
			pos = 1
		}
		if s.caps {
			pos += 2
		}
		f = append(f, mix(fCase, uint64(s.prior[t.Norm]), t.Flags&(perceptron.FlagInitCap|perceptron.FlagAllCap)|pos<<32))
	}
	if s.caps {
		f = append(f, mix(fCapsLine, t.Norm, 0), mix(fCapsLine, t.Short, p1))
	}
	return f
}
