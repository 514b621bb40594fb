package perceptron

import (
	"math/rand/v2"
	"testing"
)

// randomModel returns a model of nfeat features over nclass classes whose
// features have from 1 to nclass weights, so that both sparse runs and
// dense rows occur.
func randomModel(rng *rand.Rand, nfeat, nclass int) *Model {
	entries := make([]entry, 0, nfeat)
	seen := map[uint64]bool{}
	for len(entries) < nfeat {
		k := rng.Uint64() | 1
		if seen[k] {
			continue
		}
		seen[k] = true
		e := entry{key: k}
		n := 1 + rng.IntN(nclass)
		if rng.IntN(2) == 0 {
			n = 1 + rng.IntN(min(nclass, 4))
		}
		for _, c := range rng.Perm(nclass)[:n] {
			e.cls = append(e.cls, uint8(c))
		}
		for range e.cls {
			e.w = append(e.w, rng.Float32()*2-1)
		}
		entries = append(entries, e)
	}
	// Classes in order, as Trainer.Model gives them.
	for _, e := range entries {
		for i := range e.cls {
			for j := i + 1; j < len(e.cls); j++ {
				if e.cls[j] < e.cls[i] {
					e.cls[i], e.cls[j] = e.cls[j], e.cls[i]
					e.w[i], e.w[j] = e.w[j], e.w[i]
				}
			}
		}
	}
	return build(nclass, entries)
}

// naiveScore scores feats from m's features one pair at a time.
func naiveScore(m *Model, feats []uint64, scores []float32) {
	byKey := map[uint64][]pair{}
	for _, f := range m.features() {
		byKey[f.key] = f.pairs
	}
	acc := make([]int64, m.nclass)
	for _, f := range feats {
		for _, p := range byKey[f] {
			acc[p.class()] += int64(p.q())
		}
	}
	for c := range scores {
		scores[c] += float32(acc[c])
	}
}

// TestScoreDense checks Score, whose common features are dense rows
// added eight classes at a time, against a pair-by-pair sum, for class
// counts around the multiples of 8.
func TestScoreDense(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, nclass := range []int{1, 2, 7, 8, 9, 17, 45, 200, 256} {
		m := randomModel(rng, 500, nclass)
		if nclass >= 8 && len(m.dense) == 0 {
			t.Errorf("nclass %d: no dense rows", nclass)
		}
		var keys []uint64
		for _, f := range m.features() {
			keys = append(keys, f.key)
		}
		for trial := range 50 {
			var feats []uint64
			for range rng.IntN(150) {
				if rng.IntN(4) == 0 {
					feats = append(feats, rng.Uint64())
				} else {
					feats = append(feats, keys[rng.IntN(len(keys))])
				}
			}
			got, want := make([]float32, nclass), make([]float32, nclass)
			m.Score(feats, got)
			naiveScore(m, feats, want)
			for c := range got {
				if got[c] != want[c] {
					t.Fatalf("nclass %d trial %d: Score class %d = %v; want %v", nclass, trial, c, got[c], want[c])
				}
			}
		}
	}
}

// TestAddRows checks addRows (AVX2 where the CPU has it) against
// addRowsGo.
func TestAddRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, width := range []uint32{8, 16, 24, 48, 256} {
		w := make([]int16, int(width)*20)
		for i := range w {
			w[i] = int16(rng.Uint32())
		}
		for n := range 20 {
			rows := make([]uint32, n)
			for i := range rows {
				rows[i] = uint32(rng.IntN(20)) * width
			}
			var got, want [256]int32
			for i := range got {
				got[i] = int32(rng.Uint32() >> 8)
				want[i] = got[i]
			}
			addRows(&got, w, rows, width)
			addRowsGo(&want, w, rows, width)
			if got != want {
				t.Fatalf("addRows(width %d, %d rows) = %v; addRowsGo gives %v", width, n, got[:width], want[:width])
			}
		}
	}
}

func BenchmarkAddRows(b *testing.B) {
	w := make([]int16, 48*100)
	rows := make([]uint32, 20)
	for i := range rows {
		rows[i] = uint32(i*5) * 48
	}
	var acc [256]int32
	b.ReportAllocs()
	for b.Loop() {
		addRows(&acc, w, rows, 48)
	}
}
