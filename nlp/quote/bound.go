package quote

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/internal/perceptron"
)

// The end model: where a reported clause ends.
//
// The rules find where a reported clause starts well, but its end is a
// matter of convention: PolNeAR ends a noun-phrase content before a
// trailing adjunct ("endorsed Clinton for president [on Thursday]"), a
// clause before a participle phrase or an appositive relative ("…, who
// took heat for …"), and keeps coordinated clauses that share the
// speaker. The rules propose the longest end (contentEnd); the end model,
// an averaged perceptron trained on PolNeAR train, ranks every token
// boundary inside that span and keeps the best. It only shortens: the
// rule end is one of the boundaries it ranks.

// endModelFile is the end model's path inside the data file system.
const endModelFile = "data/end.model.gz"

// endMagic opens an end model file.
const endMagic = "chronicle-quote-end/1\n"

// endWindow bounds the boundaries ranked per clause, keeping the stage
// linear in the document's length.
const endWindow = 120

// endHeader is the JSON header of an end model file.
type endHeader struct {
	Epochs int `json:"epochs"`
	Docs   int `json:"docs"`
}

// loadEndModel reads the end model from fsys; a missing file means none.
func loadEndModel(fsys fs.FS) (*perceptron.Model, error) {
	f, err := fsys.Open(endModelFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	defer f.Close()
	var h endHeader
	m, err := perceptron.ReadFile(f, endMagic, &h)
	if err != nil {
		return nil, fmt.Errorf("quote: end model: %w", err)
	}
	return m, nil
}

// Feature templates of the end model.
const (
	fBias = iota + 1
	fRuleEnd
	fW0
	fWm1
	fWp1
	fT0
	fTm1
	fTp1
	fTm1T0
	fW0Tp1
	fW0Wp1
	fT0Tp1
	fFrameW0
	fFrameT0
	fDist
	fDistFrame
	fCommasW0
	fVerbW0
	fVerbT0
	fRuleEndFrame
	fRuleEndW0
	fInQuote
	fKind
	fPostposed
	fParen
	fW0Tp1Tp2
	fLemmaW0
	fLemmaRule
	fStartT0
	fStartW0
	fStartVerbT0
	fStartWm1T0
	fFrameW0Tp1
	fVerbW0Tp1
	fTailVerbW0
	fNextTimeW0
	fRestDist
	fW0Wp1Wp2
	fLemmaVerbW0
)

// endCand holds the hashes endFeats reads that depend on the clause only,
// computed once for all its end positions.
type endCand struct {
	frame, lemma, kind uint64
}

// endContext returns the clause-wide hashes of c: its cue's frame (99
// when none is cached) and lemma (its first word when none is cached, 0
// without a cue), and its kind.
func (st *state) endContext(c *cand) endCand {
	cc := endCand{frame: 99, kind: perceptron.Hash(c.kind)}
	if e, ok := st.cueCache[c.cue0]; ok && c.cue1 > c.cue0 {
		cc.frame, cc.lemma = uint64(e.frame), perceptron.Hash(e.lemma)
	} else if c.cue1 > c.cue0 {
		cc.lemma = perceptron.Hash(st.toks[c.cue0].low)
	}
	return cc
}

// endFeats appends the features of ending clause c, whose clause-wide
// hashes are cc, before token j.
func (st *state) endFeats(buf []uint64, c *cand, cc endCand, j int, commas int, verb, paren bool) []uint64 {
	// at returns the word and tag hashes of token k, hNone outside the
	// clause and text, hEnd past both the sentence and the clause.
	at := func(k int) (w, t uint64) {
		if k < c.t0 || k >= len(st.toks) {
			return hNone, hNone
		}
		if k >= st.sents[c.sent].t1 && k >= c.t1 {
			return hEnd, hEnd
		}
		return st.hashAt(k)
	}
	fr, lemma, kind := cc.frame, cc.lemma, cc.kind
	sw0, st0 := at(c.t0)
	w0, t0 := at(j)
	wm1, tm1 := at(j - 1)
	wp1, tp1 := at(j + 1)
	wp2, tp2 := at(j + 2)
	rule := uint64(0)
	if j == c.t1 {
		rule = 1
	}
	d := j - c.t0
	var dist uint64
	switch {
	case d <= 3:
		dist = uint64(d)
	case d <= 5:
		dist = 4
	case d <= 8:
		dist = 5
	case d <= 12:
		dist = 6
	case d <= 20:
		dist = 7
	case d <= 35:
		dist = 8
	default:
		dist = 9
	}
	v := uint64(0)
	if verb {
		v = 1
	}
	inq := uint64(0)
	if j-1 >= 0 && st.toks[j-1].region >= 0 {
		inq = 1
	}
	post := uint64(0)
	if c.cue0 >= c.t1 {
		post = 1
	}
	par := uint64(0)
	if paren {
		par = 1
	}
	return append(buf,
		perceptron.Mix(fBias, 0, 0),
		perceptron.Mix(fRuleEnd, rule, 0),
		perceptron.Mix(fW0, w0, 0),
		perceptron.Mix(fWm1, wm1, 0),
		perceptron.Mix(fWp1, wp1, 0),
		perceptron.Mix(fT0, t0, 0),
		perceptron.Mix(fTm1, tm1, 0),
		perceptron.Mix(fTp1, tp1, 0),
		perceptron.Mix(fTm1T0, tm1, t0),
		perceptron.Mix(fW0Tp1, w0, tp1),
		perceptron.Mix(fW0Wp1, w0, wp1),
		perceptron.Mix(fT0Tp1, t0, tp1),
		perceptron.Mix(fFrameW0, fr, w0),
		perceptron.Mix(fFrameT0, fr, t0),
		perceptron.Mix(fDist, dist, rule),
		perceptron.Mix(fDistFrame, dist, fr),
		perceptron.Mix(fCommasW0, uint64(min(commas, 3)), w0),
		perceptron.Mix(fVerbW0, v, w0),
		perceptron.Mix(fVerbT0, v, t0),
		perceptron.Mix(fRuleEndFrame, rule, fr),
		perceptron.Mix(fRuleEndW0, rule, w0),
		perceptron.Mix(fInQuote, inq, t0),
		perceptron.Mix(fKind, kind, rule),
		perceptron.Mix(fPostposed, post, w0),
		perceptron.Mix(fParen, par, w0),
		perceptron.Mix(fW0Tp1Tp2, w0, perceptron.Mix(0, tp1, tp2)),
		perceptron.Mix(fLemmaW0, lemma, w0),
		perceptron.Mix(fLemmaRule, lemma, rule),
		// What the content opens with (a noun phrase, a pronoun subject,
		// "to", a quote mark) decides what may end it.
		perceptron.Mix(fStartT0, st0, t0),
		perceptron.Mix(fStartW0, st0, w0),
		perceptron.Mix(fStartVerbT0, perceptron.Mix(0, st0, v), t0),
		perceptron.Mix(fStartWm1T0, sw0, perceptron.Mix(0, tm1, t0)),
		// "denied the charges and counter-accused her": a verb after
		// "and" goes on with the cue's subject when the content holds no
		// finite verb of its own.
		perceptron.Mix(fFrameW0Tp1, fr, perceptron.Mix(0, w0, tp1)),
		perceptron.Mix(fVerbW0Tp1, v, perceptron.Mix(0, w0, tp1)),
		// What follows the boundary: a clause of its own ("…, as Pyongyang
		// fired"), a verb sharing the subject ("and has since left"), a time
		// ("in July"), and how much of the rule's clause is left.
		perceptron.Mix(fTailVerbW0, st.tailVerb(c, j), perceptron.Mix(0, v, w0)),
		perceptron.Mix(fNextTimeW0, st.nextTime(c, j), w0),
		perceptron.Mix(fRestDist, restBucket(c.t1-j), rule),
		// ", but that …", ", which he …": the two words after a comma
		// tell a coordinated complement from a clause of its own.
		perceptron.Mix(fW0Wp1Wp2, w0, perceptron.Mix(0, wp1, wp2)),
		// A cue's noun-phrase object ends before the verb's adjuncts
		// ("blasted the instructor | during a rally"), its clause does not.
		perceptron.Mix(fLemmaVerbW0, lemma, perceptron.Mix(0, v, w0)),
	)
}

// tailVerb tells what follows boundary j up to the next punctuation (at
// most 8 tokens, within the clause): 1 when a finite verb comes right
// after j, 2 when one comes later, 0 when none does.
func (st *state) tailVerb(c *cand, j int) uint64 {
	if j >= c.t1 {
		return 3
	}
	for k := j + 1; k < c.t1 && k < j+9; k++ {
		t := st.toks[k]
		if !t.word {
			return 0
		}
		if isFiniteTag(st.tagOf(t)) {
			if k == j+1 {
				return 1
			}
			return 2
		}
	}
	return 0
}

// nextTime reports whether a time expression opens within two tokens
// after boundary j ("in July", "since the Monday night debate").
func (st *state) nextTime(c *cand, j int) uint64 {
	st.spanMarks()
	for k := j + 1; k < c.t1 && k <= j+2; k++ {
		if st.timeStarts[k] {
			return 1
		}
	}
	return 0
}

// restBucket buckets the tokens left between a boundary and the rule end.
func restBucket(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 3:
		return 1
	case d <= 8:
		return 2
	case d <= 20:
		return 3
	}
	return 4
}

// possessiveClitic reports whether w is the possessive "'s" (or "’s").
func possessiveClitic(w string) bool { return w == "'s" || w == "’s" }

// keepsEnd reports whether token i, a punctuation token at the end of a
// content from token lo, stays in it: a possessive ("similar to
// Kennedy's") or a closing parenthesis opened inside ("Sen. Ted Cruz
// (R-Texas)").
func (st *state) keepsEnd(i, lo int) bool {
	w := st.toks[i].low
	if possessiveClitic(w) {
		return true
	}
	if w != ")" {
		return false
	}
	depth := 0
	for k := i - 1; k >= lo && i-k < 40; k-- {
		switch st.toks[k].low {
		case ")":
			depth++
		case "(":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// Hashes of the pseudo-words the models' features use.
var (
	hNone  = perceptron.Hash("<none>")
	hEnd   = perceptron.Hash("</s>")
	hSent  = perceptron.Hash("<s>")
	hMark  = perceptron.Hash("<mark>")
	hNoTag = perceptron.Hash("<notag>")
)

// tokHashes holds the hashes of tokens' lower-case text, filled on first
// use of each token (the models read only the tokens around verbs and
// clause ends), and of the document's tags by index.
type tokHashes struct {
	word []uint64
	done []bool
	tag  []uint64 // by index in state.tags
}

// tokenHashes returns the token hash table, allocated on first use.
func (st *state) tokenHashes() *tokHashes {
	if st.hashes == nil {
		n := len(st.toks)
		h := &tokHashes{word: make([]uint64, n), done: make([]bool, n), tag: make([]uint64, len(st.tags))}
		h.tag[0] = hNoTag
		for k, tag := range st.tags[1:] {
			h.tag[k+1] = perceptron.Hash(tag)
		}
		st.hashes = h
	}
	return st.hashes
}

// hashAt fills and returns the hashes of token i's text and tag (a quote
// mark's tag is <mark>).
func (st *state) hashAt(i int) (word, tag uint64) {
	h := st.tokenHashes()
	t := st.toks[i]
	if !h.done[i] {
		h.word[i] = perceptron.Hash(t.low)
		h.done[i] = true
	}
	switch {
	case t.mark:
		tag = hMark
	case t.tag == tagOverflow:
		tag = perceptron.Hash(st.moreTags[t.s])
	default:
		tag = h.tag[t.tag]
	}
	return h.word[i], tag
}

// endPositions calls f with every boundary j the end model ranks for
// clause c (the content is tokens [c.t0, j)), with the features' running
// context: commas, a finite verb and an open parenthesis before j.
func (st *state) endPositions(c *cand, f func(j, commas int, verb, paren bool)) {
	commas, verb, paren := 0, false, false
	// A reported clause keeps its first finite verb: "claimed the vote
	// was rigged" does not end before "was".
	clause := false
	if e, ok := st.cueCache[c.cue0]; ok && c.cue1 > c.cue0 && e.frame == frameThat {
		clause = true
	}
	// A prediction or a passive holds its cue ("The next generation of
	// consoles, however, are expected to …"), "according to" in the middle
	// of the clause it credits does not.
	holds := c.cue1 > c.cue0 && c.cue0 >= c.t0 && c.cue0 < c.t1 && st.toks[c.cue0].low != "according"
	// Nor does a clause opened inside it end before its own first finite
	// verb: "refused to accept that the Melbourne surface | may have had …".
	opened := false
	for j := c.t0 + 1; j <= c.t1; j++ {
		t := st.toks[j-1]
		if t.region < 0 && clauseStarts[t.low] {
			opened = true
		}
		if isFiniteTag(st.tagOf(t)) {
			opened = false
		}
		if t.region < 0 {
			switch t.low {
			case ",":
				commas++
			case "(":
				paren = true
			case ")":
				paren = false
			}
		}
		if isFiniteTag(st.tagOf(t)) {
			verb = true
		}
		if j-c.t0 < 1 || (j-c.t0 > endWindow && j < c.t1) || holds && j <= c.cue1 {
			continue // (a content holding its cue goes past it: "X, however, is expected to …")
		}
		if j < c.t1 && !st.mayEndBefore(j) {
			continue
		}
		if (clause && !verb || opened) && j < c.t1 && isFiniteTag(st.tagOf(st.toks[j])) {
			continue
		}
		f(j, commas, verb, paren)
	}
}

// endTags are the tags of words a content may end before: prepositions,
// conjunctions, relative words, participles, adverbs.
var endTags = setOf("IN", "CC", "TO", "WDT", "WP", "WP$", "WRB", "VBG", "VBN", "RB", "MD")

// mayEndBefore reports whether a content may end before token j: at
// punctuation or a function word, never inside a quote.
func (st *state) mayEndBefore(j int) bool {
	t := st.toks[j]
	if r := st.toks[j-1].region; r >= 0 && (t.region == r || t.mark) {
		return false // inside a quote or before its closing mark
	}
	if st.withinSpan(j) || possessiveClitic(t.low) {
		return false // inside a name or a time expression ("endorsed Mrs. Clinton this month") or before "'s"
	}
	if (timeWords[t.low] || dayParts[t.low]) && timeDeterminers[st.toks[j-1].low] {
		return false // the same, where no time layer marked it
	}
	return !t.word || endTags[st.tagOf(t)] || stopWords[t.low] || st.timeStarts[j]
}

// timeDeterminers open a time expression: "this month", "last week".
var timeDeterminers = setOf("this", "last", "next", "that", "each", "every")

// withinSpan reports whether token j continues a mention or a time
// expression that token j-1 is part of.
func (st *state) withinSpan(j int) bool {
	st.spanMarks()
	return st.joined[j]
}

// spanMarks makes, on first use, st.joined (the tokens that continue a
// mention or a time expression) and st.timeStarts (the tokens that open a
// time expression, before which a content may end: "endorsed Mrs.
// Clinton | this month").
func (st *state) spanMarks() {
	if st.joined != nil {
		return
	}
	st.joined = make([]bool, len(st.toks))
	mark := func(s, e int) {
		a, b := st.tokenRange(s, e)
		for k := a + 1; k < b; k++ {
			st.joined[k] = true
		}
	}
	for _, m := range st.doc.Mentions {
		mark(m.Start, m.End)
	}
	st.timeStarts = make([]bool, len(st.toks))
	for _, x := range st.doc.Timexes {
		mark(x.Start, x.End)
		if a, b := st.tokenRange(x.Start, x.End); a < b {
			st.timeStarts[a] = true
		}
	}
}

// trimEnds lets the end model choose where each reported clause ends.
func (st *state) trimEnds() {
	if st.end == nil {
		return
	}
	var buf []uint64
	scores := make([]float32, 2)
	for i := range st.cands {
		c := &st.cands[i]
		if st.ruleEnded(c) {
			continue
		}
		best, bestScore := c.t1, float32(0)
		first := true
		cc := st.endContext(c)
		st.endPositions(c, func(j, commas int, verb, paren bool) {
			buf = st.endFeats(buf[:0], c, cc, j, commas, verb, paren)
			scores[0], scores[1] = 0, 0
			st.end.Score(buf, scores)
			if s := scores[1] - scores[0]; first || s > bestScore {
				best, bestScore, first = j, s, false
			}
		})
		if best < c.t1 {
			ce := c.ce
			st.setEnd(c, best)
			if c.ce < ce {
				c.ruleCE = ce
			}
		}
	}
}

// ruleEnded reports whether clause c keeps the end the rules gave it: a
// quote, a clause of a word or two, a transcript turn, and a clause
// before its attribution ("Though she has lived there for years, the
// influx of wealthier residents has led to …, she said"), which the
// attribution ends.
func (st *state) ruleEnded(c *cand) bool {
	return !st.endTrainable(c) || c.cue1 > c.cue0 && c.cue0 >= c.t1
}

// endTrainable reports whether the end model learns from clause c: every
// clause but a quote, one of a word or two and a transcript turn. A
// clause before its attribution is among them though the model never
// cuts one: where its gold end falls teaches the words and tags that end
// clauses (4-fold cross-validation reads the same with or without them,
// dev .7389 with them against .7358 without).
func (st *state) endTrainable(c *cand) bool {
	return c.region < 0 && c.t1-c.t0 >= 3 && !c.whole
}

// setEnd ends clause c before token j, dropping trailing punctuation.
func (st *state) setEnd(c *cand, j int) {
	// Never inside a quote: a partial quote stays whole in its clause.
	if r := st.toks[j-1].region; r >= 0 && j < c.t1 && (st.toks[j].region == r || st.toks[j].mark) {
		for j < c.t1 && (st.toks[j].region == r || st.toks[j].mark) {
			j++
		}
	}
	for j > c.t0+1 {
		t := st.toks[j-1]
		if t.word || t.region >= 0 || t.mark || t.low == "%" || st.keepsEnd(j-1, c.t0) {
			break // a content may end with a possessive: "similar to Kennedy's"
		}
		j--
	}
	cs, ce := st.span(c.t0, j)
	if ce <= cs {
		return
	}
	ce = st.trimMarks(c.cs, ce)
	if ce <= c.cs {
		return
	}
	c.t1, c.ce = j, ce
	if c.kind == "mixed" {
		c.kind = st.reportedKind(c.cs, c.ce)
	}
}

// A TrainDoc is a document analysed by the stages the quote stage reads
// (tokens with tags, sentences, mentions, entities) with its gold
// attribution contents and cues as byte spans of its text.
type TrainDoc struct {
	Doc      *chronicle.Document
	Contents []chronicle.Span
	Cues     []chronicle.Span
}

// TrainOptions configure Train. Zero values take the defaults.
type TrainOptions struct {
	FS     fs.FS   // the lexicon; nil means the embedded one
	Epochs int     // passes over the data, default 3
	Margin float32 // the cue model's acceptance margin; 0 means DefaultMargin
	// Ensemble is how many models, each trained on the examples in an
	// order of its own (the first in document order, the others in fixed
	// pseudo-random orders), are averaged into each model; default
	// DefaultEnsemble.
	Ensemble int
}

// DefaultMargin is the default TrainOptions.Margin: a verb whose cue
// score falls short of "no cue" by less than this is taken (nouns and
// passives need nounMarginOffset and passiveMarginOffset more). 4-fold
// cross-validation on PolNeAR train, seeds 0-3, overlap F1 means: 0.7127
// (margin 0), 0.7127 (-3,000), 0.7135 (-6,000), 0.7131 (-10,000), 0.7137
// (-15,000), 0.7128 (-25,000); PolNeAR dev overlap F1 0.7375, 0.7406 and
// 0.7421 for 0, -6,000 and -10,000 (precision falls as recall rises:
// 0.789, 0.782, 0.777).
const DefaultMargin = -10000

// DefaultEnsemble is the default TrainOptions.Ensemble. Averaging models
// trained in different orders damps the perceptron's dependence on the
// order of its examples: 4-fold cross-validation on PolNeAR train rose
// from 0.6958 (one model) to 0.70 with 4 and 8 (nlp/quote/data/MODEL.md).
const DefaultEnsemble = 8

// orders returns the example orders of an ensemble of k models over n
// examples: document order first, then fixed permutations.
func orders(k, n int) [][]int {
	out := make([][]int, k)
	for r := range k {
		if r == 0 {
			out[r] = make([]int, n)
			for i := range n {
				out[r][i] = i
			}
			continue
		}
		out[r] = rand.New(rand.NewPCG(uint64(r), 0x9e3779b97f4a7c15)).Perm(n)
	}
	return out
}

// TrainStats describes the trained models, measured on their training
// data.
type TrainStats struct {
	Docs int
	// The cue model: verbs judged, gold cues among them, and precision and
	// recall of the accepted ones.
	Verbs, CueVerbs         int
	CuePrecision, CueRecall float64
	CueFeatures             int
	// The end model: reported clauses with a gold content to learn from,
	// and the share whose end the rules and the model get right.
	Clauses         int
	RuleAcc, EndAcc float64
	EndFeatures     int
}

// endExample is one clause to learn from: the features of each boundary
// and which boundaries end the gold content.
type endExample struct {
	feats [][]uint64
	good  []bool
	rule  int // index of the rule end
}

// Train learns the cue model from docs, then the end model from the
// clauses the rules and that cue model find, and writes them to cueOut
// and endOut (the files data/cue.model.gz and data/end.model.gz).
func Train(ctx context.Context, docs []TrainDoc, opts TrainOptions, cueOut, endOut io.Writer) (TrainStats, error) {
	var s TrainStats
	if opts.Epochs <= 0 {
		opts.Epochs = 3
	}
	if opts.Ensemble <= 0 {
		opts.Ensemble = DefaultEnsemble
	}
	if opts.Margin == 0 {
		opts.Margin = DefaultMargin
	}
	if len(docs) == 0 {
		return s, errors.New("quote: train: no documents")
	}
	a := New(Options{FS: opts.FS})
	if a.err != nil {
		return s, a.err
	}
	states := func(cue *cueModel, f func(st *state, td TrainDoc) error) error {
		for _, td := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			st := newState(a.lex, td.Doc)
			st.names = a.names
			st.cue = cue
			st.words = a.words
			st.wn = a.wn
			st.generate()
			if err := f(st, td); err != nil {
				return err
			}
		}
		return nil
	}
	check := func(text string, spans []chronicle.Span) error {
		for _, g := range spans {
			if g.Start < 0 || g.Start > g.End || g.End > len(text) {
				return fmt.Errorf("quote: train: span %d-%d outside text of %d bytes", g.Start, g.End, len(text))
			}
		}
		return nil
	}

	// The cue model.
	var feats [][]uint64
	var labels []bool
	err := states(nil, func(st *state, td TrainDoc) error {
		s.Docs++
		if err := check(st.text, td.Cues); err != nil {
			return err
		}
		f, l := st.cueExamples(td.Cues)
		feats, labels = append(feats, f...), append(labels, l...)
		return nil
	})
	if err != nil {
		return s, err
	}
	s.Verbs = len(feats)
	scores := make([]float32, 2)
	class := func(l bool) int {
		if l {
			return 1
		}
		return 0
	}
	var cms []*perceptron.Model
	for _, order := range orders(opts.Ensemble, len(feats)) {
		ct := perceptron.NewTrainer(2)
		for range opts.Epochs {
			for _, i := range order {
				f := feats[i]
				ct.Tick()
				scores[0], scores[1] = 0, 0
				ct.Score(f, scores)
				guess := 0
				if scores[1]-scores[0] > 0 {
					guess = 1
				}
				ct.Update(f, class(labels[i]), guess)
			}
		}
		cms = append(cms, ct.Model(0.05))
	}
	cmodel := cms[0]
	if len(cms) > 1 {
		cmodel = perceptron.Average(0.05, cms...)
	}
	cm := &cueModel{m: cmodel, margin: opts.Margin, noun: opts.Margin + nounMarginOffset, passive: opts.Margin + passiveMarginOffset}
	s.CueFeatures = cm.m.Features()
	tp, fp := 0, 0
	for i, f := range feats {
		if labels[i] {
			s.CueVerbs++
		}
		scores[0], scores[1] = 0, 0
		cm.m.Score(f, scores)
		if scores[1]-scores[0] > cm.margin {
			if labels[i] {
				tp++
			} else {
				fp++
			}
		}
	}
	s.CuePrecision = ratio(tp, tp+fp)
	s.CueRecall = ratio(tp, s.CueVerbs)
	feats, labels = nil, nil

	// The end model, on the clauses found with the cue model.
	var exs []endExample
	err = states(cm, func(st *state, td TrainDoc) error {
		if err := check(st.text, td.Contents); err != nil {
			return err
		}
		gold := make([]chronicle.Span, len(td.Contents))
		for i, g := range td.Contents {
			gold[i] = normContent(st.text, g)
		}
		for i := range st.cands {
			c := &st.cands[i]
			if !st.endTrainable(c) {
				continue
			}
			if ex, ok := st.endExample(c, gold); ok {
				exs = append(exs, ex)
			}
		}
		return nil
	})
	if err != nil {
		return s, err
	}
	s.Clauses = len(exs)
	pick := func(score func([]uint64, []float32), ex *endExample) int {
		best, bestScore := 0, float32(0)
		for k, f := range ex.feats {
			scores[0], scores[1] = 0, 0
			score(f, scores)
			if s := scores[1] - scores[0]; k == 0 || s > bestScore {
				best, bestScore = k, s
			}
		}
		return best
	}
	var ems []*perceptron.Model
	for _, order := range orders(opts.Ensemble, len(exs)) {
		tr := perceptron.NewTrainer(2)
		for range opts.Epochs {
			for _, i := range order {
				ex := &exs[i]
				tr.Tick()
				g := pick(tr.Score, ex)
				if ex.good[g] {
					continue
				}
				// The gold boundary nearest the guess.
				t := -1
				for k, ok := range ex.good {
					if ok && (t < 0 || abs(k-g) < abs(t-g)) {
						t = k
					}
				}
				tr.Update(ex.feats[t], 1, 0)
				tr.Update(ex.feats[g], 0, 1)
			}
		}
		ems = append(ems, tr.Model(0.05))
	}
	m := ems[0]
	if len(ems) > 1 {
		m = perceptron.Average(0.05, ems...)
	}
	s.EndFeatures = m.Features()
	ruleOK, modelOK := 0, 0
	for i := range exs {
		ex := &exs[i]
		if ex.good[ex.rule] {
			ruleOK++
		}
		if ex.good[pick(m.Score, ex)] {
			modelOK++
		}
	}
	s.RuleAcc = ratio(ruleOK, len(exs))
	s.EndAcc = ratio(modelOK, len(exs))
	if err := perceptron.WriteFile(cueOut, cueMagic, cueHeader{Epochs: opts.Epochs, Docs: s.Docs, Margin: cm.margin, NounMargin: cm.noun, PassiveMargin: cm.passive}, cm.m); err != nil {
		return s, fmt.Errorf("quote: write cue model: %w", err)
	}
	if err := perceptron.WriteFile(endOut, endMagic, endHeader{Epochs: opts.Epochs, Docs: s.Docs}, m); err != nil {
		return s, fmt.Errorf("quote: write end model: %w", err)
	}
	return s, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// endExample builds the training example of clause c: the gold content
// starting where c starts (within a couple of tokens) and ending inside
// it marks the boundaries that end it; a gold content reaching past c's
// end marks c's end.
func (st *state) endExample(c *cand, gold []chronicle.Span) (endExample, bool) {
	var ex endExample
	lo := int(st.toks[c.t0].s) - 2
	hi := int(st.toks[min(c.t0+2, c.t1-1)].e)
	g := -1
	for i, s := range gold {
		if s.Start < lo || s.Start > hi || s.End <= int(st.toks[c.t0].e) {
			continue
		}
		if g < 0 || abs(s.Start-int(st.toks[c.t0].s)) < abs(gold[g].Start-int(st.toks[c.t0].s)) {
			g = i
		}
	}
	if g < 0 {
		return ex, false
	}
	want := gold[g].End
	var ends []int
	cc := st.endContext(c)
	st.endPositions(c, func(j, commas int, verb, paren bool) {
		ex.feats = append(ex.feats, st.endFeats(nil, c, cc, j, commas, verb, paren))
		n := normContent(st.text, chronicle.Span{Start: int(st.toks[c.t0].s), End: int(st.toks[j-1].e)})
		ends = append(ends, n.End)
		if j == c.t1 {
			ex.rule = len(ex.feats) - 1
		}
	})
	if len(ends) == 0 {
		return ex, false
	}
	ex.good = make([]bool, len(ends))
	any := false
	for k, e := range ends {
		if e == want {
			ex.good[k], any = true, true
		}
	}
	if !any {
		if want >= ends[len(ends)-1] {
			ex.good[len(ends)-1] = true
		} else {
			// The first boundary past the gold end.
			for k, e := range ends {
				if e >= want {
					ex.good[k] = true
					break
				}
			}
		}
	}
	return ex, true
}

// normContent trims white space, quote marks and punctuation from both
// ends of s and a leading "that ", as content spans are compared.
func normContent(text string, s chronicle.Span) chronicle.Span {
	trim := func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“”„«»‘’'.,;:!?-—–…", r)
	}
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !trim(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !trim(r) {
			break
		}
		s.End -= n
	}
	if t := text[s.Start:s.End]; len(t) > 5 && strings.EqualFold(t[:5], "that ") {
		s.Start += 5
	}
	return s
}
