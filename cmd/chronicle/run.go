package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// usage is the top-level help text.
const usage = `usage: chronicle <command> [flags] [args]

commands:
  extract   analyse one input (file, directory, URL, feed or -) and print JSON
  ingest    analyse inputs and store them (idempotent): ingest [--db PATH|DSN] INPUT...
  serve     serve the JSON API and the web UI: serve [--db] [--addr HOST:PORT] [--token T]
  events    query stored events (--actor, --recipient, --type, --since, --until; --json)
  quotes    query stored quotes (--speaker; --json)
  entities  query stored entities (--name; --json)
  search    full-text search of stored articles: search TEXT [--json]
  timeline  events per period between two actors: timeline USA CHN [--by day|week|month]
  ner       tag CoNLL lines on stdin (ner --conll)
  eval      score a stage on a public data set (eval html|ner|timex|quotes|events [DIR|FILE])
  export    write the stored record: export --format plover|gdelt|csv|jsonld
  worker    process queued jobs from a shared PostgreSQL: worker --db postgres://...
  bench     run the whole pipeline over a corpus and report throughput
  train     retrain a model from CoNLL-2003 (train pos|ner --out FILE)
  help      show this help

Run 'chronicle <command> -h' for the flags of a command.
`

// UsageError reports a command line that cannot be run; it exits with code 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// usagef returns a UsageError with a formatted message.
func usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// Run runs the chronicle command line args with the given standard streams.
// It is the whole program: main only maps its error to an exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usagef("no command given")
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return runExtract(ctx, env, rest)
	case "ner":
		return runNER(ctx, env, rest)
	case "ingest":
		return runIngest(ctx, env, rest)
	case "serve":
		return runServe(ctx, env, rest)
	case "events":
		return runEvents(ctx, env, rest)
	case "quotes":
		return runQuotes(ctx, env, rest)
	case "entities":
		return runEntities(ctx, env, rest)
	case "search":
		return runSearch(ctx, env, rest)
	case "timeline":
		return runTimeline(ctx, env, rest)
	case "export":
		return runExport(ctx, env, rest)
	case "worker":
		return runWorker(ctx, env, rest)
	case "bench":
		return runBench(ctx, env, rest)
	case "train":
		return runTrain(ctx, env, rest)
	case "eval":
		return runEval(ctx, env, rest)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usagef("unknown command %q", cmd)
	}
}

// env carries the standard streams and the logger to subcommands.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

// newFlagSet returns a flag set for a subcommand that reports errors instead
// of exiting, with its usage written to the command's stderr.
func (e *env) newFlagSet(name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: chronicle %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs, turning parse failures into UsageErrors
// and -h into a nil error with done set.
func parseFlags(fs *flag.FlagSet, args []string) (done bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return true, &UsageError{Msg: err.Error()}
	}
	return false, nil
}

// exitCode prints err (if any) and returns the process exit code: 0 ok,
// 2 usage, 1 any other failure.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "chronicle") {
		msg = "chronicle: " + msg
	}
	fmt.Fprintln(stderr, msg)
	var u *UsageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}
