//go:build !unix

package cputime

import "time"

// Process returns 0 where the platform gives no process CPU time;
// benchmarks then report no per-CPU-second figure.
func Process() time.Duration { return 0 }
