// Package hugepage moves read-only tables that are read at random (model
// weights, hash tables) into memory the kernel is asked to back with
// transparent huge pages (2 MiB), so that looking them up misses the TLB
// less: with 4 KiB pages a table of a few megabytes spans more pages than
// the TLB holds, and on a virtual machine each miss walks two levels of
// page tables.
//
// Input: slices of pointer-free element types (numbers, arrays and
// structs of numbers), moved once after they are built and never written
// again. Output: the same contents in a Region. Invariants: a slice Move
// returns holds what it was given; when huge pages cannot be had (another
// OS, a small table, mmap or madvise failing) Move returns its argument
// unchanged, so callers never depend on the Region for correctness. A
// Region is unmapped when the object it was tied to with Release is
// collected: code reading the moved slices must keep that object
// reachable until it is done (runtime.KeepAlive), and must not copy the
// slices into values that outlive it. Nothing here is package-level
// mutable state.
package hugepage

import "unsafe"

// Size is the size of a transparent huge page with 4 KiB base pages.
const Size = 2 << 20

// align is the alignment of each slice in a Region (a cache line).
const align = 64

// Bytes returns the bytes a Region needs to hold s (its share of a
// Region's size, alignment included).
func Bytes[T any](s []T) int {
	var zero T
	return (len(s)*int(unsafe.Sizeof(zero)) + align - 1) &^ (align - 1)
}

// Move copies s into r and returns the copy, or returns s itself when r
// is nil or has no room left. T must hold no pointers: the garbage
// collector does not scan a Region.
func Move[T any](r *Region, s []T) []T {
	n := Bytes(s)
	if r == nil || len(s) == 0 || r.at+n > len(r.mem) {
		return s
	}
	p := unsafe.Slice((*T)(unsafe.Pointer(&r.mem[r.at])), len(s))
	r.at += n
	copy(p, s)
	return p
}
