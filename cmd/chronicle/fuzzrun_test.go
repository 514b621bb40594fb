package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// fuzzCommands are the commands FuzzRun drives: every one that finishes
// by itself on bad arguments. serve (runs until stopped), bench and train
// (long corpus runs) and worker (needs PostgreSQL) are left out.
var fuzzCommands = []string{"", "extract", "ingest", "events", "quotes", "entities", "search", "timeline", "ner", "eval", "export", "help", "nosuch", "-h", "--help"}

// FuzzRun runs the command line with arbitrary arguments (split on
// spaces) in an empty directory: it must not panic or hang, must exit 0, 1
// or 2, and must say something on stderr when it fails. Arguments naming
// URLs are dropped, so nothing is fetched, and so are paths that leave the
// directory ("/", "../.."): reading every file of /tmp is a long job, not a
// hang.
func FuzzRun(f *testing.F) {
	f.Add(uint8(1), "--published 2025-07-11 -")
	f.Add(uint8(1), "--raw --tokens --pretty nosuchfile")
	f.Add(uint8(2), "--db x.db -")
	f.Add(uint8(3), "--actor USA --since 2025-01-01 --until x --json")
	f.Add(uint8(7), "USA CHN --by fortnight")
	f.Add(uint8(9), "html nosuchdir")
	f.Add(uint8(10), "--format gdelt")
	f.Add(uint8(0), "")
	f.Add(uint8(2), "--db= -")
	f.Add(uint8(1), "-- -x --=")
	f.Add(uint8(8), "--conll")
	f.Fuzz(func(t *testing.T, cmd uint8, rest string) {
		if strings.Contains(rest, "://") || strings.Contains(rest, "serve") || strings.Contains(rest, "worker") ||
			strings.Contains(rest, "..") || strings.HasPrefix(rest, "/") || strings.Contains(rest, " /") ||
			strings.Contains(rest, "=/") || strings.Contains(rest, "~") {
			return
		}
		var args []string
		if c := fuzzCommands[int(cmd)%len(fuzzCommands)]; c != "" {
			args = append(args, c)
		}
		if rest != "" {
			args = append(args, strings.Split(rest, " ")...)
		}
		if len(args) > 0 && (args[0] == "eval" || args[0] == "ner") && len(args) < 3 {
			return // the default data sets are whole evaluations: slow, and found only beside a checkout
		}
		t.Chdir(t.TempDir())
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		var stdout, stderr bytes.Buffer
		err := Run(ctx, args, strings.NewReader("Rubio met Wang Yi in Kuala Lumpur on Thursday.\n"), &stdout, &stderr)
		if ctx.Err() != nil {
			t.Fatalf("Run(%q) did not finish in 20s", args)
		}
		code := exitCode(err, &stderr)
		if code != 0 && code != 1 && code != 2 {
			t.Fatalf("Run(%q): exit code %d", args, code)
		}
		if code != 0 && stderr.Len() == 0 {
			t.Errorf("Run(%q) failed (exit %d) saying nothing on stderr", args, code)
		}
	})
}
