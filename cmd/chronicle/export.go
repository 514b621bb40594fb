package main

import (
	"context"
	"errors"
)

// runExport is the export command; not written yet (issue 7).
func runExport(ctx context.Context, e *env, args []string) error {
	return errors.New("export: not implemented yet")
}
