//go:build !unix

package sentence

import "time"

// cpuTime returns 0: CPU time is only measured on Unix.
func cpuTime() time.Duration { return 0 }
