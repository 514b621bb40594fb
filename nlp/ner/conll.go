package ner

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"chronicle/nlp/pos"
)

// MaxDocumentSentences bounds how many sentences TagCoNLL holds before it
// tags them; a longer document is tagged in parts.
const MaxDocumentSentences = 2000

// TagCoNLL is `chronicle ner --conll`: it reads CoNLL lines from r (the
// token in the first column, other columns ignored) and writes every line
// back to w with a space and the predicted IOB2 tag appended. Blank lines
// stay blank and -DOCSTART- lines pass through unchanged; they delimit the
// sentences and documents given to p and n. Lines longer than
// pos.MaxLineBytes and sentences longer than pos.MaxSentenceWords are
// errors (*pos.CoNLLError).
func TagCoNLL(ctx context.Context, r io.Reader, w io.Writer, p *pos.Tagger, n *Tagger) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), pos.MaxLineBytes)
	bw := bufio.NewWriter(w)
	var (
		lines []string   // pending lines of the current document
		words [][]string // its sentences
		cur   []string
		ptags [][]string
		out   [][]string
	)
	flush := func() {
		if len(cur) > 0 {
			words = append(words, cur)
			cur = nil
		}
		ptags = ptags[:0]
		for _, s := range words {
			ptags = append(ptags, p.Tag(s, nil))
		}
		out = n.TagDocument(words, ptags, out)
		si, wi := 0, 0
		for _, l := range lines {
			switch {
			case strings.TrimSpace(l) == "":
				bw.WriteString("\n")
				if wi > 0 {
					si, wi = si+1, 0
				}
			case isDocStart(l):
				bw.WriteString(l)
				bw.WriteString("\n")
			default:
				bw.WriteString(l)
				bw.WriteString(" ")
				bw.WriteString(out[si][wi])
				bw.WriteString("\n")
				wi++
			}
		}
		lines, words = lines[:0], words[:0]
	}
	line := 0
	for sc.Scan() {
		line++
		if line%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		l := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case strings.TrimSpace(l) == "":
			if len(cur) > 0 {
				words = append(words, cur)
				cur = nil
			}
		case isDocStart(l):
			flush()
		default:
			if len(cur) >= pos.MaxSentenceWords {
				return &pos.CoNLLError{Line: line, Msg: fmt.Sprintf("sentence longer than %d tokens", pos.MaxSentenceWords)}
			}
			cur = append(cur, strings.Fields(l)[0])
		}
		lines = append(lines, l)
		if len(words) >= MaxDocumentSentences && len(cur) == 0 {
			flush()
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return &pos.CoNLLError{Line: line + 1, Msg: fmt.Sprintf("line longer than %d bytes", pos.MaxLineBytes)}
		}
		return fmt.Errorf("ner: read CoNLL: %w", err)
	}
	flush()
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: write CoNLL: %w", err)
	}
	return nil
}

func isDocStart(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "-DOCSTART-")
}
