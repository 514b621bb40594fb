//go:build !unix

package main

import "os"

// writable reports whether path exists and its permission bits let its
// owner write it: where there is no access(2), a read-only SQLite file
// is marked so.
func writable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o200 != 0
}
