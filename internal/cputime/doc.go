// Package cputime reads the CPU time the process has used, for benchmarks
// that report throughput per CPU-second on a machine shared with other
// work (wall time there measures the other work too).
package cputime
