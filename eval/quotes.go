package eval

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// ErrQuoteData reports a PolNeAR folder or annotation file that cannot be
// read as brat quoteAttribution annotations.
var ErrQuoteData = errors.New("eval: bad quote data")

// QuoteScore is the PolNeAR measure of a quote quoteAttribution stage.
//
// Contents are compared after normalisation (see normalizeQuoteContent): both
// gold and predicted spans lose surrounding white space, quote marks and
// punctuation, and a leading complementiser "that", because PolNeAR keeps
// them in its content spans and Chronicle's contract leaves marks out.
// Exact counts contents whose normalised spans are equal; Overlap counts
// contents whose shared part covers at least half of both normalised spans
// (the PolNeAR and Citron convention). Matching is one-to-one, greedy by
// shared length.
//
// A content is direct when its raw span, trimmed of white space and
// punctuation, opens and closes at quote marks (in the text, just outside
// or just inside the span); otherwise it is indirect. The split applies the
// same rule to gold and predicted spans, so direct recall is over gold direct
// contents and direct precision over predicted direct contents.
//
// Cue counts cue spans matched one-to-one when they overlap. Speaker is the
// share of overlap-matched contents whose predicted speaker span overlaps
// the gold source span, or where both have none.
type QuoteScore struct {
	Docs     int
	Gold     int // gold contents
	Pred     int // predicted contents
	Exact    QuoteCount
	Overlap  QuoteCount
	Direct   QuoteCount // overlap, direct contents
	Indirect QuoteCount // overlap, indirect contents
	// DirectExact and IndirectExact split Exact by class as Direct and
	// Indirect split Overlap.
	DirectExact, IndirectExact QuoteCount
	Cue                        QuoteCount
	Speaker                    QuoteAccuracy
	// SpeakerDirect and SpeakerIndirect split Speaker by the gold content.
	SpeakerDirect, SpeakerIndirect QuoteAccuracy
}

// QuoteCount counts a matching: true positives against predicted and gold totals.
type QuoteCount struct {
	Match, Pred, Gold int
}

// Precision returns Match/Pred (0 when nothing was predicted).
func (p QuoteCount) Precision() float64 { return quoteRatio(p.Match, p.Pred) }

// Recall returns Match/Gold (0 when there is no gold).
func (p QuoteCount) Recall() float64 { return quoteRatio(p.Match, p.Gold) }

// F1 returns the harmonic mean of Precision and Recall.
func (p QuoteCount) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// QuoteAccuracy counts correct decisions out of a total.
type QuoteAccuracy struct {
	Correct, Total int
}

// Value returns Correct/Total (0 when Total is 0).
func (a QuoteAccuracy) Value() float64 { return quoteRatio(a.Correct, a.Total) }

func quoteRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Print writes the score table, ending with the line `F1 <overall overlap F1>`.
func (s QuoteScore) Print(w io.Writer) {
	fmt.Fprintf(w, "documents %d\ngold contents %d\npredicted contents %d\n", s.Docs, s.Gold, s.Pred)
	fmt.Fprintf(w, "%-18s %9s %9s %9s %7s %7s %7s\n", "measure", "precision", "recall", "F1", "match", "pred", "gold")
	row := func(name string, p QuoteCount) {
		fmt.Fprintf(w, "%-18s %9.4f %9.4f %9.4f %7d %7d %7d\n", name, p.Precision(), p.Recall(), p.F1(), p.Match, p.Pred, p.Gold)
	}
	row("content exact", s.Exact)
	row("content overlap", s.Overlap)
	row("direct exact", s.DirectExact)
	row("direct overlap", s.Direct)
	row("indirect exact", s.IndirectExact)
	row("indirect overlap", s.Indirect)
	row("cue", s.Cue)
	acc := func(name string, a QuoteAccuracy) {
		fmt.Fprintf(w, "%-18s %9.4f %7d/%d\n", name, a.Value(), a.Correct, a.Total)
	}
	acc("speaker", s.Speaker)
	acc("speaker direct", s.SpeakerDirect)
	acc("speaker indirect", s.SpeakerIndirect)
	fmt.Fprintf(w, "F1 %.4f\n", s.Overlap.F1())
}

// The PolNeAR folder layout below a split directory.
const (
	quoteTextDir = "text"
	quoteAnnDir  = "attributions"
)

// An quoteAttribution is one gold or predicted quoteAttribution in byte offsets into
// the text. Missing parts have End == 0 and Start == 0 (hasSource, hasCue
// say whether they exist).
type quoteAttribution struct {
	Content, Source, Cue chronicle.Span
	HasSource, HasCue    bool
}

// ScoreQuotes runs analyse on every text of the PolNeAR split in dir
// (text/NAME.txt with attributions/NAME_ANNOTATOR.ann; when a text has
// several annotators, the first annotator file in name order is used) and
// scores the documents' Quotes against the gold attributions. analyse gets
// each file's content byte for byte. It stops at the first error, including
// ctx being done.
func ScoreQuotes(ctx context.Context, dir string, analyse func(ctx context.Context, text string) (*chronicle.Document, error)) (QuoteScore, error) {
	var s QuoteScore
	err := walkAnalysedSplit(ctx, dir, analyse, func(path, text string, gold, pred []quoteAttribution) error {
		s.Docs++
		s.add(text, gold, pred)
		return nil
	})
	return s, err
}

// walkAnalysedSplit runs analyse on every text of the split in dir, checks
// that it kept the text byte for byte, and calls f with the gold and the
// predicted attributions.
func walkAnalysedSplit(ctx context.Context, dir string, analyse func(ctx context.Context, text string) (*chronicle.Document, error),
	f func(path, text string, gold, pred []quoteAttribution) error) error {
	return walkQuoteSplit(ctx, dir, func(path, text string, gold []quoteAttribution) error {
		pred, err := analysedQuotes(ctx, path, text, analyse)
		if err != nil {
			return err
		}
		return f(path, text, gold, pred)
	})
}

// analysedQuotes runs analyse on the text of the file at path, checks that
// it kept the text byte for byte, and returns the predicted attributions.
func analysedQuotes(ctx context.Context, path, text string, analyse func(ctx context.Context, text string) (*chronicle.Document, error)) ([]quoteAttribution, error) {
	doc, err := analyse(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if doc.Text != text {
		return nil, fmt.Errorf("%w: %s: analysis changed the text", ErrQuoteData, path)
	}
	return predictedQuoteAttributions(doc), nil
}

// A QuoteDoc is one annotated text of a PolNeAR split with its gold
// attribution contents and cues in byte offsets (discontinuous contents
// as their cover).
type QuoteDoc struct {
	Name     string // the text's file name without .txt
	Text     string
	Contents []chronicle.Span
	Cues     []chronicle.Span
}

// ReadQuoteSplit reads every annotated text of the PolNeAR split in dir,
// in name order, with the first annotator file of each, as ScoreQuotes
// does. It is the training data reader of the quote stage's models.
func ReadQuoteSplit(ctx context.Context, dir string) ([]QuoteDoc, error) {
	var out []QuoteDoc
	err := walkQuoteSplit(ctx, dir, func(path, text string, gold []quoteAttribution) error {
		d := QuoteDoc{Name: strings.TrimSuffix(filepath.Base(path), ".txt"), Text: text}
		for _, a := range gold {
			d.Contents = append(d.Contents, a.Content)
			if a.HasCue {
				d.Cues = append(d.Cues, a.Cue)
			}
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// walkQuoteSplit calls f with every annotated text of the split in dir and
// its first annotator's attributions, in name order, stopping at the first
// error.
func walkQuoteSplit(ctx context.Context, dir string, f func(path, text string, gold []quoteAttribution) error) error {
	return walkQuoteAnnotators(ctx, dir, 1, func(path, text string, golds [][]quoteAttribution) error {
		return f(path, text, golds[0])
	})
}

// walkQuoteAnnotators calls f with every annotated text of the split in dir
// and the attributions of up to most of its annotator files (all when most
// is 0), in file name order, stopping at the first error.
func walkQuoteAnnotators(ctx context.Context, dir string, most int, f func(path, text string, golds [][]quoteAttribution) error) error {
	texts, err := filepath.Glob(filepath.Join(dir, quoteTextDir, "*.txt"))
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		return fmt.Errorf("%w: no %s/*.txt in %s", ErrQuoteData, quoteTextDir, dir)
	}
	slices.Sort(texts)
	for _, path := range texts {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		anns, err := filepath.Glob(filepath.Join(dir, quoteAnnDir, quoteGlobEscape(name)+"_*.ann"))
		if err != nil {
			return err
		}
		if len(anns) == 0 {
			continue // not annotated
		}
		slices.Sort(anns)
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := string(raw)
		if most > 0 && len(anns) > most {
			anns = anns[:most]
		}
		golds := make([][]quoteAttribution, len(anns))
		for i, ann := range anns {
			annData, err := os.ReadFile(ann)
			if err != nil {
				return err
			}
			if golds[i], err = readBratAnn(annData, text); err != nil {
				return fmt.Errorf("%s: %w", ann, err)
			}
		}
		if err := f(path, text, golds); err != nil {
			return err
		}
	}
	return nil
}

// QuoteAgreement measures how far PolNeAR's annotators agree with one
// another, by the measure ScoreQuotes applies to the stage: for every text
// of the split in dir that several annotators annotated, each pair of its
// annotator files is scored as gold (the earlier in name order) against
// predicted. The counts are pooled over pairs; Docs counts the texts and
// pairs the pairs. Overlap F1 and speaker accuracy do not depend on which
// of a pair is called gold. The figure is the ceiling a system can be
// expected to reach on a text annotated once.
func QuoteAgreement(ctx context.Context, dir string) (s QuoteScore, pairs int, err error) {
	err = walkQuoteAnnotators(ctx, dir, 0, func(path, text string, golds [][]quoteAttribution) error {
		if len(golds) < 2 {
			return nil
		}
		s.Docs++
		for i := range golds {
			for j := i + 1; j < len(golds); j++ {
				s.add(text, golds[i], golds[j])
				pairs++
			}
		}
		return nil
	})
	return s, pairs, err
}

// ScoreQuotesAnnotators scores analyse, as ScoreQuotes does, on the texts of
// the split in dir that several annotators annotated, against each of their
// annotator files in turn, pooling the counts: the stage taken as one more
// annotator, comparable with QuoteAgreement. It returns the number of
// (text, annotator) pairs scored.
func ScoreQuotesAnnotators(ctx context.Context, dir string, analyse func(ctx context.Context, text string) (*chronicle.Document, error)) (s QuoteScore, pairs int, err error) {
	err = walkQuoteAnnotators(ctx, dir, 0, func(path, text string, golds [][]quoteAttribution) error {
		if len(golds) < 2 {
			return nil
		}
		pred, err := analysedQuotes(ctx, path, text, analyse)
		if err != nil {
			return err
		}
		s.Docs++
		for _, gold := range golds {
			s.add(text, gold, pred)
			pairs++
		}
		return nil
	})
	return s, pairs, err
}

// quoteGlobEscape quotes the glob metacharacters in s.
func quoteGlobEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// predictedQuoteAttributions turns the document's quotes into
// attributions. Quotes that share a cue are one attribution whose content is
// the cover of theirs, as in PolNeAR, where one cue carries one content
// (a quote interrupted by "he said" and continued in later paragraphs is one
// discontinuous content; a partial quote lies inside the clause it belongs
// to).
func predictedQuoteAttributions(doc *chronicle.Document) []quoteAttribution {
	var out []quoteAttribution
	byCue := map[chronicle.Span]int{}
	for _, q := range doc.Quotes {
		a := quoteAttribution{Content: chronicle.Span{Start: q.Start, End: q.End}}
		if q.Speaker != nil {
			a.Source, a.HasSource = chronicle.Span{Start: q.Speaker.Start, End: q.Speaker.End}, true
		}
		if q.Cue != nil {
			a.Cue, a.HasCue = chronicle.Span{Start: q.Cue.Start, End: q.Cue.End}, true
			if i, ok := byCue[a.Cue]; ok {
				o := &out[i]
				o.Content.Start = min(o.Content.Start, a.Content.Start)
				o.Content.End = max(o.Content.End, a.Content.End)
				if !o.HasSource {
					o.Source, o.HasSource = a.Source, a.HasSource
				}
				continue
			}
			byCue[a.Cue] = len(out)
		}
		out = append(out, a)
	}
	return out
}

// add scores one document's predicted attributions against its gold ones.
func (s *QuoteScore) add(text string, gold, pred []quoteAttribution) {
	gs := make([]chronicle.Span, len(gold))
	gd := make([]bool, len(gold))
	for i, a := range gold {
		gs[i] = normalizeQuoteContent(text, a.Content)
		gd[i] = isDirectQuote(text, a.Content)
	}
	ps := make([]chronicle.Span, len(pred))
	pd := make([]bool, len(pred))
	for i, a := range pred {
		ps[i] = normalizeQuoteContent(text, a.Content)
		pd[i] = isDirectQuote(text, a.Content)
	}
	s.Gold += len(gold)
	s.Pred += len(pred)

	exact := matchQuoteSpans(gs, ps, func(g, p chronicle.Span) int {
		if g == p {
			return 1
		}
		return 0
	})
	s.Exact.Gold += len(gold)
	s.Exact.Pred += len(pred)
	for g, p := range exact {
		s.Exact.Match++
		if gd[g] == pd[p] {
			if gd[g] {
				s.DirectExact.Match++
			} else {
				s.IndirectExact.Match++
			}
		}
	}
	for _, d := range gd {
		if d {
			s.DirectExact.Gold++
		} else {
			s.IndirectExact.Gold++
		}
	}
	for _, d := range pd {
		if d {
			s.DirectExact.Pred++
		} else {
			s.IndirectExact.Pred++
		}
	}

	over := matchQuoteSpans(gs, ps, quoteOverlap)
	s.Overlap.Gold += len(gold)
	s.Overlap.Pred += len(pred)
	for _, d := range gd {
		if d {
			s.Direct.Gold++
		} else {
			s.Indirect.Gold++
		}
	}
	for _, d := range pd {
		if d {
			s.Direct.Pred++
		} else {
			s.Indirect.Pred++
		}
	}
	for g, p := range over {
		s.Overlap.Match++
		// A match counts for the class on both sides only when they agree;
		// otherwise it is a hit for neither class's precision and recall.
		if gd[g] == pd[p] {
			if gd[g] {
				s.Direct.Match++
			} else {
				s.Indirect.Match++
			}
		}
		ok := quoteSpeakerAgrees(gold[g], pred[p])
		s.Speaker.Total++
		acc := &s.SpeakerIndirect
		if gd[g] {
			acc = &s.SpeakerDirect
		}
		acc.Total++
		if ok {
			s.Speaker.Correct++
			acc.Correct++
		}
	}

	var gc, pc []chronicle.Span
	for _, a := range gold {
		if a.HasCue {
			gc = append(gc, a.Cue)
		}
	}
	for _, a := range pred {
		if a.HasCue {
			pc = append(pc, a.Cue)
		}
	}
	cues := matchQuoteSpans(gc, pc, func(g, p chronicle.Span) int { return spanShared(g, p) })
	s.Cue.Gold += len(gc)
	s.Cue.Pred += len(pc)
	s.Cue.Match += len(cues)
}

func quoteSpeakerAgrees(g, p quoteAttribution) bool {
	if !g.HasSource || !p.HasSource {
		return g.HasSource == p.HasSource
	}
	return spanShared(g.Source, p.Source) > 0
}

// shared returns the length of the intersection of a and b.
func spanShared(a, b chronicle.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// quoteOverlap returns the shared length of g and p when it covers at least
// half of both, else 0.
func quoteOverlap(g, p chronicle.Span) int {
	n := spanShared(g, p)
	if n == 0 || 2*n < g.Len() || 2*n < p.Len() {
		return 0
	}
	return n
}

// matchQuoteSpans pairs gold and predicted spans one-to-one, greedily by the
// score sim gives (0 means no match), and returns gold index → predicted index.
func matchQuoteSpans(gold, pred []chronicle.Span, sim func(g, p chronicle.Span) int) map[int]int {
	type cand struct{ g, p, v int }
	var cs []cand
	for i, g := range gold {
		for j, p := range pred {
			if v := sim(g, p); v > 0 {
				cs = append(cs, cand{i, j, v})
			}
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return b.v - a.v })
	out := map[int]int{}
	used := map[int]bool{}
	for _, c := range cs {
		if _, ok := out[c.g]; ok || used[c.p] {
			continue
		}
		out[c.g] = c.p
		used[c.p] = true
	}
	return out
}

// isQuoteMark reports whether r is a quotation mark that can open or close
// a direct quote.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '\'':
		return true
	}
	return false
}

// quoteTrimmable reports whether r is stripped from the edges of a content span.
func quoteTrimmable(r rune) bool {
	return unicode.IsSpace(r) || isQuoteMark(r) || strings.ContainsRune(".,;:!?-—–…", r)
}

// normalizeQuoteContent strips white space, quote marks and punctuation from
// both ends of s, and a leading "that " with the marks after it (`that
// “X”` is the content X, as `“X”` is).
func normalizeQuoteContent(text string, s chronicle.Span) chronicle.Span {
	s = trimQuoteContent(text, s)
	if t := text[s.Start:s.End]; len(t) > 5 && strings.EqualFold(t[:5], "that ") {
		s.Start += 5
		s = trimQuoteContent(text, s)
	}
	return s
}

// trimQuoteContent strips white space, quote marks and punctuation from both
// ends of s.
func trimQuoteContent(text string, s chronicle.Span) chronicle.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !quoteTrimmable(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !quoteTrimmable(r) {
			break
		}
		s.End -= n
	}
	return s
}

// isDirect reports whether content span s opens and closes at quote marks.
func isDirectQuote(text string, s chronicle.Span) bool {
	n := normalizeQuoteContent(text, s)
	if n.Start >= n.End {
		return false
	}
	// Look left of the normalised start, through white space and quote marks.
	open := false
	for i := n.Start; i > 0 && n.Start-i < 8; {
		r, k := utf8.DecodeLastRuneInString(text[:i])
		if r == '\'' && strings.HasSuffix(text[:i], "''") || r == '`' {
			open = true // PTB-style '' or ``
			break
		}
		if isQuoteMark(r) && r != '\'' && r != '’' {
			open = true
			break
		}
		if r == '‘' {
			open = true
			break
		}
		if !unicode.IsSpace(r) && !strings.ContainsRune("…-—", r) {
			break
		}
		i -= k
	}
	if !open {
		return false
	}
	for i := n.End; i < len(text) && i-n.End < 8; {
		r, k := utf8.DecodeRuneInString(text[i:])
		if isQuoteMark(r) && r != '‘' {
			return true
		}
		if unicode.IsSpace(r) || !strings.ContainsRune(".,;:!?-—–…", r) {
			return false
		}
		i += k
	}
	return false
}

// readBratAnn reads the attributions of a brat .ann file whose offsets count
// Unicode code points of text, and returns them in byte offsets.
// Discontinuous spans are read as the span from their first start to their
// last end. Lines it does not understand (notes, the continuation of a
// T-line whose text held a newline) are skipped; malformed offsets are
// errors.
func readBratAnn(data []byte, text string) ([]quoteAttribution, error) {
	spans, events, err := parseBratAnn(data)
	if err != nil {
		return nil, err
	}
	toByte := bratRuneOffsets(text)
	conv := func(cs bratSpan) (chronicle.Span, error) {
		if cs.start < 0 || cs.end < cs.start || cs.end >= len(toByte) {
			return chronicle.Span{}, fmt.Errorf("%w: span %d-%d outside text of %d characters", ErrQuoteData, cs.start, cs.end, len(toByte)-1)
		}
		return chronicle.Span{Start: toByte[cs.start], End: toByte[cs.end]}, nil
	}
	var out []quoteAttribution
	for _, ev := range events {
		var a quoteAttribution
		var content []bratSpan
		for _, arg := range ev {
			cs, ok := spans[arg.id]
			if !ok {
				return nil, fmt.Errorf("%w: event refers to unknown %s", ErrQuoteData, arg.id)
			}
			switch {
			case strings.HasPrefix(arg.role, "Content"):
				content = append(content, cs)
			case arg.role == "Source":
				sp, err := conv(cs)
				if err != nil {
					return nil, err
				}
				a.Source, a.HasSource = sp, true
			case arg.role == "Cue":
				sp, err := conv(cs)
				if err != nil {
					return nil, err
				}
				a.Cue, a.HasCue = sp, true
			}
		}
		if len(content) == 0 {
			continue
		}
		cs := content[0]
		for _, c := range content[1:] {
			cs.start, cs.end = min(cs.start, c.start), max(cs.end, c.end)
		}
		sp, err := conv(cs)
		if err != nil {
			return nil, err
		}
		a.Content = sp
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b quoteAttribution) int { return a.Content.Start - b.Content.Start })
	return out, nil
}

// bratRuneOffsets returns the byte offset of every code point of text, plus
// len(text) at the end.
func bratRuneOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// A bratSpan is a brat span in code points; discontinuous fragments are
// merged into their cover.
type bratSpan struct{ start, end int }

// An bratArg is one Role:Tid argument of a brat event line.
type bratArg struct{ role, id string }

// parseBratAnn reads the T-lines (text-bound annotations) and E-lines (events)
// of a brat .ann file.
func parseBratAnn(data []byte) (map[string]bratSpan, [][]bratArg, error) {
	spans := map[string]bratSpan{}
	var events [][]bratArg
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.SplitN(sc.Text(), "\t", 3)
		if len(fields) < 2 || !bratID(fields[0]) {
			continue
		}
		switch fields[0][0] {
		case 'T':
			typ, ranges, ok := strings.Cut(fields[1], " ")
			if !ok || typ == "" {
				return nil, nil, fmt.Errorf("%w: line %d: T-line without offsets", ErrQuoteData, line)
			}
			cs := bratSpan{start: -1}
			for frag := range strings.SplitSeq(ranges, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
				if !ok {
					return nil, nil, fmt.Errorf("%w: line %d: bad range %q", ErrQuoteData, line, frag)
				}
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || s < 0 || e < s {
					return nil, nil, fmt.Errorf("%w: line %d: bad range %q", ErrQuoteData, line, frag)
				}
				if cs.start < 0 || s < cs.start {
					cs.start = s
				}
				cs.end = max(cs.end, e)
			}
			spans[fields[0]] = cs
		case 'E':
			var ev []bratArg
			for f := range strings.FieldsSeq(fields[1]) {
				role, id, ok := strings.Cut(f, ":")
				if !ok {
					return nil, nil, fmt.Errorf("%w: line %d: bad event argument %q", ErrQuoteData, line, f)
				}
				ev = append(ev, bratArg{role: role, id: id})
			}
			events = append(events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrQuoteData, err)
	}
	return spans, events, nil
}

// bratID reports whether s is a brat annotation id such as T12 or E3.
func bratID(s string) bool {
	if len(s) < 2 || (s[0] != 'T' && s[0] != 'E') {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
