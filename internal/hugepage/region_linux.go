package hugepage

import (
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// A Region is memory mapped outside the Go heap and advised to be backed
// by huge pages.
type Region struct {
	mapped []byte // the whole mapping, for unmapping
	mem    []byte // the part aligned to a huge page
	at     int    // bytes of mem handed out
}

// New returns a Region of at least size bytes, or nil when size is under
// half a huge page (the TLB gains nothing) or the memory cannot be had.
func New(size int) *Region {
	if size < Size/2 {
		return nil
	}
	length := (size + Size - 1) &^ (Size - 1)
	mapped, err := unix.Mmap(-1, 0, length+Size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		return nil
	}
	// Start on a huge page boundary, so that every huge page of the
	// region can be one.
	off := int(-uintptr(unsafe.Pointer(&mapped[0])) & (Size - 1))
	mem := mapped[off : off+length]
	if err := unix.Madvise(mem, unix.MADV_HUGEPAGE); err != nil {
		unix.Munmap(mapped)
		return nil
	}
	return &Region{mapped: mapped, mem: mem}
}

// Release unmaps r once owner, the object holding the slices Move
// returned, is collected. r must not be used after Release.
func Release[T any](r *Region, owner *T) {
	if r == nil {
		return
	}
	runtime.AddCleanup(owner, func(mapped []byte) { unix.Munmap(mapped) }, r.mapped)
}
