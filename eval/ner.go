package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"

	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
)

// PRF is precision, recall and F1 over entity chunks, with the counts they
// come from.
type PRF struct {
	Precision, Recall, F1 float64
	Gold, Pred, Correct   int
}

func newPRF(gold, pred, correct int) PRF {
	s := PRF{Gold: gold, Pred: pred, Correct: correct}
	if pred > 0 {
		s.Precision = float64(correct) / float64(pred)
	}
	if gold > 0 {
		s.Recall = float64(correct) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// NERScore is a conlleval score: overall and per entity type.
type NERScore struct {
	Overall PRF
	Types   map[string]PRF
	Tokens  int
}

// ScoreNER scores predicted IOB tag sequences against gold ones the way
// conlleval does: a chunk counts only if its start, end and type all match;
// I-X after O (or after another type) starts a chunk. gold and pred hold
// one slice per sentence; sentences of different lengths, or a missing
// prediction, count the unmatched gold chunks as missed.
func ScoreNER(gold, pred [][]string) NERScore {
	type cnt struct{ g, p, c int }
	per := map[string]*cnt{}
	get := func(t string) *cnt {
		c := per[t]
		if c == nil {
			c = &cnt{}
			per[t] = c
		}
		return c
	}
	var sc NERScore
	for i, g := range gold {
		sc.Tokens += len(g)
		var p []string
		if i < len(pred) {
			p = pred[i]
		}
		gc, pc := ner.Chunks(g), ner.Chunks(p)
		set := make(map[ner.Chunk]bool, len(gc))
		for _, c := range gc {
			set[c] = true
			get(c.Type).g++
		}
		for _, c := range pc {
			e := get(c.Type)
			e.p++
			if set[c] {
				e.c++
			}
		}
	}
	sc.Types = map[string]PRF{}
	var tg, tp, tc int
	for t, c := range per {
		sc.Types[t] = newPRF(c.g, c.p, c.c)
		tg, tp, tc = tg+c.g, tp+c.p, tc+c.c
	}
	sc.Overall = newPRF(tg, tp, tc)
	return sc
}

// TagCoNLLFile reads CoNLL-2003 data from r, tags every sentence with p
// (part of speech) then n (names, a document at a time), and returns the
// gold and predicted NER columns, sentence by sentence.
func TagCoNLLFile(ctx context.Context, r io.Reader, p *pos.Tagger, n *ner.Tagger) (gold, pred [][]string, err error) {
	sents, err := pos.ReadCoNLL(r)
	if err != nil {
		return nil, nil, fmt.Errorf("eval: %w", err)
	}
	flush := func(doc []pos.Sentence) {
		words := make([][]string, len(doc))
		tags := make([][]string, len(doc))
		for i, s := range doc {
			words[i] = s.Words
			tags[i] = p.Tag(s.Words, nil)
			gold = append(gold, s.NER)
		}
		pred = append(pred, n.TagDocument(words, tags, nil)...)
	}
	start := 0
	for i := range sents {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if sents[i].DocStart && i > start {
			flush(sents[start:i])
			start = i
		}
	}
	flush(sents[start:])
	return gold, pred, nil
}

// EvalNER is `chronicle eval ner FILE`: it tags the CoNLL data in r and
// writes one line per entity type ("LOC P 0.9412 R 0.9301 F1 0.9356
// gold 1837"), then the overall line, and last "F1 <fraction>".
func EvalNER(ctx context.Context, r io.Reader, w io.Writer, p *pos.Tagger, n *ner.Tagger) (NERScore, error) {
	gold, pred, err := TagCoNLLFile(ctx, r, p, n)
	if err != nil {
		return NERScore{}, err
	}
	sc := ScoreNER(gold, pred)
	bw := bufio.NewWriter(w)
	names := make([]string, 0, len(sc.Types))
	for t := range sc.Types {
		names = append(names, t)
	}
	sort.Strings(names)
	line := func(name string, s PRF) {
		fmt.Fprintf(bw, "%-8s P %.4f R %.4f F1 %.4f gold %d pred %d correct %d\n",
			name, s.Precision, s.Recall, s.F1, s.Gold, s.Pred, s.Correct)
	}
	for _, t := range names {
		line(t, sc.Types[t])
	}
	line("overall", sc.Overall)
	fmt.Fprintf(bw, "F1 %.4f\n", sc.Overall.F1)
	if err := bw.Flush(); err != nil {
		return sc, fmt.Errorf("eval: %w", err)
	}
	return sc, nil
}
