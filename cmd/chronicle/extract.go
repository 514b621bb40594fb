package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"chronicle"
	"chronicle/ingest"
)

// runExtract implements `chronicle extract [--published DATE] [--raw]
// [--pretty] [--tokens] [--allow-private] FILE|DIR|URL|-`. One input that
// yields one article prints one JSON Document; inputs that yield several
// (directories, feeds, JSON Lines) print one Document per line.
func runExtract(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("extract", "FILE|DIR|URL|-")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` (or RFC 3339 datetime) to resolve relative dates against")
	raw := fs.Bool("raw", false, "do no cleaning: text is the input byte for byte (must be valid UTF-8)")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	tokens := fs.Bool("tokens", false, "include the token layer in the output")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private addresses")
	inputs, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(inputs) != 1 {
		fs.Usage()
		return usagef("extract: want exactly one input, got %d", len(inputs))
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	p, err := newPipeline(pipelineOptions{Raw: *raw, Logger: e.log})
	if err != nil {
		return err
	}
	in := ingest.New(ingest.Options{AllowPrivate: *allowPrivate, Logger: e.log})
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	// One article that fails does not stop an input of several: it is
	// reported and the others are printed; the run then fails.
	var failed []error
	err = in.Each(ctx, inputs[0], e.stdin, func(a *chronicle.Article) error {
		if pub != "" {
			a.Meta.Published = chronicle.Published{Value: pub, Source: chronicle.DateUser}
		}
		doc, err := p.Run(ctx, a)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed = append(failed, fmt.Errorf("extract %s: %w", a.Source, err))
			return nil
		}
		if !*tokens {
			doc.Tokens = nil
		}
		return enc.Encode(doc)
	})
	if err != nil {
		for _, err := range splitJoined(err) {
			failed = append(failed, fmt.Errorf("extract: %w", err))
		}
	}
	switch len(failed) {
	case 0:
		return nil
	case 1:
		return failed[0]
	}
	for _, err := range failed {
		fmt.Fprintf(e.stderr, "chronicle: %v\n", err)
	}
	return fmt.Errorf("extract: %d inputs failed (reported above)", len(failed))
}

// parsePublished validates a --published value: a date or an RFC 3339
// datetime. The empty string means unknown.
func parsePublished(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{time.DateOnly, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s, nil
		}
	}
	return "", usagef("--published %q: want YYYY-MM-DD or an RFC 3339 datetime", s)
}
