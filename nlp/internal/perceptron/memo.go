package perceptron

// A Memo holds, for the words of a vocabulary, the summed weights of the
// features that depend on nothing but the word (its spelling, shape,
// affixes and clusters), so that a tagger scores a known word with one
// look-up and the features of its context, instead of looking each of its
// word features up. Weights are integer quanta, so a memo row plus the
// context features sums to exactly the scores of all features together.
// A Memo is read-only after construction and safe for concurrent use.
type Memo struct {
	nclass int
	mask   uint64
	shift  uint
	slots  []memoSlot // open addressing (linear probing), key 0 = empty
	rows   []int32    // nclass sums per word
}

type memoSlot struct {
	key uint64 // Token.Exact
	row uint32
}

// NewMemo returns the memo of model m for toks, the analyses of a
// vocabulary: wordFeatures appends the features of a token that depend on
// nothing but its word. Tokens are keyed by their Exact hash; of two with
// the same, the first is kept.
func NewMemo(m *Model, toks []Token, wordFeatures func(dst []uint64, t *Token) []uint64) *Memo {
	size, bits := 2, uint(1)
	for size < 2*len(toks) {
		size, bits = size*2, bits+1
	}
	me := &Memo{nclass: m.nclass, mask: uint64(size - 1), shift: 64 - bits, slots: make([]memoSlot, size), rows: make([]int32, 0, len(toks)*m.nclass)}
	var feats []uint64
	var sums Sums
	for i := range toks {
		t := &toks[i]
		if t.Exact == 0 || me.Row(t.Exact) != nil {
			continue
		}
		row := uint32(len(me.rows) / me.nclass)
		feats = wordFeatures(feats[:0], t)
		clear(sums[:me.nclass])
		m.Add(feats, &sums)
		me.rows = append(me.rows, sums[:me.nclass]...)
		j := me.home(t.Exact)
		for me.slots[j].key != 0 {
			j = (j + 1) & me.mask
		}
		me.slots[j] = memoSlot{t.Exact, row}
	}
	return me
}

func (me *Memo) home(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> me.shift }

// Row returns the word-feature sums (one per class) of the word whose
// Token.Exact is exact, or nil if it is not in the memo. The row must not
// be modified.
func (me *Memo) Row(exact uint64) []int32 {
	if me == nil || exact == 0 {
		return nil
	}
	for j := me.home(exact); ; j = (j + 1) & me.mask {
		s := me.slots[j]
		if s.key == exact {
			return me.rows[int(s.row)*me.nclass : int(s.row+1)*me.nclass]
		}
		if s.key == 0 {
			return nil
		}
	}
}

// Len returns the number of words in the memo.
func (me *Memo) Len() int {
	if me == nil {
		return 0
	}
	return len(me.rows) / me.nclass
}
