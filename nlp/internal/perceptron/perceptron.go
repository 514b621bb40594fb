// Package perceptron is the averaged multiclass perceptron shared by the
// part-of-speech tagger and the named-entity recogniser.
//
// Features are 64-bit hashes (see Hash, Mix); classes are small integers.
// A Trainer learns dense per-feature rows with lazy averaging; Trainer.Model
// freezes the averaged weights into a Model, a read-only sparse table (an
// open-addressing hash of feature keys into runs of (class, weight) pairs,
// and for features with weights for many classes also a dense row of
// weights, added eight classes at a time with AVX2 on amd64) that is safe
// for concurrent use and scores a token without allocating. Weights are
// 16-bit integers summed exactly, so how a token's weights are added
// never changes its scores.
// Models serialise with WriteTo and ReadModel in a small versioned binary
// format; readers treat the bytes as untrusted and return errors.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// ErrFormat reports a malformed model file.
var ErrFormat = errors.New("perceptron: malformed model")

// Hashing ---------------------------------------------------------------

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash returns the FNV-1a hash of s.
func Hash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashByte extends an FNV-1a hash h by one byte.
func HashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// Seed is the FNV-1a offset basis, the hash of the empty string.
const Seed uint64 = fnvOffset

// Mix combines a template id and up to two value hashes into a feature key.
// It never returns 0 (0 marks an empty slot).
func Mix(tmpl uint64, a, b uint64) uint64 {
	x := tmpl*0x9E3779B97F4A7C15 ^ a
	x = splitmix(x)
	x ^= b * 0xC2B2AE3D27D4EB4F
	x = splitmix(x)
	if x == 0 {
		x = 1
	}
	return x
}

func splitmix(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// Model -----------------------------------------------------------------

// A Model holds averaged weights. It is read-only after construction.
type Model struct {
	nclass int
	nfeat  int
	size   uint64   // len(table)
	table  []slot   // open addressing (linear probing)
	keys   []uint64 // full key of each slot (cold: for writing and averaging)
	los    []uint32 // where each slot's run starts in pairs (cold, likewise)
	pairs  []pair   // runs of pairs, each after a header holding its length
	dense  []int16  // rows of width quanta, one per feature with many pairs
	width  uint32   // nclass rounded up to a multiple of 8
	scale  float32  // a weight is its 16-bit quantum times scale
	bloom  []uint64 // blocked Bloom filter of the keys: most absent features stop here
	bmask  uint64
}

// bloomBits returns the word and the two bits of key f in the filter.
func (m *Model) bloomBits(f uint64) (word uint64, bits uint64) {
	return (f >> 20) & m.bmask, 1<<((f>>52)&63) | 1<<((f>>58)&63)
}

// A slot is what scoring reads of one feature, 16 bytes (four to a
// cache line): a fingerprint of its key (the high 32 bits; the low bits
// chose the slot), its first two pairs and where the rest are. Most
// features have at most two pairs (78% of the POS tagger's, 73% of the
// recogniser's, all of the quote models'); a feature with more has its
// first two in p0 and p1 and the rest in a short run of pairs (more:
// start<<moreBits | length) or, with denseMin pairs or more, all of them
// in a dense row (more: denseFlag | row) and no pair in the slot. An
// absent pair is a zero weight for some class, so scoring adds p0 and
// p1 of every slot it finds without a branch. The top byte of p0, unused
// by a pair, is 1 in a filled slot and 0 in an empty one.
type slot struct {
	fp     uint32
	more   uint32
	p0, p1 pair
}

const (
	filled    = 1 << 24
	denseFlag = 1 << 31
	moreBits  = 3 // the rest of a run, 1 to denseMin-3 pairs
	maxRunLo  = denseFlag >> moreBits
)

// A pair is a class (high 16 bits) and a 16-bit quantised weight.
type pair uint32

func (p pair) class() uint32 { return uint32(p) >> 16 & 0xFF }
func (p pair) q() int16      { return int16(uint16(p)) }
func makePair(class uint8, q int16) pair {
	return pair(uint32(class)<<16 | uint32(uint16(q)))
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Features returns the number of features with a non-zero weight.
func (m *Model) Features() int { return m.nfeat }

// Score adds the weights of feats to scores, which must have Classes()
// elements. Scores are in the model's own units (a fixed positive multiple
// of the weights), which is all ranking classes needs.
func (m *Model) Score(feats []uint64, scores []float32) {
	// The table and pairs are larger than the caches, so scoring is
	// bound by memory latency. Features are looked up in batches, one
	// stage at a time (Bloom filter, slots, the rest of long runs), so
	// that the loads of a stage are independent and overlap instead of
	// waiting for each other behind mispredicted branches. A slot holds
	// the first two pairs and the length of the rest, so most features
	// cost one load after the filter's and none waits on a run header.
	// The features with many pairs (the bias, shapes, frequent affixes:
	// most of a token's 500 or so pairs) are dense rows, added eight
	// classes at a time. Weights are 16-bit integers (quanta) and are
	// summed as int32 (exact for up to 65,536 features; a token has
	// about 60), each class converted to float32 once; the float32 sums
	// the scores got before were exact too (below 2^24), so the order
	// of the additions never changes a score.
	const batch = 64
	var keys [batch]uint64
	var slots [batch]slot
	var at [batch]uint64
	var runs [batch]uint32
	var rows [batch]uint32 // where the dense rows of a batch start
	var acc [256]int32     // indexed by a class (a byte): no bounds checks
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), batch)]
		feats = feats[len(chunk):]
		n := 0
		for _, f := range chunk {
			w, b := m.bloomBits(f)
			keys[n] = f
			if m.bloom[w]&b == b {
				n++
			}
		}
		for k, f := range keys[:n] {
			i := m.home(f)
			at[k], slots[k] = i, m.table[i]
		}
		r := 0
		for k, f := range keys[:n] {
			i, sl, fp := at[k], slots[k], uint32(f>>32)
			for sl.p0 != 0 && sl.fp != fp {
				if i++; i == m.size {
					i = 0
				}
				sl = m.table[i]
			}
			acc[uint8(sl.p0>>16)] += int32(int16(uint16(sl.p0)))
			acc[uint8(sl.p1>>16)] += int32(int16(uint16(sl.p1)))
			if sl.more != 0 {
				runs[r] = sl.more
				r++
			}
		}
		d := 0
		for _, mo := range runs[:r] {
			if mo >= denseFlag {
				rows[d] = (mo - denseFlag) * m.width
				d++
				continue
			}
			lo := mo >> moreBits
			for _, p := range m.pairs[lo : lo+mo&(1<<moreBits-1)] {
				acc[uint8(p>>16)] += int32(int16(uint16(p)))
			}
		}
		if d > 0 {
			addRows(&acc, m.dense, rows[:d], m.width)
		}
	}
	for c := range scores {
		scores[c] += float32(acc[uint8(c)])
	}
}

// home returns the first slot to probe for key f (Lemire's multiply-shift
// range reduction of its low 32 bits; the fingerprint uses the high 32).
func (m *Model) home(f uint64) uint64 { return (f & 0xFFFFFFFF) * m.size >> 32 }

type entry struct {
	key uint64
	cls []uint8
	w   []float32
}

func build(nclass int, entries []entry) *Model {
	// The Bloom filter turns away most absent features, so the table can
	// be 80% full.
	size := len(entries)*5/4 + 2
	m := &Model{nclass: nclass, nfeat: len(entries), size: uint64(size), table: make([]slot, size), keys: make([]uint64, size), los: make([]uint32, size)}
	m.width = uint32(nclass+7) &^ 7
	// A feature with at least denseMin pairs gets a dense row: 6 was
	// faster than 4 and 12 on the POS tagger (45 classes).
	const denseMin = 6
	words := 1
	for words*64 < 10*len(entries) {
		words <<= 1
	}
	m.bloom, m.bmask = make([]uint64, words), uint64(words-1)
	for _, e := range entries {
		w, b := m.bloomBits(e.key)
		m.bloom[w] |= b
	}
	n := 1
	for _, e := range entries {
		n += len(e.cls) + 1
	}
	var maxAbs float32
	for _, e := range entries {
		for _, w := range e.w {
			maxAbs = max(maxAbs, w, -w)
		}
	}
	m.scale = maxAbs / 32767
	if m.scale == 0 {
		m.scale = 1
	}
	m.pairs = make([]pair, 1, n)
	// Features with weights for many classes are the common ones (the
	// bias, shapes, frequent affixes): placed first, they sit in their
	// home slots (no probing) and their runs lie together at the start
	// of pairs, so the cache holds them in fewer lines.
	order := make([]int, len(entries))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return len(entries[order[a]].cls) > len(entries[order[b]].cls) })
	for _, k := range order {
		e := &entries[k]
		i := m.home(e.key)
		for m.table[i].p0 != 0 {
			if i++; i == m.size {
				i = 0
			}
		}
		lo := uint32(len(m.pairs))
		m.pairs = append(m.pairs, 0)
		for j, c := range e.cls {
			if q := int16(math.Round(float64(e.w[j] / m.scale))); q != 0 {
				m.pairs = append(m.pairs, makePair(c, q))
			}
		}
		run := m.pairs[lo+1:]
		m.pairs[lo] = pair(len(run))
		// Absent pairs are zero weights for a class that depends on
		// the key, so that their additions do not all queue on one.
		pad := makePair(uint8(e.key>>40%uint64(nclass)), 0)
		sl := slot{fp: uint32(e.key >> 32), p0: pad, p1: pad}
		switch {
		case len(run) < denseMin && lo+3 < maxRunLo:
			if len(run) > 0 {
				sl.p0 = run[0]
			}
			if len(run) > 1 {
				sl.p1 = run[1]
			}
			if len(run) > 2 {
				sl.more = (lo+3)<<moreBits | uint32(len(run)-2)
			}
		default:
			// The weights of a feature with many pairs are a dense
			// row, added eight classes at a time.
			row := uint32(len(m.dense)) / m.width
			m.dense = append(m.dense, make([]int16, m.width)...)
			for _, p := range run {
				m.dense[row*m.width+p.class()] = p.q()
			}
			sl.more = denseFlag | row
		}
		sl.p0 |= filled
		m.table[i], m.keys[i], m.los[i] = sl, e.key, lo
	}
	return m
}

// feature is a key with its pairs, for writing and averaging.
type feature struct {
	key   uint64
	pairs []pair
}

// features returns the features of m in key order.
func (m *Model) features() []feature {
	out := make([]feature, 0, m.nfeat)
	for i, sl := range m.table {
		if sl.p0 == 0 {
			continue
		}
		lo := m.los[i]
		n := uint32(m.pairs[lo])
		out = append(out, feature{m.keys[i], m.pairs[lo+1 : lo+1+n]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

const magic = "CHRPERC2"

// WriteTo writes m in the binary model format: delta-coded feature keys
// and weights quantised to 16 bits against the largest magnitude. Callers
// compress the stream.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	put := func(b []byte) {
		k, _ := bw.Write(b)
		n += int64(k)
	}
	put([]byte(magic))
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { put(buf[:binary.PutUvarint(buf[:], v)]) }
	putU(uint64(m.nclass))
	putU(uint64(m.Features()))
	var sb [4]byte
	binary.LittleEndian.PutUint32(sb[:], math.Float32bits(m.scale))
	put(sb[:])
	// Features in key order so the file is deterministic.
	order := m.features()
	var prev uint64
	for _, o := range order {
		putU(o.key - prev) // delta-coded keys
		prev = o.key
		putU(uint64(len(o.pairs)))
		for _, p := range o.pairs {
			q := p.q()
			put([]byte{uint8(p.class()), byte(q), byte(uint16(q) >> 8)})
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("perceptron: write model: %w", err)
	}
	return n, nil
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: bad header", ErrFormat)
	}
	nclass, err := binary.ReadUvarint(br)
	if err != nil || nclass == 0 || nclass > 256 {
		return nil, fmt.Errorf("%w: class count", ErrFormat)
	}
	nfeat, err := binary.ReadUvarint(br)
	if err != nil || nfeat > 1<<26 {
		return nil, fmt.Errorf("%w: feature count", ErrFormat)
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return nil, fmt.Errorf("%w: scale: %v", ErrFormat, err)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("%w: scale %v", ErrFormat, scale)
	}
	entries := make([]entry, 0, min(nfeat, 1<<16))
	var key uint64
	for range nfeat {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: key: %v", ErrFormat, err)
		}
		key += d
		if key == 0 || (len(entries) > 0 && d == 0) {
			return nil, fmt.Errorf("%w: duplicate or zero key", ErrFormat)
		}
		n, err := binary.ReadUvarint(br)
		if err != nil || n > nclass {
			return nil, fmt.Errorf("%w: pair count", ErrFormat)
		}
		e := entry{key: key, cls: make([]uint8, n), w: make([]float32, n)}
		for j := range n {
			var b [3]byte
			if _, err := io.ReadFull(br, b[:]); err != nil {
				return nil, fmt.Errorf("%w: weights: %v", ErrFormat, err)
			}
			if uint64(b[0]) >= nclass {
				return nil, fmt.Errorf("%w: class %d out of range", ErrFormat, b[0])
			}
			e.cls[j] = b[0]
			e.w[j] = float32(int16(binary.LittleEndian.Uint16(b[1:]))) * scale
		}
		entries = append(entries, e)
	}
	return build(int(nclass), entries), nil
}

// Trainer ---------------------------------------------------------------

// A Trainer learns an averaged perceptron. It is not safe for concurrent use.
type Trainer struct {
	nclass int
	index  map[uint64]int32
	w      []float32
	total  []float64
	stamp  []int32
	step   int32
}

// NewTrainer returns a Trainer for nclass classes (at most 256).
func NewTrainer(nclass int) *Trainer {
	return &Trainer{nclass: nclass, index: make(map[uint64]int32)}
}

// Tick advances the averaging clock; call it once per training example.
func (t *Trainer) Tick() { t.step++ }

// Score adds the current weights of feats to scores.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.nclass : int(r+1)*t.nclass]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// Update rewards class gold and penalises class guess for feats.
func (t *Trainer) Update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.index))
			t.index[f] = r
			t.w = append(t.w, make([]float32, t.nclass)...)
			t.total = append(t.total, make([]float64, t.nclass)...)
			t.stamp = append(t.stamp, make([]int32, t.nclass)...)
		}
		base := int(r) * t.nclass
		t.add(base+gold, 1)
		t.add(base+guess, -1)
	}
}

func (t *Trainer) add(i int, v float32) {
	t.total[i] += float64(t.step-t.stamp[i]) * float64(t.w[i])
	t.stamp[i] = t.step
	t.w[i] += v
}

// Model returns the averaged model, dropping weights whose magnitude is
// below prune.
func (t *Trainer) Model(prune float32) *Model {
	steps := float64(t.step)
	if steps == 0 {
		steps = 1
	}
	entries := make([]entry, 0, len(t.index))
	for f, r := range t.index {
		base := int(r) * t.nclass
		var e entry
		for c := range t.nclass {
			i := base + c
			tot := t.total[i] + float64(t.step-t.stamp[i])*float64(t.w[i])
			avg := float32(tot / steps)
			if avg > prune || avg < -prune {
				e.cls = append(e.cls, uint8(c))
				e.w = append(e.w, avg)
			}
		}
		if len(e.cls) > 0 {
			e.key = f
			entries = append(entries, e)
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	return build(t.nclass, entries)
}

// Average returns the model whose weights are the mean of the weights of
// ms (an ensemble that costs no more to run than one model), dropping
// means smaller in magnitude than prune. All models must have the same
// number of classes.
func Average(prune float32, ms ...*Model) *Model {
	if len(ms) == 0 {
		return build(1, nil)
	}
	nclass := ms[0].nclass
	sum := map[uint64][]float32{}
	for _, m := range ms {
		for _, f := range m.features() {
			row := sum[f.key]
			if row == nil {
				row = make([]float32, nclass)
				sum[f.key] = row
			}
			for _, p := range f.pairs {
				row[p.class()] += float32(p.q()) * m.scale
			}
		}
	}
	entries := make([]entry, 0, len(sum))
	inv := 1 / float32(len(ms))
	for k, row := range sum {
		e := entry{key: k}
		for c, v := range row {
			if v *= inv; v > prune || v < -prune {
				e.cls = append(e.cls, uint8(c))
				e.w = append(e.w, v)
			}
		}
		if len(e.cls) > 0 {
			entries = append(entries, e)
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	return build(nclass, entries)
}

// Prune returns a copy of m without the weights smaller in magnitude than
// min, and without the features left with no weight.
func (m *Model) Prune(min float32) *Model {
	return Average(min, m)
}

// Pairs returns the number of (feature, class) weights in m.
func (m *Model) Pairs() int { return len(m.pairs) - 1 - m.nfeat }
