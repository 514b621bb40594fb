// Command chronicle turns news articles into a sourced, dated record of
// entities, dates, quotes, figures and events. See README.md for the
// subcommands; Run is the whole program, main only binds it to the process.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// defaultMemoryLimit is the soft limit of the Go heap when GOMEMLIMIT is
// not set. The models take ~120 MB live; with the default GC the heap may
// grow to twice the live data before a collection, which put one 5.8 MB
// document at ~400 MB resident. Under the soft limit the GC collects
// sooner instead (~280 MB, ~10 % slower on that document); typical
// articles never reach it. It is soft: a larger live heap is allowed.
const defaultMemoryLimit = 256 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}
