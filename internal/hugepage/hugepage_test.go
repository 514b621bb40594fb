package hugepage

import (
	"runtime"
	"slices"
	"testing"
)

type pairT struct {
	a uint32
	b [3]uint16
}

// TestMove checks that slices moved into a Region keep their contents,
// do not overlap, and that a Region too small or absent leaves them be.
func TestMove(t *testing.T) {
	a := make([]uint64, 100_000)
	b := make([]pairT, 50_000)
	c := []int16{1, -2, 3}
	for i := range a {
		a[i] = uint64(i) * 7
	}
	for i := range b {
		b[i] = pairT{uint32(i), [3]uint16{uint16(i), 1, 2}}
	}
	r := New(Bytes(a) + Bytes(b) + Bytes(c))
	if r == nil && runtime.GOOS == "linux" {
		t.Skip("no huge page region on this machine")
	}
	a2, b2, c2 := Move(r, a), Move(r, b), Move(r, c)
	if !slices.Equal(a2, a) || !slices.Equal(b2, b) || !slices.Equal(c2, c) {
		t.Fatalf("Move changed the contents")
	}
	a2[0] = 99 // the copies are apart from the originals and each other
	if a[0] != 0 || b2[0].a != 0 {
		t.Errorf("Move(a) shares memory: a[0] = %d, b2[0].a = %d", a[0], b2[0].a)
	}
	if got := Move(r, make([]uint64, 1<<20)); r != nil && len(got) != 1<<20 {
		t.Errorf("Move into a full region = %d elements; want the argument back", len(got))
	}
	if got := Move[uint64](nil, a); &got[0] != &a[0] {
		t.Errorf("Move(nil, a) copied a; want a itself")
	}
	if New(1000) != nil {
		t.Errorf("New(1000) = a region; want nil for a small table")
	}
	owner := new(int)
	Release(r, owner)
}
