//go:build !linux

package hugepage

// A Region is never made outside Linux: New returns nil and Move returns
// its argument.
type Region struct {
	mem []byte
	at  int
}

// New returns nil: huge pages are asked for on Linux only.
func New(size int) *Region { return nil }

// Release does nothing.
func Release[T any](r *Region, owner *T) {}
