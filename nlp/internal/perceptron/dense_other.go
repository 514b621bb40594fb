//go:build !amd64 || purego

package perceptron

// addRows adds to acc the dense rows of w (each width quanta) that start
// at rows.
func addRows(acc *[256]int32, w []int16, rows []uint32, width uint32) {
	addRowsGo(acc, w, rows, width)
}
