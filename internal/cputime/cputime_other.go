//go:build !unix

package cputime

import "time"

// Process returns 0 where the platform gives no process CPU time;
// benchmarks then report no per-CPU-second figure.
func Process() time.Duration { return 0 }

// PeakRSS returns 0 where the platform gives no peak resident set size.
func PeakRSS() int64 { return 0 }
