package pos

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits on CoNLL input, which is untrusted.
const (
	MaxLineBytes     = 64 << 10 // longest line accepted
	MaxSentenceWords = 4096     // most tokens in one sentence
)

// ErrCoNLL reports malformed CoNLL input; the returned error wraps it in a
// *CoNLLError that says where.
var ErrCoNLL = errors.New("pos: malformed CoNLL input")

// A CoNLLError locates a problem in CoNLL input.
type CoNLLError struct {
	Line int
	Msg  string
}

func (e *CoNLLError) Error() string { return fmt.Sprintf("pos: CoNLL line %d: %s", e.Line, e.Msg) }

// Unwrap returns ErrCoNLL.
func (e *CoNLLError) Unwrap() error { return ErrCoNLL }

// A Sentence is one sentence of a CoNLL-2003 file. Words is never empty;
// Tags, Chunks and NER have one entry per word ("" where the line had no
// such column).
type Sentence struct {
	Words, Tags, Chunks, NER []string
	DocStart                 bool // the sentence opens a document (a -DOCSTART- line preceded it)
}

// ReadCoNLL reads CoNLL-2003 column data: `token [POS [chunk [NER]]]` per
// line, separated by spaces or tabs, a blank line between sentences and
// -DOCSTART- lines between documents. Lines with more than four columns,
// over-long lines and over-long sentences are errors.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	var out []Sentence
	var cur Sentence
	docStart := false
	flush := func() {
		if len(cur.Words) > 0 {
			cur.DocStart = docStart
			docStart = false
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			docStart = true
			continue
		}
		if len(f) > 4 {
			return nil, &CoNLLError{Line: line, Msg: fmt.Sprintf("%d columns, want at most 4", len(f))}
		}
		if len(cur.Words) >= MaxSentenceWords {
			return nil, &CoNLLError{Line: line, Msg: fmt.Sprintf("sentence longer than %d tokens", MaxSentenceWords)}
		}
		col := func(i int) string {
			if i < len(f) {
				return f[i]
			}
			return ""
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, col(1))
		cur.Chunks = append(cur.Chunks, col(2))
		cur.NER = append(cur.NER, col(3))
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &CoNLLError{Line: line + 1, Msg: fmt.Sprintf("line longer than %d bytes", MaxLineBytes)}
		}
		return nil, fmt.Errorf("pos: read CoNLL: %w", err)
	}
	flush()
	return out, nil
}
