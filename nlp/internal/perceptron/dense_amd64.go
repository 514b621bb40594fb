//go:build !purego

package perceptron

import "golang.org/x/sys/cpu"

// hasAVX2 is read once at start-up and never written.
var hasAVX2 = cpu.X86.HasAVX2

// addRows adds to acc the dense rows of w (each width quanta, a multiple
// of 8 no larger than 256) that start at rows, with AVX2 where the CPU has
// it. The model built rows and width, so every row lies inside w.
func addRows(acc *[256]int32, w []int16, rows []uint32, width uint32) {
	if !hasAVX2 || len(rows) == 0 {
		addRowsGo(acc, w, rows, width)
		return
	}
	addRowsAVX2(&acc[0], &w[0], &rows[0], len(rows), int(width))
}

// addRowsAVX2 adds, for each of the n offsets at rows, the width int16
// quanta of w from that offset to the int32 counters at acc: eight
// classes at a time, each counter in a register while every row adds
// to it.
//
//go:noescape
func addRowsAVX2(acc *int32, w *int16, rows *uint32, n int, width int)
