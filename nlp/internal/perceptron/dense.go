package perceptron

// addRowsGo adds to acc the dense rows of w (each width quanta) that
// start at rows.
func addRowsGo(acc *[256]int32, w []int16, rows []uint32, width uint32) {
	for _, o := range rows {
		for c, v := range w[o : o+width] {
			acc[uint8(c)] += int32(v)
		}
	}
}
