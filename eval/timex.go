package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"chronicle"
)

// ErrTimeML is returned (wrapped) for TimeML input that cannot be read.
var ErrTimeML = errors.New("eval: bad TimeML")

// A TimeMLDoc is one TimeML file: its creation time (DCT), the raw text of
// its TEXT element with every tag removed and entities decoded, and the
// gold TIMEX3 annotations as spans of that text.
type TimeMLDoc struct {
	ID      string
	DCT     time.Time
	Text    string
	Timexes []chronicle.Timex
}

var attrRE = regexp.MustCompile(`([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*"([^"]*)"`)

// ReadTimeML parses a TimeML document. The DCT is the TIMEX3 whose
// functionInDocument is CREATION_TIME; the text is the content of TEXT
// with inline tags (TIMEX3, EVENT, SIGNAL, ...) removed.
func ReadTimeML(r io.Reader) (*TimeMLDoc, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("%w: not UTF-8", ErrTimeML)
	}
	s := string(b)
	doc := &TimeMLDoc{}
	if i := strings.Index(s, "<DOCID>"); i >= 0 {
		if j := strings.Index(s[i:], "</DOCID>"); j >= 0 {
			doc.ID = strings.TrimSpace(s[i+len("<DOCID>") : i+j])
		}
	}
	dct := false
	for off := 0; ; {
		i := strings.Index(s[off:], "<TIMEX3")
		if i < 0 {
			break
		}
		i += off
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		attrs := attributes(s[i+len("<TIMEX3") : i+j])
		off = i + j
		if attrs["functionInDocument"] == "CREATION_TIME" {
			v := attrs["value"]
			if len(v) < 10 {
				return nil, fmt.Errorf("%w: DCT value %q", ErrTimeML, v)
			}
			t, err := time.Parse("2006-01-02", v[:10])
			if err != nil {
				return nil, fmt.Errorf("%w: DCT value %q", ErrTimeML, v)
			}
			doc.DCT, dct = t, true
			break
		}
	}
	if !dct {
		return nil, fmt.Errorf("%w: no creation time", ErrTimeML)
	}
	start := strings.Index(s, "<TEXT>")
	if start < 0 {
		return nil, fmt.Errorf("%w: no TEXT element", ErrTimeML)
	}
	start += len("<TEXT>")
	end := strings.Index(s[start:], "</TEXT>")
	if end < 0 {
		return nil, fmt.Errorf("%w: TEXT not closed", ErrTimeML)
	}
	body := s[start : start+end]
	var out strings.Builder
	type open struct {
		at    int
		attrs map[string]string
	}
	var stack []open
	for i := 0; i < len(body); {
		switch c := body[i]; c {
		case '<':
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return nil, fmt.Errorf("%w: tag not closed at byte %d of TEXT", ErrTimeML, i)
			}
			tag := body[i+1 : i+j]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "TIMEX3"):
				a := attributes(tag[len("TIMEX3"):])
				if strings.HasSuffix(tag, "/") {
					continue // an empty TIMEX3 has no text span
				}
				stack = append(stack, open{out.Len(), a})
			case tag == "/TIMEX3":
				if len(stack) == 0 {
					return nil, fmt.Errorf("%w: unmatched </TIMEX3>", ErrTimeML)
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				doc.Timexes = append(doc.Timexes, chronicle.Timex{
					ID: o.attrs["tid"], Start: o.at, End: out.Len(),
					Type: o.attrs["type"], Value: o.attrs["value"], Mod: o.attrs["mod"],
				})
			}
		case '&':
			j := strings.IndexByte(body[i:], ';')
			if j > 1 && j < 10 {
				if r, ok := entity(body[i+1 : i+j]); ok {
					out.WriteString(r)
					i += j + 1
					continue
				}
			}
			out.WriteByte('&')
			i++
		default:
			out.WriteByte(c)
			i++
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%w: TIMEX3 not closed", ErrTimeML)
	}
	doc.Text = out.String()
	if !utf8.ValidString(doc.Text) {
		return nil, fmt.Errorf("%w: entity decodes to invalid UTF-8", ErrTimeML)
	}
	for i := range doc.Timexes {
		x := &doc.Timexes[i]
		x.Text = doc.Text[x.Start:x.End]
	}
	sort.SliceStable(doc.Timexes, func(i, j int) bool { return doc.Timexes[i].Start < doc.Timexes[j].Start })
	return doc, nil
}

func attributes(s string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE.FindAllStringSubmatch(s, -1) {
		m[a[1]] = a[2]
	}
	return m
}

// entity decodes an XML entity name (without & and ;).
func entity(name string) (string, bool) {
	switch name {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	if strings.HasPrefix(name, "#") {
		var n int64
		var err error
		if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
			n, err = strconv.ParseInt(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseInt(name[1:], 10, 32)
		}
		if err != nil || n <= 0 || !utf8.ValidRune(rune(n)) {
			return "", false
		}
		return string(rune(n)), true
	}
	return "", false
}

// TimexScore holds the TempEval-3 timex measures over a set of documents.
// Strict matching needs identical spans, relaxed matching any overlap;
// attributes are compared on the relaxed matches (each gold timex against
// the system timex overlapping it most), and the attribute F1 is the
// relaxed F1 times the attribute accuracy.
type TimexScore struct {
	Docs, Gold, System    int
	Strict                int // system timexes with a gold timex of the same span
	RelaxedGold           int // gold timexes overlapped by a system timex
	RelaxedSystem         int // system timexes overlapping a gold timex
	TypeRight, ValueRight int // over the RelaxedGold matches
	Errors                []TimexError
}

// A TimexError is a gold timex missed or mis-normalised, or a spurious
// system timex, for inspection.
type TimexError struct {
	File        string
	Gold, Found chronicle.Timex // zero when absent
}

func timexPRF(tp, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(tp) / float64(sys)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// StrictPRF returns strict span precision, recall and F1.
func (s TimexScore) StrictPRF() (p, r, f float64) { return timexPRF(s.Strict, s.System, s.Gold) }

// RelaxedPRF returns relaxed span precision, recall and F1.
func (s TimexScore) RelaxedPRF() (p, r, f float64) {
	if s.System > 0 {
		p = float64(s.RelaxedSystem) / float64(s.System)
	}
	if s.Gold > 0 {
		r = float64(s.RelaxedGold) / float64(s.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// TypeF1 is the relaxed F1 times the type accuracy on relaxed matches.
func (s TimexScore) TypeF1() float64 { return s.attrF1(s.TypeRight) }

// ValueF1 is the relaxed F1 times the value accuracy on relaxed matches.
func (s TimexScore) ValueF1() float64 { return s.attrF1(s.ValueRight) }

func (s TimexScore) attrF1(right int) float64 {
	if s.RelaxedGold == 0 {
		return 0
	}
	_, _, f := s.RelaxedPRF()
	return f * float64(right) / float64(s.RelaxedGold)
}

// Print writes the measures; the last line is "F1 <value F1>", the
// TempEval-3 value F1 being the headline figure for normalisation.
func (s TimexScore) Print(w io.Writer) error {
	sp, sr, sf := s.StrictPRF()
	rp, rr, rf := s.RelaxedPRF()
	_, err := fmt.Fprintf(w, "documents %d, gold timexes %d, system timexes %d\n"+
		"strict  span P %.4f R %.4f F1 %.4f\n"+
		"relaxed span P %.4f R %.4f F1 %.4f\n"+
		"type  F1 %.4f (accuracy %.4f)\n"+
		"value F1 %.4f (accuracy %.4f)\n"+
		"F1 %.4f\n",
		s.Docs, s.Gold, s.System, sp, sr, sf, rp, rr, rf,
		s.TypeF1(), timexRatio(s.TypeRight, s.RelaxedGold), s.ValueF1(), timexRatio(s.ValueRight, s.RelaxedGold), s.ValueF1())
	return err
}

func timexRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoreTimex reads every *.tml file under dir, runs find on each text with
// the document's creation time as reference, and scores the result.
func ScoreTimex(ctx context.Context, dir string, find func(text string, ref time.Time) []chronicle.Timex) (TimexScore, error) {
	var s TimexScore
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".tml") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return s, fmt.Errorf("eval: timex: %w", err)
	}
	if len(files) == 0 {
		return s, fmt.Errorf("eval: timex: no .tml files under %s", dir)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return s, fmt.Errorf("eval: timex: %w", err)
		}
		doc, err := ReadTimeML(bytes.NewReader(b))
		if err != nil {
			return s, fmt.Errorf("eval: timex: %s: %w", f, err)
		}
		s.add(filepath.Base(f), doc.Timexes, find(doc.Text, doc.DCT))
	}
	return s, nil
}

// add scores one document's system timexes against its gold ones.
func (s *TimexScore) add(file string, gold, sys []chronicle.Timex) {
	s.Docs++
	s.Gold += len(gold)
	s.System += len(sys)
	overlap := func(a, b chronicle.Timex) int {
		lo, hi := max(a.Start, b.Start), min(a.End, b.End)
		return hi - lo
	}
	for _, x := range sys {
		hit, exact := false, false
		for _, g := range gold {
			if overlap(x, g) > 0 {
				hit = true
				if x.Start == g.Start && x.End == g.End {
					exact = true
				}
			}
		}
		if hit {
			s.RelaxedSystem++
		} else {
			s.Errors = append(s.Errors, TimexError{File: file, Found: x})
		}
		if exact {
			s.Strict++
		}
	}
	for _, g := range gold {
		best, bo := -1, 0
		for k, x := range sys {
			if o := overlap(x, g); o > bo {
				best, bo = k, o
			}
		}
		if best < 0 {
			s.Errors = append(s.Errors, TimexError{File: file, Gold: g})
			continue
		}
		s.RelaxedGold++
		x := sys[best]
		if x.Type == g.Type {
			s.TypeRight++
		}
		if x.Value == g.Value {
			s.ValueRight++
		}
		if x.Type != g.Type || x.Value != g.Value {
			s.Errors = append(s.Errors, TimexError{File: file, Gold: g, Found: x})
		}
	}
}
