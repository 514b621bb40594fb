package main

import (
	"context"
	"errors"
)

// runWorker is the worker command; not written yet (issue 7).
func runWorker(ctx context.Context, e *env, args []string) error {
	return errors.New("worker: not implemented yet")
}
