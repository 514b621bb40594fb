package dedup

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Parameters of near-duplicate detection.
const (
	ShingleWords     = 5   // words per shingle
	NumHashes        = 128 // MinHash values per signature
	Bands            = 32  // LSH bands
	Rows             = NumHashes / Bands
	JaccardThreshold = 0.8 // least Jaccard similarity of two near-duplicates
)

// seedBase keys the MinHash permutations; changing it changes every stored
// band key.
const seedBase = 0x6368726f6e69636c // "chronicl"

// A Signature is the MinHash summary of a shingle set.
type Signature [NumHashes]uint64

// Shingles returns the sorted, distinct hashes of the word shingles of
// text.
func Shingles(text string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return nil
	}
	n := len(words) - ShingleWords + 1
	if n < 1 {
		n = 1
	}
	out := make([]uint64, 0, n)
	h := fnv.New64a()
	for i := range n {
		h.Reset()
		for j := i; j < i+ShingleWords && j < len(words); j++ {
			if j > i {
				h.Write([]byte{' '})
			}
			h.Write([]byte(words[j]))
		}
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mix is the SplitMix64 finaliser: a bijection of uint64 that scatters
// bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// MinHash returns the signature of a shingle set: value i is the least
// image of a shingle under permutation i. An empty set's values are all
// math.MaxUint64.
func MinHash(shingles []uint64) Signature {
	var sig Signature
	var seeds [NumHashes]uint64
	for i := range sig {
		sig[i] = math.MaxUint64
		seeds[i] = mix(seedBase + uint64(i)*0x9e3779b97f4a7c15)
	}
	for _, s := range shingles {
		for i, seed := range seeds {
			if v := mix(s ^ seed); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// BandKeys returns the Bands keys of sig: band b's Rows values and b,
// hashed (FNV-1a) into one int64. Two signatures share key b only when
// their band b is equal (up to hash collisions).
func (sig *Signature) BandKeys() []int64 {
	keys := make([]int64, Bands)
	var buf [8 * (Rows + 1)]byte
	h := fnv.New64a()
	for b := range Bands {
		binary.LittleEndian.PutUint64(buf[:], uint64(b))
		for r := range Rows {
			binary.LittleEndian.PutUint64(buf[8*(r+1):], sig[b*Rows+r])
		}
		h.Reset()
		h.Write(buf[:])
		keys[b] = int64(h.Sum64())
	}
	return keys
}

// Keys returns the band keys of text, nil when it has no shingles.
func Keys(text string) []int64 {
	return ShingleKeys(Shingles(text))
}

// ShingleKeys returns the band keys of a text's shingles (Shingles), nil
// when there are none.
func ShingleKeys(sh []uint64) []int64 {
	if len(sh) == 0 {
		return nil
	}
	sig := MinHash(sh)
	return sig.BandKeys()
}

// Jaccard returns |a∩b| / |a∪b| of two sorted sets without duplicates, 0
// when both are empty.
func Jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Estimate returns the fraction of equal values of two signatures, an
// estimate of the Jaccard similarity of their sets.
func Estimate(a, b *Signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// A Candidate is a stored text that shares a band key with a new one.
type Candidate struct {
	ID    string // its document
	Group string // its article group
	Text  string
}

// PickGroup returns the group of the candidate most similar to text (by
// exact Jaccard similarity of shingles, ties to the least document ID)
// when that similarity is at least JaccardThreshold, else own.
func PickGroup(text, own string, cands []Candidate) (group string, similarity float64) {
	return PickGroupShingles(Shingles(text), own, cands)
}

// PickGroupShingles is PickGroup for a text whose shingles sh are already
// computed (a store's writer gets them from the goroutine that flattened
// the document).
func PickGroupShingles(sh []uint64, own string, cands []Candidate) (group string, similarity float64) {
	best, bestID := -1.0, ""
	group = own
	for _, c := range cands {
		if c.ID == own {
			continue
		}
		j := Jaccard(sh, Shingles(c.Text))
		if j < JaccardThreshold {
			continue
		}
		if j > best || (j == best && c.ID < bestID) {
			best, bestID, group = j, c.ID, c.Group
		}
	}
	if best < 0 {
		return own, 0
	}
	return group, best
}
