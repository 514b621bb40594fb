package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// dirExts are the extensions a directory walk reads; other files are
// ignored.
var dirExts = map[string]bool{
	".txt": true, ".md": true, ".html": true, ".htm": true, ".xml": true,
	".rss": true, ".atom": true, ".json": true, ".jsonl": true,
}

// eachStdin reads all of stdin as one input named "-".
func (in *Ingester) eachStdin(ctx context.Context, stdin io.Reader, emit emitFunc) error {
	if stdin == nil {
		return &Error{Op: "read", Input: "-", Err: errors.New("ingest: no standard input")}
	}
	data, err := readCapped(stdin, in.opts.MaxBytes)
	if err != nil {
		return &Error{Op: "read", Input: "-", Err: err}
	}
	return in.process(ctx, &input{source: "-", data: data, fetched: time.Now()}, emit)
}

// eachPath reads a file or walks a directory.
func (in *Ingester) eachPath(ctx context.Context, p string, emit emitFunc) error {
	fi, err := os.Stat(p)
	if err != nil {
		return &Error{Op: "read", Input: p, Err: err}
	}
	if fi.IsDir() {
		return in.walk(ctx, p, emit)
	}
	x, err := in.readFile(p)
	if err != nil {
		return err
	}
	return in.process(ctx, x, emit)
}

// readFile reads the file p, refusing one larger than MaxBytes before
// reading it.
func (in *Ingester) readFile(p string) (*input, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, &Error{Op: "read", Input: p, Err: err}
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > in.opts.MaxBytes {
		return nil, &Error{Op: "read", Input: p, Err: tooLarge(in.opts.MaxBytes)}
	}
	data, err := readCapped(f, in.opts.MaxBytes)
	if err != nil {
		return nil, &Error{Op: "read", Input: p, Err: err}
	}
	return &input{source: p, name: p, data: data, fetched: time.Now()}, nil
}

// walk reads every file under root whose extension is in dirExts, in
// lexical order, skipping hidden files and directories (names starting
// with '.'). Symbolic links to files are read; links to directories are not
// followed.
func (in *Ingester) walk(ctx context.Context, root string, emit emitFunc) error {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !dirExts[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		files = append(files, p)
		if len(files) > in.opts.MaxItems {
			return fmt.Errorf("%w: more than %d files", ErrTooMany, in.opts.MaxItems)
		}
		return ctx.Err()
	})
	if err != nil {
		return wrap("walk", root, err)
	}
	if len(files) == 0 {
		return &Error{Op: "walk", Input: root, Err: fmt.Errorf("%w: no .txt, .md, .html, .htm, .xml, .rss, .atom, .json or .jsonl files", ErrEmpty)}
	}
	// A file that cannot be read or parsed does not stop the walk: its
	// error is kept and the others are read. The caller's own errors and
	// cancellation stop it at once.
	var errs []error
	for _, p := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		x, err := in.readFile(p)
		if err == nil {
			err = in.process(ctx, x, emit)
		}
		if _, ok := errors.AsType[*fnError](err); ok {
			return err
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// readCapped reads r to the end, failing with ErrTooLarge as soon as it
// has read more than max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(&capReader{r: r, left: max, max: max})
	if err != nil {
		return nil, err
	}
	return data, nil
}

// A capReader reads from r and fails once more than left bytes have come.
type capReader struct {
	r    io.Reader
	left int64
	max  int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, tooLarge(c.max)
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, tooLarge(c.max)
	}
	return n, err
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: exceeds %d bytes", ErrTooLarge, max)
}
