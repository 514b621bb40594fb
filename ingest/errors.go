package ingest

import "errors"

// Sentinel errors. Errors returned by Each wrap one of these (or an I/O
// error such as fs.ErrNotExist) inside an *Error naming the input; test with
// errors.Is.
var (
	ErrEmpty          = errors.New("ingest: empty input")
	ErrTooLarge       = errors.New("ingest: input too large")
	ErrTooMany        = errors.New("ingest: too many items")
	ErrBinary         = errors.New("ingest: not text")
	ErrNotUTF8        = errors.New("ingest: not valid UTF-8")
	ErrFormat         = errors.New("ingest: unrecognised format")
	ErrPrivateAddress = errors.New("ingest: private or local address refused")
	ErrRobots         = errors.New("ingest: disallowed by robots.txt")
	ErrScheme         = errors.New("ingest: unsupported URL scheme")
	ErrRedirects      = errors.New("ingest: too many redirects")
	ErrStatus         = errors.New("ingest: HTTP error status")
)

// An Error records a failure to read one input and what was being done.
type Error struct {
	Op    string // "read", "walk", "fetch" or "parse"
	Input string // a path, a URL, "-", "path:line" or "feed#item"
	Err   error
}

func (e *Error) Error() string { return e.Op + " " + e.Input + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// wrap names the input in err unless err already names one (an *Error) or
// came from the caller's function.
func wrap(op, input string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	var fe *fnError
	if errors.As(err, &e) || errors.As(err, &fe) {
		return err
	}
	return &Error{Op: op, Input: input, Err: err}
}

// fnError carries an error returned by the caller's function through the
// package, so Each can return it unchanged.
type fnError struct{ err error }

func (e *fnError) Error() string { return e.err.Error() }
func (e *fnError) Unwrap() error { return e.err }
