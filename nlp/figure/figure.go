// Package figure finds stated quantities: percentages, sums of money,
// counts of things, tonnes and barrels.
//
// Input: a Document with Tokens (with Penn Treebank part-of-speech tags
// when a tagger has run), Sentences and, when present, Timexes and
// Mentions with their Entities. Without tokens the stage adds nothing.
//
// Output: Document.Figures, ids "f1", "f2", … in text order. A figure spans
// the number with its currency sign, scale and unit ("US$2.5bn", "145%",
// "1,000 troops" spans "1,000"); a modifier before it ("up to") is not part
// of the span but sets Mod. Value is the number as written with its scale
// applied (145% → 145, $2.5bn → 2500000000, "three" → 3). Unit is
// "percent", "percentage-points", an ISO 4217 code, "count", "tonnes",
// "barrels", "km", …. Mod is a TIMEX3-style modifier: "up to" →
// EQUAL_OR_LESS, "more than" → MORE_THAN, "at least" → EQUAL_OR_MORE,
// "less than" → LESS_THAN, "about", "nearly" → APPROX.
//
// Currencies: "$" is USD unless written "US$", "HK$", "C$", … or followed
// by "Hong Kong dollars" and the like; "€" is EUR, "£" GBP; "¥" is CNY when
// the sentence speaks of China (an entity of country CHN, or the words
// yuan, renminbi, Chinese) and JPY otherwise.
//
// About says what the figure measures, found by one mechanism from the
// part-of-speech tags: the head noun of the noun phrase governing the
// figure. The noun phrase is the one the figure modifies ("145% tariffs",
// "a 3.5% rise in GDP"), the one it complements through a preposition
// ("tariffs of up to 145%", "a stake of 20%"), or the subject of a verb of
// change ("GDP grew by 3.5%"). Nouns of change ("rise", "fell") name the
// measure of the noun phrase they govern ("GDP growth"); a percentage of a
// plain noun is that noun's rate ("tariff rate"), a percentage "of" a noun
// phrase is a share of it ("share of GDP"); counts measure the noun they
// count ("troops").
//
// Numbers inside a time expression (years, "three weeks") and ordinals
// ("second term") are never figures; bare numbers without a unit or a
// counted noun are not figures either.
//
// Invariants: every figure lies on token boundaries inside Text, figures
// do not overlap and are in text order. An Annotator is safe for concurrent
// use: its vocabulary is loaded once and read only.
package figure

import (
	"bufio"
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/internal/lower"
)

//go:embed data/figure.tsv
var dataFS embed.FS

// vocabPath is the vocabulary file inside an Options.FS.
const vocabPath = "data/figure.tsv"

// ErrVocabulary reports a vocabulary file that cannot be read.
var ErrVocabulary = errors.New("figure: bad vocabulary")

// Options configure an Annotator. The zero value uses the embedded
// vocabulary and discards logs.
type Options struct {
	// FS holds data/figure.tsv; nil means the embedded vocabulary.
	FS     fs.FS
	Logger *slog.Logger
}

// An Annotator finds figures. It implements chronicle.Annotator.
type Annotator struct {
	v   *vocab
	err error // the vocabulary could not be loaded; Annotate returns it
	log *slog.Logger
}

// New returns an Annotator with the vocabulary from opts.FS (the embedded
// one by default). If the vocabulary cannot be read, Annotate returns the
// error.
func New(opts Options) *Annotator {
	fsys := opts.FS
	if fsys == nil {
		fsys = dataFS
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	v, err := loadVocab(fsys)
	return &Annotator{v: v, err: err, log: log}
}

// vocab is the read-only vocabulary of data/figure.tsv.
type vocab struct {
	number   map[string]float64
	scale    map[string]float64
	symbol   map[string]string
	currency map[string]string
	dollar   map[string]string
	unit     map[string]string
	mod      map[string]string
	change   map[string]string
	share    map[string]string
}

func loadVocab(fsys fs.FS) (*vocab, error) {
	f, err := fsys.Open(vocabPath)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrVocabulary, err)
	}
	defer f.Close()
	v := &vocab{
		number: map[string]float64{}, scale: map[string]float64{},
		symbol: map[string]string{}, currency: map[string]string{}, dollar: map[string]string{},
		unit: map[string]string{}, mod: map[string]string{}, change: map[string]string{}, share: map[string]string{},
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%w: %s:%d: want 3 columns, have %d", ErrVocabulary, vocabPath, n, len(cols))
		}
		kind, phrase, val := cols[0], cols[1], cols[2]
		var m map[string]string
		switch kind {
		case "number", "scale":
			x, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return nil, fmt.Errorf("%w: %s:%d: %w", ErrVocabulary, vocabPath, n, err)
			}
			if kind == "number" {
				v.number[phrase] = x
			} else {
				v.scale[phrase] = x
			}
			continue
		case "symbol":
			m = v.symbol
		case "currency":
			m = v.currency
		case "dollar":
			m = v.dollar
		case "unit":
			m = v.unit
		case "mod":
			m = v.mod
		case "change":
			m = v.change
		case "share":
			m = v.share
		default:
			return nil, fmt.Errorf("%w: %s:%d: unknown kind %q", ErrVocabulary, vocabPath, n, kind)
		}
		m[phrase] = val
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrVocabulary, err)
	}
	return v, nil
}

// Annotate sets doc.Figures.
func (a *Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if a.err != nil {
		return a.err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Figures = doc.Figures[:0]
	if len(doc.Tokens) == 0 {
		return nil
	}
	s := &state{v: a.v, doc: doc, timex: make([]bool, len(doc.Tokens)), words: make([]string, len(doc.Tokens))}
	var lows lower.Buffer // the lower-cased words share its chunks
	for i, t := range doc.Tokens {
		w := doc.Text[t.Start:t.End]
		if hasUpper(w) {
			w = lows.Lower(w)
		}
		s.words[i] = w
	}
	for _, x := range doc.Timexes {
		i, _ := slices.BinarySearchFunc(doc.Tokens, x.Start, func(t chronicle.Token, off int) int { return t.Start - off })
		for ; i < len(doc.Tokens) && doc.Tokens[i].End <= x.End; i++ {
			s.timex[i] = true
		}
	}
	lo := 0
	for _, sen := range sentenceRanges(doc) {
		for lo < len(doc.Tokens) && doc.Tokens[lo].Start < sen.Start {
			lo++
		}
		hi := lo
		for hi < len(doc.Tokens) && doc.Tokens[hi].End <= sen.End {
			hi++
		}
		s.sentence(lo, hi)
		lo = hi
	}
	for i := range doc.Figures {
		doc.Figures[i].ID = "f" + strconv.Itoa(i+1)
	}
	a.log.Debug("figures", "count", len(doc.Figures))
	return nil
}

// sentenceRanges returns the document's sentences, or the whole text as
// one sentence when there are none.
func sentenceRanges(doc *chronicle.Document) []chronicle.Sentence {
	if len(doc.Sentences) > 0 {
		return doc.Sentences
	}
	return []chronicle.Sentence{{Start: 0, End: len(doc.Text)}}
}

// state is the per-document work of Annotate.
type state struct {
	v     *vocab
	doc   *chronicle.Document
	timex []bool   // token inside a time expression
	words []string // lower-case token texts
	buf   []byte   // scratch space for phrase look-ups
}

func (s *state) word(i int) string { return s.words[i] }

func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func (s *state) tag(i int) string { return s.doc.Tokens[i].Tag }

// phrase matches the longest phrase of m (up to 4 words) starting at token
// i before hi; it returns the value and the index after the phrase.
func (s *state) phrase(m map[string]string, i, hi int) (string, int) {
	for n := 4; n >= 1; n-- {
		if i+n > hi {
			continue
		}
		if n == 1 {
			if v, ok := m[s.word(i)]; ok {
				return v, i + 1
			}
			continue
		}
		b := s.buf[:0]
		for k := i; k < i+n; k++ {
			if k > i {
				b = append(b, ' ')
			}
			b = append(b, s.word(k)...)
		}
		s.buf = b
		if v, ok := m[string(b)]; ok { // no allocation for the lookup
			return v, i + n
		}
	}
	return "", i
}

// phraseBefore matches the longest phrase of m (up to 4 words) ending just
// before token i and not before lo; it returns the value and its first index.
func (s *state) phraseBefore(m map[string]string, lo, i int) (string, int) {
	for n := 4; n >= 1; n-- {
		if i-n < lo {
			continue
		}
		if v, j := s.phrase(m, i-n, i); j == i && v != "" {
			return v, i - n
		}
	}
	return "", i
}

// inTimex reports whether token i lies inside a time expression.
func (s *state) inTimex(i int) bool { return s.timex[i] }

// number parses the number starting at token i: a numeral token or number
// words, followed by scale words. It returns the value, the index after
// it, and whether a scale word or suffix was seen.
func (s *state) number(i, hi int) (float64, int, bool) {
	t := s.doc.Tokens[i]
	w := s.word(i)
	var x float64
	scaled := false
	switch {
	case t.Kind == chronicle.TokenNumber:
		v, sc, ok := parseNumeral(w, s.v.scale)
		if !ok {
			return 0, i, false
		}
		x, scaled = v*sc, sc != 1
	case t.Kind == chronicle.TokenWord:
		v, ok := s.wordNumber(w)
		if !ok {
			return 0, i, false
		}
		x = v
	default:
		return 0, i, false
	}
	j := i + 1
	for j < hi {
		sc, ok := s.v.scale[s.word(j)]
		if !ok || len(s.word(j)) == 1 || s.doc.Tokens[j].Kind != chronicle.TokenWord {
			break
		}
		if x == 0 {
			break
		}
		x *= sc
		scaled = true
		j++
	}
	return x, j, scaled
}

// wordNumber reads "three", "twenty-five", "dozen".
func (s *state) wordNumber(w string) (float64, bool) {
	if v, ok := s.v.number[w]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := s.v.number[tens]
	u, ok2 := s.v.number[units]
	if !ok1 || !ok2 || t < 20 || t > 90 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}

// ParseNumeral parses a written numeral: digits with "," thousands
// separators and a "." decimal point, optionally followed by a scale
// suffix (k, m, mn, bn, tn): "1,000" → 1000, "2.5bn" → 2.5e9. Ordinals,
// fractions, dates and anything else are not numerals.
func ParseNumeral(s string) (float64, bool) {
	v, sc, ok := parseNumeral(strings.ToLower(s), nil)
	return v * sc, ok
}

// suffixScale returns the scale of a numeral suffix ParseNumeral knows
// without a vocabulary.
func suffixScale(suf string) (float64, bool) {
	switch suf {
	case "k":
		return 1e3, true
	case "m", "mn":
		return 1e6, true
	case "b", "bn":
		return 1e9, true
	case "tn":
		return 1e12, true
	}
	return 0, false
}

// parseNumeral splits a lower-case numeral into its value and the scale of
// its suffix (1 when there is none), looked up in scales (suffixScale when
// scales is nil).
func parseNumeral(w string, scales map[string]float64) (float64, float64, bool) {
	end := 0
	for end < len(w) && (w[end] >= '0' && w[end] <= '9' || w[end] == ',' || w[end] == '.') {
		end++
	}
	num, suf := w[:end], w[end:]
	if num == "" || num[0] < '0' || num[0] > '9' || num[len(num)-1] < '0' || num[len(num)-1] > '9' {
		return 0, 1, false
	}
	sc := 1.0
	if suf != "" {
		var v float64
		var ok bool
		if scales == nil {
			v, ok = suffixScale(suf)
		} else {
			v, ok = scales[suf]
		}
		if !ok {
			return 0, 1, false
		}
		sc = v
	}
	int_, frac, hasFrac := strings.Cut(num, ".")
	if strings.Contains(frac, ".") || strings.Contains(frac, ",") {
		return 0, 1, false
	}
	if strings.Contains(int_, ",") {
		groups := strings.Split(int_, ",")
		if len(groups[0]) > 3 || groups[0] == "" {
			return 0, 1, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, 1, false
			}
		}
		int_ = strings.Join(groups, "")
	}
	text := int_
	if hasFrac {
		text += "." + frac
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, 1, false
	}
	return v, sc, true
}

// sentence finds the figures among tokens [lo, hi).
func (s *state) sentence(lo, hi int) {
	toks := s.doc.Tokens
	for i := lo; i < hi; {
		start := i
		cur := ""
		if c, ok := s.v.symbol[s.word(i)]; ok && i+1 < hi && toks[i+1].Kind == chronicle.TokenNumber &&
			(toks[i].Kind == chronicle.TokenSymbol || toks[i].End == toks[i+1].Start || strings.ToUpper(s.doc.Text[toks[i].Start:toks[i].End]) == s.doc.Text[toks[i].Start:toks[i].End]) {
			cur = c
			if cur == "JPY" && s.word(i) == "¥" && s.speaksOfChina(lo, hi) {
				cur = "CNY"
			}
			i++
		}
		if s.inTimex(i) || isOrdinal(s.word(i)) {
			i++
			continue
		}
		x, j, scaled := s.number(i, hi)
		if j == i {
			i = max(i, start) + 1
			continue
		}
		numStart := i
		unit, end := "", j
		if cur != "" {
			unit = cur
			// "$5 million (HK$39 million)" keeps the sign; a following
			// currency word ("¥500 billion yuan") may refine ¥.
			if c, k := s.phrase(s.v.currency, j, hi); c != "" && s.word(start) == "¥" {
				unit, end = c, k
			}
		} else if u, k := s.phrase(s.v.unit, j, hi); u != "" {
			unit, end = u, k
		} else if c, k := s.currencyWords(j, hi); c != "" {
			unit, end = c, k
		} else if s.counted(numStart, j, hi, scaled) && !s.definite(lo, start) {
			unit = "count"
		}
		if unit == "" {
			i = j
			continue
		}
		mod := ""
		modStart := start
		if m, k := s.phraseBefore(s.v.mod, lo, start); m != "" {
			mod, modStart = m, k
		}
		f := chronicle.Figure{
			Start: toks[start].Start, End: toks[end-1].End,
			Value: x, Unit: unit, Mod: mod,
		}
		f.Text = s.doc.Text[f.Start:f.End]
		f.About = s.about(lo, hi, modStart, start, end, unit)
		s.doc.Figures = append(s.doc.Figures, f)
		i = end
	}
}

// speaksOfChina reports whether the sentence in tokens [lo, hi) mentions
// China (an entity of country CHN) or the yuan.
func (s *state) speaksOfChina(lo, hi int) bool {
	from, to := s.doc.Tokens[lo].Start, s.doc.Tokens[hi-1].End
	for _, m := range s.doc.Mentions {
		if m.Start < from || m.End > to {
			continue
		}
		for _, e := range s.doc.Entities {
			if e.ID == m.Entity && e.Country == "CHN" {
				return true
			}
		}
	}
	for k := lo; k < hi; k++ {
		switch s.word(k) {
		case "yuan", "renminbi", "rmb", "chinese", "china", "beijing":
			return true
		}
	}
	return false
}

// currencyWords matches "dollars", "Hong Kong dollars", "pounds sterling".
func (s *state) currencyWords(j, hi int) (string, int) {
	if d, k := s.phrase(s.v.dollar, j, hi); d != "" && k < hi && strings.HasPrefix(s.word(k), "dollar") {
		return d, k + 1
	}
	return s.phrase(s.v.currency, j, hi)
}

// counted reports whether the number at [i, j) counts the plural noun that
// follows it, possibly after adjectives: "1,000 troops", "three people",
// "two large countries". Year-like numerals never count.
func (s *state) counted(i, j, hi int, scaled bool) bool {
	w := s.word(i)
	if !scaled && j == i+1 && len(w) == 4 && s.doc.Tokens[i].Kind == chronicle.TokenNumber {
		if y, err := strconv.Atoi(w); err == nil && y >= 1800 && y <= 2100 {
			return false
		}
	}
	k := j
	for n := 0; k < hi && n < 3 && isAdjective(s.tag(k)); n++ {
		k++
	}
	return k < hi && (s.tag(k) == "NNS" || s.tag(k) == "NNPS") && !s.inTimex(k)
}

// definite reports whether a determiner makes the count before token i a
// reference rather than a stated figure: "the two sides", "their three".
func (s *state) definite(lo, i int) bool {
	if i-1 < lo {
		return false
	}
	if s.tag(i-1) == "PRP$" || s.tag(i-1) == "POS" {
		return true
	}
	switch s.word(i - 1) {
	case "the", "these", "those", "both", "all":
		return true
	}
	return false
}

func isOrdinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if p, ok := strings.CutSuffix(w, suf); ok && p != "" && p[len(p)-1] >= '0' && p[len(p)-1] <= '9' {
			return true
		}
	}
	return false
}

func isAdjective(tag string) bool { return tag == "JJ" || tag == "JJR" || tag == "JJS" || tag == "VBN" }

func isNoun(tag string) bool {
	return tag == "NN" || tag == "NNS" || tag == "NNP" || tag == "NNPS"
}

// noun reports whether token k is a word tagged as a noun.
func (s *state) noun(k int) bool {
	return isNoun(s.tag(k)) && s.doc.Tokens[k].Kind == chronicle.TokenWord
}

// about finds what the figure at tokens [start, end) measures; modStart is
// where its modifier begins (start without one) and [lo, hi) the sentence.
func (s *state) about(lo, hi, modStart, start, end int, unit string) string {
	percent := unit == "percent" || unit == "percentage-points"
	if unit == "count" {
		k := end
		for k < hi && isAdjective(s.tag(k)) {
			k++
		}
		if k < hi && s.noun(k) {
			return s.doc.Text[s.doc.Tokens[k].Start:s.doc.Tokens[k].End]
		}
		return ""
	}
	// X% of NP: a share of NP.
	if percent && end < hi && s.word(end) == "of" {
		if np := s.nounPhraseAfter(end+1, hi); np != "" {
			return "share of " + np
		}
	}
	// The noun phrase the figure modifies: "145% tariffs", "a 3.5% rise in GDP".
	k := end
	if k < hi && s.word(k) == "-" {
		k++
	}
	if h, after := s.headAfter(k, hi); h >= 0 {
		return s.measure(h, after, hi, percent)
	}
	// The noun phrase it complements through a link word: "tariffs of up
	// to 145%", "GDP grew by 3.5%", "cut to 30%", "the deal is worth $2bn".
	p := modStart - 1
	if p >= lo && strings.HasPrefix(s.tag(p), "VB") {
		if c, ok := s.v.change[s.word(p)]; ok { // "exports fell 12%"
			if h := s.headBefore(lo, p); h >= 0 {
				return s.compound(h) + " " + c
			}
			return c
		}
	}
	if p < lo || !isLinkWord(s.word(p)) {
		return ""
	}
	link := s.word(p)
	p--
	if p < lo {
		return ""
	}
	if c, ok := s.v.change[s.word(p)]; ok && strings.HasPrefix(s.tag(p), "VB") {
		h := s.headBefore(lo, p)
		switch {
		case link == "to" && h >= 0:
			return s.measure(h, h+1, hi, percent) // the level reached
		case h >= 0:
			return s.compound(h) + " " + c
		}
		return c
	}
	if s.noun(p) {
		return s.measure(p, p+1, hi, percent)
	}
	if h := s.headBefore(lo, p+1); h >= 0 && link != "of" {
		return s.measure(h, h+1, hi, percent)
	}
	return ""
}

// isLinkWord reports prepositions and verbs joining a noun phrase to its figure.
func isLinkWord(w string) bool {
	switch w {
	case "of", "at", "by", "to", "from", "worth", "totalling", "totaling", "valued":
		return true
	}
	return false
}

// headAfter returns the head noun of the noun phrase starting at k (the
// last noun of a run of adjectives and nouns) and the index after it, or -1.
func (s *state) headAfter(k, hi int) (int, int) {
	h := -1
	for k < hi && (isAdjective(s.tag(k)) || s.noun(k)) && !s.inTimex(k) {
		if s.noun(k) {
			h = k
		} else if h >= 0 {
			break
		}
		k++
	}
	if h < 0 {
		return -1, k
	}
	return h, h + 1
}

// measure names what a figure measures given the head noun at h of its
// noun phrase (after is the index after the head).
func (s *state) measure(h, after, hi int, percent bool) string {
	w := s.word(h)
	if c, ok := s.v.change[w]; ok {
		if after < hi && (s.word(after) == "in" || s.word(after) == "of") {
			if np := s.nounPhraseAfter(after+1, hi); np != "" {
				return np + " " + c
			}
		}
		return c
	}
	if sh, ok := s.v.share[w]; ok {
		return sh
	}
	np := s.compound(h)
	if percent && !strings.HasSuffix(np, "rate") && !strings.HasSuffix(np, "ratio") {
		return np + " rate"
	}
	return np
}

// compound returns the head noun at h in singular form, with the nouns that
// modify it directly before ("unemployment rate").
func (s *state) compound(h int) string {
	first := h
	for first-1 >= 0 && (s.tag(first-1) == "NN" || s.tag(first-1) == "NNP") && h-first < 2 &&
		s.doc.Tokens[first-1].Kind == chronicle.TokenWord {
		first--
	}
	var parts []string
	for k := first; k <= h; k++ {
		w := s.doc.Text[s.doc.Tokens[k].Start:s.doc.Tokens[k].End]
		if !isAcronym(w) && s.tag(k) != "NNP" && s.tag(k) != "NNPS" {
			w = strings.ToLower(w)
		}
		if k == h && (s.tag(k) == "NNS" || s.tag(k) == "NNPS") {
			w = singular(w)
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// nounPhraseAfter returns the compound head of the noun phrase starting at k.
func (s *state) nounPhraseAfter(k, hi int) string {
	if k < hi && (s.tag(k) == "DT" || s.tag(k) == "PRP$" || s.tag(k) == "POS") {
		k++
	}
	if h, _ := s.headAfter(k, hi); h >= 0 {
		return s.compound(h)
	}
	return ""
}

// headBefore returns the nearest noun ending before p across adverbs,
// modals and verbs (the subject of a verb at p), or -1.
func (s *state) headBefore(lo, p int) int {
	for k := p - 1; k >= lo && k >= p-3; k-- {
		if s.noun(k) {
			// "profits at US media giant TimeWarner jumped": the noun
			// phrase inside a prepositional phrase modifies the head.
			j := k
			for j-1 >= lo && (s.noun(j-1) || isAdjective(s.tag(j-1)) || s.tag(j-1) == "DT") {
				j--
			}
			if j-2 >= lo && s.tag(j-1) == "IN" && s.noun(j-2) {
				return j - 2
			}
			return k
		}
		if s.tag(k) != "RB" && s.tag(k) != "MD" && !strings.HasPrefix(s.tag(k), "VB") {
			break
		}
	}
	return -1
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// singular returns the singular of a regular English plural; nouns used
// only in the plural ("earnings", "talks") stay.
func singular(w string) string {
	switch w {
	case "earnings", "talks", "news", "arms", "goods", "sales", "savings", "proceeds", "means", "series", "politics", "economics", "odds", "headquarters", "species", "thanks", "assets", "funds":
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && utf8.RuneCountInString(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
