//go:build !linux

package main

import "time"

// threadCPU returns 0: the platform gives no thread's CPU time.
func threadCPU() time.Duration { return 0 }
