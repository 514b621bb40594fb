package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"chronicle"
)

// WriteQuoteErrors runs analyse on every text of the PolNeAR split in dir,
// as ScoreQuotes does, and writes to w, per document, how each gold
// content fared against the predictions under ScoreQuotes' overlap
// matching. It is the error listing behind the score: one line per gold
// content and per unmatched prediction,
//
//	=== PATH
//	OK GD@START [SOURCE|CUE] "gold content"
//	OK-INEXACT GI@START [SOURCE|CUE] "gold content"   (overlap, not exact)
//	     PI@START "predicted content"
//	CLS… / …-SPK                                      (direct/indirect or speaker disagree)
//	     PI@START [SPEAKER|CUE] "predicted content"   (the prediction, when the speaker disagrees)
//	MISS GD@START [SOURCE|CUE] "gold content"          (no prediction matched)
//	     ~PI@START ds=- de=+ "overlapping prediction" (its start and end against the gold's)
//	FP PD@START [SPEAKER|CUE] "predicted content"      (matched no gold)
//	     ~GI@START "overlapping gold content"
//
// D and I say whether a content is direct or indirect (as ScoreQuotes
// splits them); ds and de compare normalised starts and ends (= within
// two bytes, - earlier, + later). Paragraph breaks show as ¶.
func WriteQuoteErrors(ctx context.Context, w io.Writer, dir string, analyse func(ctx context.Context, text string) (*chronicle.Document, error)) error {
	bw := bufio.NewWriter(w)
	err := walkAnalysedSplit(ctx, dir, analyse, func(path, text string, gold, pred []quoteAttribution) error {
		writeQuoteErrors(bw, path, text, gold, pred)
		return nil
	})
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

// writeQuoteErrors writes one document's listing (see WriteQuoteErrors).
func writeQuoteErrors(w io.Writer, path, text string, gold, pred []quoteAttribution) {
	show := func(s chronicle.Span) string { return strings.ReplaceAll(text[s.Start:s.End], "\n", " ¶ ") }
	class := func(s chronicle.Span) string {
		if isDirectQuote(text, s) {
			return "D"
		}
		return "I"
	}
	parts := func(a quoteAttribution) string {
		var src, cue string
		if a.HasSource {
			src = show(a.Source)
		}
		if a.HasCue {
			cue = show(a.Cue)
		}
		return "[" + src + "|" + cue + "]"
	}
	sign := func(d int) string {
		switch {
		case d < -2:
			return "-"
		case d > 2:
			return "+"
		}
		return "="
	}
	gs := make([]chronicle.Span, len(gold))
	for i, a := range gold {
		gs[i] = normalizeQuoteContent(text, a.Content)
	}
	ps := make([]chronicle.Span, len(pred))
	for i, a := range pred {
		ps[i] = normalizeQuoteContent(text, a.Content)
	}
	match := matchQuoteSpans(gs, ps, quoteOverlap)
	matched := make([]bool, len(pred))
	for _, p := range match {
		matched[p] = true
	}
	fmt.Fprintf(w, "=== %s\n", path)
	for i, a := range gold {
		gc := class(a.Content)
		if p, ok := match[i]; ok {
			pc := class(pred[p].Content)
			tag := "OK"
			if pc != gc {
				tag = "CLS"
			}
			if !quoteSpeakerAgrees(a, pred[p]) {
				tag += "-SPK"
			}
			if gs[i] != ps[p] {
				tag += "-INEXACT"
			}
			fmt.Fprintf(w, "%s G%s@%d %s %q\n", tag, gc, a.Content.Start, parts(a), show(a.Content))
			switch {
			case !quoteSpeakerAgrees(a, pred[p]):
				fmt.Fprintf(w, "     P%s@%d %s %q\n", pc, pred[p].Content.Start, parts(pred[p]), show(pred[p].Content))
			case gs[i] != ps[p] || pc != gc:
				fmt.Fprintf(w, "     P%s@%d %q\n", pc, pred[p].Content.Start, show(pred[p].Content))
			}
			continue
		}
		fmt.Fprintf(w, "MISS G%s@%d %s %q\n", gc, a.Content.Start, parts(a), show(a.Content))
		for j, pa := range pred {
			if spanShared(gs[i], ps[j]) > 0 {
				fmt.Fprintf(w, "     ~P%s@%d ds=%s de=%s %q\n", class(pa.Content), pa.Content.Start,
					sign(ps[j].Start-gs[i].Start), sign(ps[j].End-gs[i].End), show(pa.Content))
			}
		}
	}
	for j, pa := range pred {
		if matched[j] {
			continue
		}
		fmt.Fprintf(w, "FP P%s@%d %s %q\n", class(pa.Content), pa.Content.Start, parts(pa), show(pa.Content))
		for i, a := range gold {
			if spanShared(gs[i], ps[j]) > 0 {
				fmt.Fprintf(w, "     ~G%s@%d %q\n", class(a.Content), a.Content.Start, show(a.Content))
			}
		}
	}
}
