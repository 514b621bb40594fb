package entity

import (
	"bytes"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/lexicon"
)

// A word is a run of letters and digits, with inner apostrophes and
// periods ("U.S.", "Ministers'", "China's"), as a byte range of the text.
type word struct {
	s, e int32
	cap  bool // starts with an upper-case letter or is a number-letter code (G20)
}

// A cand is a mention being built.
type cand struct {
	s, e  int
	typ   string
	entry lexicon.Entry // lexicon reading, Kind 0 if none
	prio  int8          // higher wins overlaps: 0 recogniser, 1 lexicon, 2 pattern
	place bool          // a capital used as a place, not as a government
	firm  bool          // the text before calls it a company ("shares in Elan")
}

func (c cand) known() bool { return c.entry.Kind != 0 }

// state is the per-document work of one Annotate call.
type state struct {
	a     *Annotator
	lex   *lexicon.Lexicon
	doc   *chronicle.Document
	text  string
	words []word
	cands []cand
	date  string
	// surnames are the one-word names of the document's people: the last
	// word of each full name and the lexicon's one-word aliases ("Xi").
	surnames map[string]bool
	given    map[string]bool // first words of the document's full names
	// lowerSeen caches whether a word occurs in lower case; nil until needed
	lowerSeen map[string]bool
	// blocks index words by offset (see indexBlocks); nil until needed
	blocks []int32
	// maxWords caches maxFrom: for word x, [2x] as written and [2x+1]
	// without a possessive, -1 until asked; nil until needed
	maxWords []int16
	// runs are the text's maximal runs of word bytes; nil until needed
	runs map[string]bool
	// newlines are the offsets of the line breaks of text; nil until needed
	newlines []int
	// credit are the byline and credit zones by start, creditEnd[i] the
	// largest end among credit[:i+1]; nil until needed
	credit    []chronicle.Zone
	creditEnd []int
	// countries counts the candidates the lexicon places in each country,
	// the evidence for a name that organisations of several countries
	// share ("Treasury"); nil until resolveShared.
	countries map[string]int
	// personCands counts the candidates the lexicon reads as each person,
	// among those counted in countries; nil until resolveShared.
	personCands map[*lexicon.Person]int
	// shared holds the titles a plural title gives each of the names it
	// precedes ("Princes William and Harry"), by the name's start; nil
	// if none.
	shared map[int]title
}

// lineStart returns the offset of the line holding byte off (the byte
// after the last line break before off), by binary search.
func (st *state) lineStart(off int) int {
	k := st.newlineAt(off)
	if k == 0 {
		return 0
	}
	return st.newlines[k-1] + 1
}

// nextNewline returns the offset of the first line break at or after off,
// or -1.
func (st *state) nextNewline(off int) int {
	if k := st.newlineAt(off); k < len(st.newlines) {
		return st.newlines[k]
	}
	return -1
}

// newlineAt returns the index in st.newlines of the first line break at
// or after off.
func (st *state) newlineAt(off int) int {
	if st.newlines == nil {
		st.newlines = make([]int, 0, strings.Count(st.text, "\n"))
		for i := 0; i < len(st.text); i++ {
			if st.text[i] == '\n' {
				st.newlines = append(st.newlines, i)
			}
		}
	}
	k, _ := slices.BinarySearch(st.newlines, off)
	return k
}

// newState returns the state of doc, whose words and candidates grow the
// arrays of sc: valid until sc is used again.
func newState(a *Annotator, doc *chronicle.Document, sc *scratch) *state {
	st := &state{a: a, lex: a.lex, doc: doc, text: doc.Text, date: doc.Meta.Published.Value}
	if cap(sc.words) < len(doc.Text)/6 {
		sc.words = make([]word, 0, len(doc.Text)/6)
	}
	st.words = appendWords(sc.words[:0], doc.Text)
	clear(sc.cands[:cap(sc.cands)]) // no lexicon entries of earlier documents held
	st.cands = sc.cands[:0]
	return st
}

// scratch holds the arrays of a state, reused from document to document
// so that a document costs no new arrays of its length.
type scratch struct {
	words []word
	cands []cand
}

// keep stores in sc the arrays st grew, for the next document.
func (st *state) keep(sc *scratch) {
	sc.words = st.words[:0]
	if cap(st.cands) > cap(sc.cands) {
		sc.cands = st.cands[:0]
	}
}

// splitWords returns the words of text in order.
func splitWords(text string) []word {
	return appendWords(make([]word, 0, len(text)/6), text)
}

// appendWords appends the words of text to ws in order.
func appendWords(ws []word, text string) []word {
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && !isASCIIWord(c) {
			i++ // most of the bytes between words
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		s := i
		i += n
		for i < len(text) {
			if isASCIIWord(text[i]) {
				i++ // most of the bytes of a word
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '.' || r == '\'' || r == '’' || r == ',' {
				next, _ := utf8.DecodeRuneInString(text[i+n:])
				digits := r != '\'' && r != '’' && unicode.IsDigit(next) && text[i-1] >= '0' && text[i-1] <= '9'
				if i+n < len(text) && ((r != ',' && unicode.IsLetter(next)) || digits) {
					i += n
					continue
				}
				// A final period of an abbreviation with inner periods (U.S.).
				if r == '.' && strings.Contains(text[s:i], ".") {
					i += n
				}
				// A plural possessive apostrophe (Ministers').
				if (r == '\'' || r == '’') && text[i-1] == 's' {
					i += n
				}
			}
			break
		}
		first, _ := utf8.DecodeRuneInString(text[s:])
		ws = append(ws, word{s: int32(s), e: int32(i), cap: unicode.IsUpper(first)})
	}
	return ws
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isASCIIWord reports whether c is an ASCII letter or digit.
func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// wordsIn returns the index range [i, j) of the words overlapping [s, e).
func (st *state) wordsIn(s, e int) (int, int) {
	// The first word ending after s: from the first one ending after the
	// start of s's block, a few steps on.
	if st.blocks == nil {
		st.indexBlocks()
	}
	i := 0
	if s >= 0 {
		i = int(st.blocks[min(s>>wordBlockBits, len(st.blocks)-1)])
	}
	for i < len(st.words) && st.wordE(i) <= s {
		i++
	}
	// The first word starting at or after e: a few steps on for a name,
	// by binary search past them (a line, a sentence).
	j := i
	for j < len(st.words) && st.wordS(j) < e {
		if j++; j-i == 8 {
			for hi := len(st.words); j < hi; {
				if m := int(uint(j+hi) >> 1); st.wordS(m) >= e {
					hi = m
				} else {
					j = m + 1
				}
			}
			break
		}
	}
	return i, j
}

// wordBlockBits sets the size of the blocks of text state.blocks indexes:
// 64 bytes, about ten words.
const wordBlockBits = 6

// indexBlocks makes st.blocks: for each block of wordBlockBits bytes of
// the text, the index of the first word ending after its start.
func (st *state) indexBlocks() {
	st.blocks = make([]int32, len(st.text)>>wordBlockBits+1)
	i := 0
	for b := range st.blocks {
		for i < len(st.words) && st.wordE(i) <= b<<wordBlockBits {
			i++
		}
		st.blocks[b] = int32(i)
	}
}

func (st *state) wtext(i int) string { return st.text[st.words[i].s:st.words[i].e] }

// wordS and wordE return the start and end of word i.
func (st *state) wordS(i int) int { return int(st.words[i].s) }
func (st *state) wordE(i int) int { return int(st.words[i].e) }

// nameEnd returns the end of word i without a possessive ending.
func (st *state) nameEnd(i int) int { return st.wordS(i) + len(st.name(i)) }

// name returns the text of word i without a possessive ending
// ("Butler's" → "Butler").
func (st *state) name(i int) string {
	w := st.wtext(i)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// joined reports whether words i and i+1 are separated by one space or a
// hyphen only.
func (st *state) joined(i int) bool {
	if i+1 >= len(st.words) {
		return false
	}
	sep := st.text[st.wordE(i):st.wordS(i+1)]
	return sep == " " || sep == "-"
}

// fixMentions turns doc.Mentions into corrected, completed, renumbered mentions.
func (st *state) fixMentions() {
	// Room for the recogniser's mentions, their splits and the scans'
	// finds, so that the candidates (large) rarely grow.
	st.cands = make([]cand, 0, 2*len(st.doc.Mentions)+8)
	for _, m := range st.doc.Mentions {
		if m.Start < 0 || m.End > len(st.text) || m.Start >= m.End {
			continue
		}
		st.addSplit(m.Start, m.End, m.Type)
	}
	if !st.a.opts.KeepCredits {
		st.dropCredits()
	}
	st.distributeTitles()
	st.stripTitles()
	st.cutPlurals()
	st.mergeAdjacent()
	st.joinAmpersands()
	st.joinListNames()
	st.extendOrgs()
	st.peerages()
	st.typeByLexicon()
	st.collectSurnames()
	st.trimLeadWords()
	st.dropHeadlineJunk()
	st.dropCommonWords()
	st.scanRuns()
	st.scanLaws()
	if !st.a.opts.KeepCredits {
		st.dropCredits() // again: the scan may have found names in credits
	}
	st.resolveOverlaps()
	st.resolveShared()
	ms := make([]chronicle.Mention, len(st.cands))
	for i, c := range st.cands {
		ms[i] = chronicle.Mention{ID: "m" + strconv.Itoa(i+1), Start: c.s, End: c.e, Text: st.text[c.s:c.e], Type: c.typ}
	}
	st.doc.Mentions = ms
}

// addSplit adds [s, e) as candidates, cut at line breaks and at words no
// name contains ("Mr. Obama at Harvard Law School" → "Mr. Obama",
// "Harvard Law School"; "Mr. Obama and Mr. Xi" → two), and trimmed.
func (st *state) addSplit(s, e int, typ string) {
	owned := false // the part follows an organisation's possessive
	for s < e {
		end, next := st.nextCut(s, e)
		t := typ
		if owned {
			// "BBC's Paul Reynolds": a person the organisation's name
			// was taken with
			if i, j := st.wordsIn(s, end); st.personName(i, j) {
				t = "PERSON"
			}
		}
		st.addWords(s, end, t)
		owned = end < len(st.text) && (st.text[end] == '\'' || strings.HasPrefix(st.text[end:], "’"))
		s = next
	}
}

// nameSuffixes may follow a comma inside a name ("Apple, Inc.").
var nameSuffixes = map[string]bool{"inc": true, "ltd": true, "llc": true, "jr": true, "sr": true,
	"dc": true, "plc": true, "co": true}

// nextCut returns the end of the part of [s, e) that starts at s and the
// start of the next part: names never cross a line break, a "|", a double
// quotation mark ("Morning Joe” on Friday") or a comma ("Kuala Lumpur,
// Malaysia"), except a comma before a suffix ("Apple, Inc.").
func (st *state) nextCut(s, e int) (int, int) {
	for k := s; k < e; {
		r, n := utf8.DecodeRuneInString(st.text[k:])
		switch r {
		case '\n', '\r', '|', '"', '“', '”', '«', '»':
			return k, k + n
		case '\'', '’':
			// "BBC's Talking Point", "BBC Two's The Catherine Tate Show":
			// what an organisation owns is not part of its name.
			p := k + n
			if strings.HasPrefix(st.text[p:e], "s") {
				p++
			}
			if p < e && st.text[p] == ' ' && k > s && st.orgOwner(s, k) {
				return k, p
			}
		case ',':
			rest := strings.TrimLeft(st.text[k+1:e], " ")
			w := rest
			if x := strings.IndexAny(w, " ,"); x >= 0 {
				w = w[:x]
			}
			if !inLower(nameSuffixes, strings.ReplaceAll(w, ".", "")) {
				return k, k + n
			}
		}
		k += n
	}
	return e, e
}

// orgOwner reports whether [s, e), before a possessive, is an
// organisation the lexicon knows, or such an organisation and up to two
// unit words ("BBC", "BBC Two", "BBC Films"): the owner of what follows,
// not the start of a longer name.
func (st *state) orgOwner(s, e int) bool {
	i, j := st.wordsIn(s, e)
	if j-i < 1 || j-i > 3 {
		return false
	}
	n, en := st.lexiconAt(i, j)
	if n == 0 || en.Kind != lexicon.KindOrg || st.lex.Ambiguous(st.text[st.wordS(i):st.wordE(i+n-1)]) {
		return false
	}
	for x := i + n; x < j; x++ {
		if w := st.name(x); !allDigits(w) && !inLower(unitWords, w) {
			return false
		}
	}
	return true
}

func (st *state) addWords(s, e int, typ string) {
	i, j := st.wordsIn(s, e)
	from := s
	for x := i; x < j; x++ {
		w := st.wtext(x)
		split := !st.words[x].cap && !connectors[w] && !lexicon.NameParticle(w) && !allDigits(w) && !ordinal(w) &&
			!st.hyphenated(x) && !(w == "a" && x > i && connectors[st.wtext(x-1)])
		if w == "and" && x+1 < j && (isHonorific(st.wtext(x+1)) || st.wtext(x+1) == "the" || st.twoKnown(from, x, e)) {
			split = true // "Mr. Obama and Mr. Xi", "Arizona Republic and the Cincinnati Enquirer", "FBI and Justice Department"
		}
		if x == i && allLower(w) && !connectors[w] && !lexicon.NameParticle(w) && !strings.HasPrefix(st.text[st.wordE(x):], "-") {
			// A name does not open with a lower-case word: the recogniser
			// took one in ("forming Bad Company", "while Britain").
			from = st.wordE(x)
			continue
		}
		if !split || x == i {
			continue
		}
		st.addPart(from, st.wordS(x), typ)
		from = st.wordE(x)
	}
	st.addPart(from, e, typ)
}

// addPart adds [s, e), trimmed, as a candidate of type typ, unless
// nothing or only a number is left ("in 1943" taken for a name).
func (st *state) addPart(s, e int, typ string) {
	if ts, te := st.trim(s, e); ts < te && !allDigits(st.text[ts:te]) {
		st.cands = append(st.cands, cand{s: ts, e: te, typ: typ})
	}
}

// twoKnown reports whether the "and" at word x of [s, e) joins two names
// the lexicon knows ("Conservatives and Lib Dems", "FBI and Justice
// Department") rather than being part of one ("Bosnia and Herzegovina").
func (st *state) twoKnown(s, x, e int) bool {
	i, _ := st.wordsIn(s, e)
	if i >= x || len(st.lex.Lookup(st.text[st.wordS(i):st.nameEnd(x-1)])) == 0 {
		return false
	}
	_, j := st.wordsIn(s, e)
	if n, _ := st.lexiconAt(x+1, j); n == 0 && !st.orgNamed(st.wordS(x+1), e) {
		return false
	}
	return len(st.lex.Lookup(st.text[st.wordS(i):e])) == 0
}

// sentenceStart reports whether word i begins a line, a sentence or a
// quotation.
func (st *state) sentenceStart(i int) bool {
	k := st.wordS(i)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(st.text[:k])
		switch r {
		case '"', '“', '‘', '\'':
			return true // a quotation begins ("say, ''Poor Mexico, …")
		case ' ', '\t', '(', '[':
			k -= n
			continue
		case '\n', '.', '!', '?', ':', ';':
			return true
		}
		return false
	}
	return true
}

// leadWords begin sentences without being names.
var leadWords = map[string]bool{"Across": true, "Among": true, "Amid": true, "Despite": true, "Inside": true,
	"Outside": true, "Throughout": true, "Without": true, "Within": true, "Unlike": true, "Like": true,
	"Along": true, "Behind": true, "Beyond": true, "Between": true, "Through": true, "Upon": true,
	"Until": true, "Against": true, "Above": true, "Below": true, "Near": true, "Toward": true,
	"Towards": true, "Several": true, "Most": true, "Few": true, "Every": true, "Each": true, "All": true,
	"Other": true, "Only": true, "Even": true, "Also": true, "Then": true, "Now": true, "Once": true,
	"Although": true, "Because": true, "Unless": true, "Whether": true, "Instead": true, "Thus": true,
	"Still": true, "Perhaps": true, "Including": true, "Nearly": true, "Poor": true, "Dear": true,
	"Not": true, "No": true, "Did": true, "Does": true, "Do": true, "Will": true, "Would": true,
	"Can": true, "Could": true, "Should": true, "Is": true, "Was": true, "Are": true, "Were": true}

// leadWord reports whether word i, at the start of a sentence, is not part
// of the name in words [i, j): a function word, or a verb in -ing before a
// name the lexicon knows ("Injecting Clinton").
func (st *state) leadWord(i, j int) bool {
	w := st.wtext(i)
	if leadWords[w] || (stopwords[w] && !inLower(honorifics, w) && w != "Former") {
		return true
	}
	if len(w) >= 6 && strings.HasSuffix(w, "ing") && len(st.lex.Lookup(w)) == 0 {
		rest := st.text[st.wordS(i+1):st.nameEnd(j-1)]
		return len(st.lex.Lookup(rest)) > 0 || len(st.lex.BySurname(rest)) > 0
	}
	return false
}

// ordinal reports whether w is a number with an ordinal ending ("23rd").
func ordinal(w string) bool {
	n := len(w) - 2
	if n < 1 || !allDigits(w[:n]) {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// hyphenated reports whether word x is joined by hyphens to the words on
// both sides ("Commander-in-Chief", "Eid-al-Adha").
func (st *state) hyphenated(x int) bool {
	return x > 0 && x+1 < len(st.words) && st.text[st.wordE(x-1):st.wordS(x)] == "-" &&
		st.text[st.wordE(x):st.wordS(x+1)] == "-"
}

// trim narrows [s, e) to start and end on a word: no surrounding spaces or
// punctuation, no leading "the", no possessive "'s".
func (st *state) trim(s, e int) (int, int) {
	i, j := st.wordsIn(s, e)
	if i >= j {
		return s, s
	}
	for j-i > 1 && (connectors[st.wtext(i)] || st.wtext(i) == "The" || st.wtext(i) == "a" || st.wtext(i) == "an" || st.wtext(i) == "or") {
		i++
	}
	// A capitalised word that starts a sentence without being part of
	// the name: "Across Wales", "Many Mexicans", "Injecting Clinton".
	for j-i > 1 && st.sentenceStart(i) && st.leadWord(i, j) {
		i++
	}
	// A name ends in a capitalised word or a number ("Rubio said" → "Rubio",
	// "Guidant for $25.4bn" → "Guidant").
	for j-i > 1 && !st.words[j-1].cap && !allDigits(st.wtext(j-1)) {
		j--
	}
	s, e = max(s, st.wordS(i)), min(e, st.wordE(j-1))
	t := st.text[s:e]
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			e -= len(suf)
		}
	}
	return s, e
}

// creditCues end the text before a credited name on its line ("Photo: AP").
// allLower reports whether w is made of lower-case letters only.
func allLower(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

var creditCues = []string{"photo", "photos", "photo by", "photograph", "image", "images", "credit", "credits",
	"source", "picture", "pictures", "video", "(according to", "courtesy", "courtesy of", "file photo"}

var nonNames = map[string]bool{
	"photo": true, "photos": true, "image": true, "images": true, "video": true, "file": true, "credit": true,
	"source": true, "caption": true, "getty images": true, "white paper": true, "green paper": true,
	"id": true, "tv": true, "gdp": true, "dna": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// dropCredits removes candidates in bylines and credit zones, after a
// credit cue ("Photo: AP"), and words that are never names.
func (st *state) dropCredits() {
	out := st.cands[:0]
	for _, c := range st.cands {
		if st.notName(c) || st.inCreditZone(c) || st.afterCreditCue(c.s) || st.isAuthor(c) {
			continue
		}
		out = append(out, c)
	}
	st.cands = out
}

// isAuthor reports whether c names one of the document's authors on a
// short line of its own, a byline the preparer did not mark as a zone.
func (st *state) isAuthor(c cand) bool {
	if len(st.doc.Meta.Authors) == 0 {
		return false
	}
	ls := st.lineStart(c.s)
	le := len(st.text) - c.e
	if n := st.nextNewline(c.e); n >= 0 {
		le = n - c.e
	}
	if c.e+le-ls > 120 {
		return false
	}
	n := lexicon.Normalize(st.text[c.s:c.e])
	for _, a := range st.doc.Meta.Authors {
		if lexicon.Normalize(a) == n {
			return true
		}
	}
	return false
}

// notName reports whether c is a word that never names anything alone
// ("Photo", "Thursday", "Department").
func (st *state) notName(c cand) bool {
	var buf [64]byte
	n := lexicon.AppendNormal(buf[:0], st.text[c.s:c.e])
	if len(n) == 1 && !c.known() {
		return true // a lone letter ("A" of "A-levels")
	}
	if rest := st.text[c.e:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		rest = rest[strings.IndexByte(rest, ' ')+1:]
		if strings.HasPrefix(rest, "disease") || strings.HasPrefix(rest, "syndrome") {
			return true // "Alzheimer's disease" names an illness
		}
	}
	return nonNames[string(n)] || (c.typ == "PERSON" && (orgHeads[string(n)] || eventHeads[string(n)]))
}

func (st *state) inCreditZone(c cand) bool {
	if st.creditEnd == nil {
		st.credit = []chronicle.Zone{}
		for _, z := range st.doc.Zones {
			if z.Kind == chronicle.ZoneByline || z.Kind == chronicle.ZoneCredit {
				st.credit = append(st.credit, z)
			}
		}
		slices.SortFunc(st.credit, func(a, b chronicle.Zone) int { return a.Start - b.Start })
		st.creditEnd = make([]int, len(st.credit))
		hi := 0
		for i, z := range st.credit {
			hi = max(hi, z.End)
			st.creditEnd[i] = hi
		}
	}
	// Some zone starting by c.s ends at or after c.e.
	k, _ := slices.BinarySearchFunc(st.credit, c.s+1, func(z chronicle.Zone, b int) int { return z.Start - b })
	return k > 0 && st.creditEnd[k-1] >= c.e
}

// afterCreditCue reports whether the text before off on its line ends with
// a credit cue, possibly followed by another credit ("Photo: AP/Reuters").
func (st *state) afterCreditCue(off int) bool {
	ls := st.lineStart(off)
	b := strings.TrimRight(st.text[max(ls, off-60):off], " ")
	if n := len(b); n > 0 && strings.IndexByte("/,&;", b[n-1]) >= 0 {
		b = strings.TrimRight(b[:n-1], " ")
		k := strings.LastIndexAny(b, ": ")
		if k < 0 {
			return false
		}
		b = b[:k+1]
	}
	b = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(b, " "), ":"), " ")
	return endsWithCue(b)
}

// endsWithCue reports whether b ends with a credit cue as a word. Every
// cue ends in one of the letters of creditCueEnds: b must too (in either
// case; a rune of more than one byte cannot match an ASCII letter in the
// same number of bytes).
func endsWithCue(b string) bool {
	if b == "" || !strings.ContainsRune(creditCueEnds, rune(b[len(b)-1]|0x20)) {
		return false
	}
	for _, cue := range creditCues {
		if len(b) >= len(cue) && strings.EqualFold(b[len(b)-len(cue):], cue) &&
			(len(b) == len(cue) || !isWordByte(b[len(b)-len(cue)-1])) {
			return true
		}
	}
	return false
}

// creditCueEnds holds the last letter of each of creditCues.
const creditCueEnds = "efhosty"

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// modifiers are words that may stand between a country qualifier and a
// title ("US Commerce Secretary", "Chinese Deputy Foreign Minister").
var modifiers = map[string]bool{
	"commerce": true, "trade": true, "finance": true, "defence": true, "defense": true, "treasury": true,
	"interior": true, "energy": true, "health": true, "justice": true, "home": true, "foreign": true,
	"state": true, "agriculture": true, "labor": true, "labour": true, "education": true, "transport": true,
	"transportation": true, "economy": true, "economic": true, "industry": true, "homeland": true,
	"security": true, "deputy": true, "vice": true, "acting": true, "senior": true, "chief": true,
	"top": true, "first": true, "assistant": true, "special": true, "prime": true, "national": true,
	"army": true, "navy": true, "military": true, "ministry": true, "white": true, "house": true,
	"senate": true, "republican": true, "democratic": true, "democrat": true, "communist": true,
	"party": true, "executive": true, "cabinet": true, "environment": true, "culture": true,
	"science": true, "technology": true, "intelligence": true, "war": true, "affairs": true,
	"external": true, "international": true, "development": true, "interim": true, "outgoing": true,
	"incoming": true, "new": true, "then": true, "u.s.": true, "us": true, "city": true, "county": true,
	"district": true, "federal": true, "regional": true, "provincial": true, "shadow": true,
}

// honorifics precede names without being titles ("Mr Ebbers").
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "prof": true, "rev": true, "madam": true}

// connectors may join the words of a title or a name ("Secretary of State").
var connectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true}

// titleWordKind says what a word can be in front of a name: 1 a title
// word, 2 a modifier, 3 a connector, 0 none of these.
func (st *state) titleWordKind(w string) int {
	if initialsOnly(w) {
		return 0 // "D.J. Bettencourt" is no disc jockey
	}
	var buf [64]byte
	n := bytes.TrimSuffix(lexicon.AppendNormal(buf[:0], w), []byte("'s"))
	switch {
	case connectors[string(n)]:
		return 3
	case honorifics[string(n)] || st.lex.IsTitleWord(string(n)):
		return 1
	case modifiers[string(n)]:
		return 2
	}
	return 0
}

// ofTitle returns the word of a title that names its seat after "of" and
// ends at word x ("Archbishop of Canterbury", "Bishop of Durham",
// "Governor of the Bank of England"), or -1: up to five capitalised words,
// "the", "of" or "and" between them, after an "of" that follows a title
// word, all spaced as one phrase.
func (st *state) ofTitle(x int) int {
	if x < 2 || x >= len(st.words) || !st.words[x].cap || st.titleWordKind(st.wtext(x)) != 0 {
		return -1
	}
	for y := x - 1; y >= 1 && x-y <= 5; y-- {
		if st.text[st.wordE(y):st.wordS(y+1)] != " " {
			return -1
		}
		switch w := st.wtext(y); {
		case w == "of" && st.text[st.wordE(y-1):st.wordS(y)] == " " && st.titleWordKind(st.wtext(y-1)) == 1 &&
			!isHonorific(st.wtext(y-1)):
			return y - 1
		case w == "of" || w == "the" || w == "and" || st.words[y].cap && st.titleWordKind(w) == 0:
		default:
			return -1
		}
	}
	return -1
}

// nameAfterSeat returns the first word of a person's name that ends
// words [i, j) right after the seat of a title, a place or body the
// lexicon knows ("London Ken Livingstone" after "Mayor of"), or -1.
func (st *state) nameAfterSeat(i, j int) int {
	for y := i + 1; y < j; y++ {
		if st.ofTitle(y-1) >= 0 && st.personName(y, j) {
			if n, _ := st.lexiconAt(i, y); n == y-i {
				return y
			}
			return -1
		}
	}
	return -1
}

// countryAt returns the number of words from word i that name a country
// or its adjective (longest match, up to 4 words, possessive allowed), and
// the entry.
func (st *state) countryAt(i, j int) (int, lexicon.Entry) {
	for n := min(4, j-i, st.maxNameWords(i)); n > 0; n-- {
		if n > 1 && !st.joined(i+n-2) {
			continue
		}
		t := st.text[st.wordS(i):st.wordE(i+n-1)]
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		for _, e := range st.lex.Lookup(t) {
			if (e.Kind == lexicon.KindCountry || e.Kind == lexicon.KindDemonym) && !st.lex.Ambiguous(t) {
				return n, e
			}
		}
	}
	return 0, lexicon.Entry{}
}

// maxNameWords bounds the words of a lexicon name that starts at word i
// (joined by spaces or hyphens; a possessive cut off a one-word name):
// a name's lookup key begins with that of its first word, so the bound
// is MaxWordsFrom of the word. A first word that may be "the" has no
// bound: lookup keys drop a leading "the".
func (st *state) maxNameWords(i int) int {
	w := st.wtext(i)
	if c := w[0]; c >= utf8.RuneSelf || c == 't' || c == 'T' {
		return math.MaxInt
	}
	n := st.maxFrom(i, false)
	if n == 0 {
		if t := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); t != w && st.lex.MaxWordsFrom(t) > 0 {
			return 1 // "Britain's"
		}
	}
	return n
}

// maxFrom returns the lexicon's MaxWordsFrom of word x as written, or
// (name) without its possessive ending, computed once per word: the
// passes ask about the same words again and again.
func (st *state) maxFrom(x int, name bool) int {
	if st.maxWords == nil {
		st.maxWords = make([]int16, 2*len(st.words))
		for k := range st.maxWords {
			st.maxWords[k] = -1
		}
	}
	k := 2 * x
	if name {
		k++
	}
	if n := st.maxWords[k]; n >= 0 {
		return int(n)
	}
	w := st.wtext(x)
	if name {
		if nw := st.name(x); nw != w {
			w = nw
		} else {
			name = false // the same key as written
			k--
		}
	}
	if n := st.maxWords[k]; n >= 0 {
		st.maxWords[2*x+1] = n
		return int(n)
	}
	n := int16(min(st.lex.MaxWordsFrom(w), math.MaxInt16))
	st.maxWords[k] = n
	if !name && st.name(x) == w {
		st.maxWords[2*x+1] = n
	}
	return int(n)
}

// stripTitles cuts country qualifiers and titles off the front of
// candidates ("US Secretary of State Marco Rubio" → GPE "US", PERSON
// "Marco Rubio"). A candidate that is only a qualifier and a title ("US
// Secretary" tagged ORG) keeps only its qualifier.
func (st *state) stripTitles() {
	var added []cand
	out := st.cands[:0]
	for _, c := range st.cands {
		i, j := st.wordsIn(c.s, c.e)
		if j-i < 1 || c.typ == "EVENT" {
			out = append(out, c)
			continue
		}
		// A party word before a person's name, or before a title and a
		// name, is a NORP of its own ("Republican Donald Trump", "Democrat
		// Hillary Clinton", "Tory MP Jonathan Sayeed").
		if j-i >= 3 && inLower(partyWords, st.wtext(i)) && st.joined(i) && st.words[i+1].cap &&
			(c.typ == "PERSON" || len(st.lex.People(st.text[st.wordS(i+1):c.e])) > 0 ||
				st.isTitle(st.wtext(i+1)) && st.words[i+2].cap && st.titleWordKind(st.wtext(i+2)) == 0) {
			added = append(added, cand{s: st.wordS(i), e: st.wordE(i), typ: "NORP"})
			c.s, c.typ = st.wordS(i+1), "PERSON"
			i++
		}
		// A title before an honorific and a name, taken whole for a body
		// ("New Metropolitan Police Commissioner Sir Ian Blair" as ORG): the
		// name after the honorific is a person, whom the title describes.
		// A seat run into the name after it ("Mayor of" + "London Ken
		// Livingstone", "Governor of the" + "Bank of England Mervyn King"):
		// the name is a person, whose title the seat ends.
		if i > 0 && !st.hasHonorific(i, j) {
			if y := st.nameAfterSeat(i, j); y > i {
				if t := st.ofTitle(y - 1); t >= 0 && t < i {
					c.s, c.typ = st.wordS(y), "PERSON"
					out = append(out, c)
					continue
				}
			}
		}
		// So is a title with its seat ("Archbishop of Canterbury Dr Rowan
		// Williams"), in any candidate.
		if h := st.honorificName(i, j); h > i &&
			(c.typ != "PERSON" && st.titleWordKind(st.wtext(h-1)) == 1 || st.ofTitle(h-1) >= 0) {
			if t := st.ofTitle(h - 1); t >= 0 {
				// the style is a mention of the person too
				added = append(added, cand{s: st.wordS(t), e: st.wordE(h - 1), typ: "PERSON"})
			}
			c.s, c.typ = st.wordS(h+1), "PERSON"
			out = append(out, c)
			continue
		}
		q, qe := st.countryAt(i, j)
		field, named := false, false
		if q == 0 {
			// "BBC Mr Howard", "BBC Political Correspondent James Hardy":
			// a known organisation before a title; "the BBC Michael
			// Howard …": before a person's name.
			if n, en := st.lexiconAt(i, j); n > 0 && n < j-i && en.Kind == lexicon.KindOrg {
				switch {
				case st.titleAt(i+n, j):
					q, qe = n, en
				case i+n+2 < j && st.titleWordKind(st.wtext(i+n)) == 0 && st.titleAt(i+n+1, j):
					q, qe, field = n, en, true
				case st.personName(i+n, j):
					q, qe, named = n, en, true
				}
			}
		}
		// A body the lexicon does not know before a title and a person's
		// name, taken whole ("Virgin Radio DJ Pete Mitchell" as ORG): the
		// name is a person, whom the title describes, the words before
		// the title the body; before an office of state they are its
		// portfolio ("Armed Forces Minister Adam Ingram"), and a people
		// or a party alone is no body ("European Commissioner Peter
		// Mandelson", "Green MEP Caroline Lucas").
		if q == 0 && c.typ != "PERSON" {
			if y := st.titleBeforeName(i, j); y > i {
				t, _ := st.lex.Title(st.wtext(y))
				if body := st.text[st.wordS(i):st.wordE(y-1)]; !stateSectors[t.Sector] && !(y-i == 1 && inLower(partyWords, body)) && !st.place(st.wordS(i), st.wordE(y-1)) {
					added = append(added, cand{s: st.wordS(i), e: st.wordE(y - 1), typ: "ORG"})
				}
				c.s, c.typ = st.wordS(y+1), "PERSON"
				out = append(out, c)
				continue
			}
		}
		k := i + q
		cut := -1 // index of the first word after the last title word
		x := k
		if field {
			x++ // "Political" Correspondent
		}
		if named {
			cut = k
		}
		honorific := k+1 < j && isHonorific(st.wtext(k))
		if honorific {
			cut, x = k+1, k+1 // "Mr. King": after an honorific comes a name
			if _, ok := st.lex.Title(st.text[st.wordS(k):st.wordE(k+1)]); ok {
				if k+2 == j {
					continue // "a former Miss Universe" is a title, not a name
				}
				cut, x = k+2, k+2 // "Miss Universe Alicia Machado"
			}
		}
		for ; x < j && !honorific && !named; x++ {
			kind := st.titleWordKind(st.wtext(x))
			if kind == 0 {
				break
			}
			if kind == 1 {
				cut = x + 1
			}
		}
		// A title with its seat before a name ("Bishop of Durham Tom
		// Wright"): the name is the shortest person's name that ends the
		// candidate.
		if x < j && x-1 > k && st.wtext(x-1) == "of" && cut == x-1 {
			for y := x + 1; y < j; y++ {
				if st.ofTitle(y-1) >= 0 && st.personName(y, j) {
					cut, x = y, y
					break
				}
			}
		}
		if c.typ != "PERSON" && st.orgHead(k, j) {
			out = append(out, c) // "Chinese Foreign Ministry" is a body, not a title
			continue
		}
		if x == j && c.typ != "PERSON" {
			// Only a qualifier and title words: a title cut short before
			// the name ("US Secretary" of State Marco Rubio, "US Commerce"
			// Secretary Howard Lutnick) keeps its qualifier; a body named
			// like a title ("Scottish Executive") stays whole.
			if !st.beforeName(j, cut == j) {
				out = append(out, c)
				continue
			}
			cut = j
		}
		// Strip only a title right before a name ("Secretary Rubio").
		if cut < 0 || cut != x {
			out = append(out, c)
			continue
		}
		// Outside a person span, a lone title word may be part of a name
		// ("General Motors"): strip it only with a qualifier, an honorific,
		// a full name or a known person after it.
		if cut < j && c.typ != "PERSON" && q == 0 && j-cut < 2 && !st.hasHonorific(k, cut) &&
			len(st.lex.People(st.text[st.wordS(cut):c.e])) == 0 {
			out = append(out, c)
			continue
		}
		if q > 0 {
			added = append(added, st.entryCand(st.wordS(i), st.nameEnd(i+q-1), qe))
		}
		if cut < j && (c.typ == "PERSON" || c.typ == "MISC" || c.typ == "ORG" || c.typ == "LOC") {
			c.s = st.wordS(cut)
			c.typ = "PERSON"
			out = append(out, c)
		}
	}
	st.cands = append(out, added...)
}

// stateSectors are the sectors of offices of state, whose holders' titles
// name a portfolio or a seat before them, not a body.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true}

// titleBeforeName returns the word of words [i, j) that is a title word
// after one or more capitalised words that are none, and before a
// person's name of two words or more that ends at j ("Virgin Radio" +
// "DJ" + "Pete Mitchell"), all spaced as one phrase; else -1.
func (st *state) titleBeforeName(i, j int) int {
	for y := i + 1; y+2 < j; y++ {
		w := st.wtext(y)
		if st.text[st.wordE(y-1):st.wordS(y)] != " " || !st.words[y-1].cap || st.titleWordKind(st.wtext(y-1)) != 0 {
			return -1
		}
		if st.titleWordKind(w) == 1 && !isHonorific(w) && st.text[st.wordE(y):st.wordS(y+1)] == " " && st.personName(y+1, j) {
			return y
		}
	}
	return -1
}

// isTitle reports whether w is a title of its own ("MP", "Chairman") or an
// honorific ("Lord").
func (st *state) isTitle(w string) bool {
	_, ok := st.lex.Title(w)
	return ok || isHonorific(w)
}

// personName reports whether words [x, j) are a person's name: a person
// the lexicon knows, or two or three capitalised words the first of
// which is a listed given name ("Michael Howard").
func (st *state) personName(x, j int) bool {
	if j-x < 1 || j-x > 3 || !st.words[x].cap {
		return false
	}
	t := st.text[st.wordS(x):st.nameEnd(j-1)]
	if len(st.lex.People(t)) > 0 {
		return true
	}
	if j-x < 2 || !st.lex.GivenName(st.wtext(x)) || particle(st.wtext(x)) || len(st.lex.Lookup(t)) > 0 {
		return false // "Al Qaeda"
	}
	for y := x + 1; y < j; y++ {
		if !st.words[y].cap || st.titleWordKind(st.wtext(y)) != 0 || st.text[st.wordE(y-1):st.wordS(y)] != " " {
			return false // "Charlotte-Mecklenburg"
		}
	}
	last := st.name(j - 1)
	return !inLower(orgWords, last) && !inLower(geoWords, last) && !inLower(eventHeads, last) &&
		!inLower(streetWords, last) && !inLower(unitWords, last) // "Marine One"
}

// streetWords end the names of streets and buildings ("Victoria Street").
var streetWords = map[string]bool{"street": true, "road": true, "square": true, "avenue": true, "lane": true,
	"park": true, "hall": true, "station": true, "stadium": true, "bridge": true, "place": true,
	"gardens": true, "theatre": true, "arena": true, "tower": true, "palace": true, "castle": true, "abbey": true,
	"cathedral": true, "church": true, "hotel": true, "airport": true, "prison": true, "hospital": true}

// titleAt reports whether a title or an honorific begins at word x, before
// word j ("MP", "Under Secretary", "Mr").
func (st *state) titleAt(x, j int) bool {
	if isHonorific(st.wtext(x)) {
		return true
	}
	words := make([]string, 0, 4)
	for k := x; k < j && k < x+4; k++ {
		words = append(words, st.wtext(k))
	}
	_, _, ok := st.lex.TitlePrefix(words)
	return ok
}

// honorificName returns the index of an honorific among words i to j
// that is followed by capitalised words up to j ("… Sir Ian Blair"), or -1.
func (st *state) honorificName(i, j int) int {
	for h := j - 2; h >= i; h-- {
		if !st.words[h+1].cap {
			return -1
		}
		if isHonorific(st.wtext(h)) {
			return h
		}
	}
	return -1
}

func (st *state) hasHonorific(i, j int) bool {
	for x := i; x < j; x++ {
		if isHonorific(st.wtext(x)) {
			return true
		}
	}
	return false
}

// beforeName reports whether the words from y on continue a title up to
// a capitalised name; title says whether the words before y ended in a
// title word.
func (st *state) beforeName(y int, title bool) bool {
	for ; y < len(st.words) && y > 0 && st.text[st.wordE(y-1):st.wordS(y)] == " "; y++ {
		switch st.titleWordKind(st.wtext(y)) {
		case 0:
			return title && st.words[y].cap
		case 1:
			title = true
		case 2:
			title = false
		}
	}
	return false
}

// partyWords name a party's members before a person's name.
var partyWords = map[string]bool{"republican": true, "democrat": true, "democratic": true, "tory": true,
	"conservative": true, "labour": true, "socialist": true, "communist": true, "liberal": true}

// orgHeads end the name of a body ("Foreign Ministry", "State Department").
var orgHeads = map[string]bool{"ministry": true, "department": true, "embassy": true, "office": true,
	"agency": true, "commission": true, "council": true, "bureau": true, "administration": true,
	"government": true, "parliament": true, "court": true, "party": true, "army": true, "navy": true}

// opensBody reports whether word w, an adjective of a people or a faith,
// opens the name of organisation candidate c, which opens with a word for
// a kind of body: "Muslim" + "Association of Britain".
func (st *state) opensBody(w string, c cand) bool {
	i, j := st.wordsIn(c.s, c.e)
	if c.typ != "ORG" || i >= j || !inLower(orgHeads, st.wtext(i)) && !inLower(orgWords, st.wtext(i)) {
		return false
	}
	return inLower(groups, w) || nationality(w) || pick(st.lex.Lookup(w)).Kind == lexicon.KindDemonym
}

func (st *state) orgHead(i, j int) bool {
	for x := i; x < j; x++ {
		if inLower(orgHeads, st.wtext(x)) {
			return true
		}
	}
	return false
}

// entryCand builds a candidate typed by a lexicon entry.
func (st *state) entryCand(s, e int, en lexicon.Entry) cand {
	return cand{s: s, e: e, typ: entryType(en), prio: 1, entry: en}
}

func entryType(e lexicon.Entry) string {
	switch e.Kind {
	case lexicon.KindCity:
		if e.City.Country == "" {
			return "LOC" // a continent, sea or region of several countries
		}
		return "GPE"
	case lexicon.KindCountry, lexicon.KindCapital:
		return "GPE"
	case lexicon.KindDemonym:
		return "NORP"
	case lexicon.KindOrg:
		return e.Org.Type
	case lexicon.KindPerson:
		return "PERSON"
	}
	return ""
}

// pick chooses the reading of a name: an organisation or facility first
// (the Kremlin is the Kremlin), then a country, demonym, capital, city,
// person.
func pick(es []lexicon.Entry) lexicon.Entry {
	best := lexicon.Entry{}
	rank := func(k lexicon.Kind) int {
		switch k {
		case lexicon.KindOrg:
			return 6
		case lexicon.KindCountry:
			return 5
		case lexicon.KindDemonym:
			return 4
		case lexicon.KindCapital:
			return 3
		case lexicon.KindCity:
			return 2
		case lexicon.KindPerson:
			return 1
		}
		return 0
	}
	for _, e := range es {
		if rank(e.Kind) > rank(best.Kind) {
			best = e
		}
	}
	return best
}

// mergeAdjacent joins two candidates separated by one space when one is a
// person and neither is a known place or organisation ("Marco" LOC +
// "Rubio" PERSON), and extends a one-word name by a following or preceding
// capitalised word when together they are a known person.
func (st *state) mergeAdjacent() {
	slices.SortStableFunc(st.cands, func(a, b cand) int { return a.s - b.s })
	out := st.cands[:0]
	for _, c := range st.cands {
		if n := len(out); n > 0 {
			p := &out[n-1]
			pt := st.text[p.s:p.e]
			if st.text[p.e:c.s] == " " && (p.typ == "PERSON" || c.typ == "PERSON") &&
				p.typ != "GPE" && p.typ != "NORP" && c.typ != "GPE" && c.typ != "NORP" &&
				!inLower(partyWords, pt) && !inLower(groups, pt) && demonymMan(st.lex, pt).Kind == 0 &&
				!st.placeOrOrg(p.s, p.e) && !st.placeOrOrg(c.s, c.e) {
				p.e, p.typ = c.e, "PERSON"
				continue
			}
			if st.text[p.e:c.s] == " " && (p.typ == "NORP" || p.typ == "MISC") && st.oneWord(*p) && st.opensBody(pt, c) {
				p.e, p.typ, p.entry = c.e, "ORG", c.entry // "Brazilian" + "Institute for Geography and Statistics"
				continue
			}
		}
		out = append(out, c)
	}
	st.cands = out
	// The loop below only lengthens candidates, and takes a word before
	// one only when no candidate overlaps it, so they stay sorted by
	// start; covered then looks only at those that start within the
	// longest candidate's length of [s, e). sorted is cleared, and covered
	// scans them all, should a change ever break the order.
	sorted, maxLen := true, 0
	for _, c := range st.cands {
		maxLen = max(maxLen, c.e-c.s)
	}
	covered := func(s, e int) bool {
		k := 0
		if sorted {
			k = sort.Search(len(st.cands), func(i int) bool { return st.cands[i].s > s-maxLen })
		}
		for ; k < len(st.cands); k++ {
			c := st.cands[k]
			if sorted && c.s >= e {
				break
			}
			if c.s < e && s < c.e {
				return true
			}
		}
		return false
	}
	for k := range st.cands {
		c := &st.cands[k]
		st.extendName(c, covered)
		maxLen = max(maxLen, c.e-c.s)
		if k > 0 && st.cands[k-1].s > c.s {
			sorted = false
		}
	}
}

// extendName lengthens candidate c by a roman numeral, a particle and
// name, or a word that makes it a known person or organisation (a title
// word before a word: "General Electric"), where covered reports no
// candidate on the words it takes.
func (st *state) extendName(c *cand, covered func(s, e int) bool) {
	i, j := st.wordsIn(c.s, c.e)
	// "World War" + "II", "Elizabeth" + "II": a roman numeral ends a name.
	if j < len(st.words) && st.joined(j-1) && st.text[st.wordE(j-1):st.wordS(j)] == " " &&
		roman(st.wtext(j), st.wtext(j-1)) && !covered(st.wordS(j), st.wordE(j)) {
		c.e = st.wordE(j)
		return
	}
	// "Muslim" + "Association of Britain", "Brazilian" + "Institute for
	// Geography and Statistics": an adjective of a people or a faith
	// opens the name of a body that opens with a word for one.
	// (mergeAdjacent joins the two when the adjective is a candidate.)
	if i > 0 && st.words[i-1].cap && st.text[st.wordE(i-1):c.s] == " " && st.opensBody(st.wtext(i-1), *c) && !covered(st.wordS(i-1), st.wordE(i-1)) {
		c.s = st.wordS(i - 1)
		return
	}
	// "Osama" + "bin Laden": lower-case particles and a capitalised
	// word after a name continue it.
	y := j
	for y < len(st.words) && lexicon.NameParticle(st.wtext(y)) && st.joined(y-1) {
		y++
	}
	if y > j && y < len(st.words) && st.words[y].cap && st.joined(y-1) && !covered(st.wordS(j), st.wordE(y)) {
		c.e, c.typ = st.nameEnd(y), "PERSON"
		return
	}
	// "Mary" + "J. Blige": a person's name opening with a middle initial
	// takes the given name before it that the recogniser left out.
	if c.typ == "PERSON" && j-i >= 2 && initial(st.wtext(i)) && i > 0 && st.words[i-1].cap &&
		st.text[st.wordE(i-1):c.s] == " " && st.lex.GivenName(st.wtext(i-1)) && !covered(st.wordS(i-1), st.wordE(i-1)) {
		c.s = st.wordS(i - 1)
		return
	}
	if j-i != 1 {
		// "General" + "Motors Acceptance Corp": a title word that begins a
		// known organisation with the name's first words is part of it
		// (and no general is named "Motors").
		if i > 0 && st.words[i-1].cap && st.text[st.wordE(i-1):c.s] == " " && !covered(st.wordS(i-1), st.wordE(i-1)) && st.isTitle(st.wtext(i-1)) {
			if n, en := st.lexiconAt(i-1, j); n >= 2 && en.Kind == lexicon.KindOrg {
				c.s, c.typ = st.wordS(i-1), "ORG"
			}
		}
		return
	}
	if j < len(st.words) && st.words[j].cap && st.text[c.e:st.wordS(j)] == " " && !covered(st.wordS(j), st.wordE(j)) {
		if len(st.lex.People(st.text[c.s:st.wordE(j)])) > 0 {
			c.e, c.typ = st.wordE(j), "PERSON"
			return
		}
	}
	if i > 0 && st.words[i-1].cap && !stopwords[st.wtext(i-1)] && st.text[st.wordE(i-1):c.s] == " " && !covered(st.wordS(i-1), st.wordE(i-1)) {
		if len(st.lex.People(st.text[st.wordS(i-1):c.e])) > 0 {
			c.s, c.typ = st.wordS(i-1), "PERSON"
		} else if n, en := st.lexiconAt(i-1, j); n == j-i+1 && en.Kind == lexicon.KindOrg && st.isTitle(st.wtext(i-1)) {
			c.s, c.typ = st.wordS(i-1), "ORG" // "General" + "Electric": a company, not a general
		}
	}
}

// extendOrgs completes organisation names the recogniser cut short at a
// connector: "Commission" + "on Presidential Debates", "Peterson
// Institute" + "for International Economics", "Committee for a
// Responsible" + "Federal Budget", "Public and" + "Commercial Services
// Union". The words it takes in may belong to other candidates, which
// then lose the overlap.
func (st *state) extendOrgs() {
	inCand := func(x int) bool {
		for _, c := range st.cands {
			if c.s <= st.wordS(x) && st.wordE(x) <= c.e {
				return true
			}
		}
		return false
	}
	for k := range st.cands {
		c := &st.cands[k]
		if c.typ == "PERSON" || c.typ == "GPE" || c.typ == "NORP" || c.typ == "EVENT" {
			continue
		}
		i, j := st.wordsIn(c.s, c.e)
		if i >= j {
			continue
		}
		last := strings.ToLower(st.name(j - 1))
		y := j
		switch {
		case (orgWords[last] || orgHeads[last]) && j+1 < len(st.words) && st.joined(j-1) && st.joined(j) &&
			(st.wtext(j) == "of" || st.wtext(j) == "for" || st.wtext(j) == "on") && st.words[j+1].cap:
			y = j + 1
			for y < len(st.words) && y-j < 7 && st.joined(y-1) && !inLower(nonNames, st.wtext(y)) && (st.words[y].cap ||
				connectors[st.wtext(y)] && y+1 < len(st.words) && st.words[y+1].cap && st.joined(y)) {
				y++
			}
		case st.orgNamed(c.s, c.e) && !orgWords[last]:
			// "Committee for a Responsible" ends in the middle of a name
			for y < len(st.words) && y-j < 4 && st.joined(y-1) && st.words[y].cap && !stopwords[st.wtext(y)] &&
				!inLower(nonNames, st.wtext(y)) {
				y++
			}
		}
		if y > j && st.words[y-1].cap {
			c.e, c.typ = st.nameEnd(y-1), "ORG"
		}
		i, j = st.wordsIn(c.s, c.e)
		if inLower(orgWords, st.name(j-1)) && i >= 2 && st.wtext(i-1) == "and" && st.words[i-2].cap &&
			st.joined(i-2) && st.joined(i-1) && !stopwords[st.wtext(i-2)] && !inCand(i-2) &&
			len(st.lex.Lookup(st.name(i-2))) == 0 { // "FBI and Justice Department" are two
			c.s, c.typ = st.wordS(i-2), "ORG"
		}
	}
}

// firmNouns name a company right before its name ("drug firm Elan",
// "luxury marque Mercedes-Benz").
var firmNouns = map[string]bool{"firm": true, "company": true, "maker": true, "giant": true, "rival": true,
	"partner": true, "carmaker": true, "automaker": true, "retailer": true, "airline": true, "insurer": true,
	"drugmaker": true, "supermarket": true, "conglomerate": true, "brewer": true, "publisher": true,
	"broadcaster": true, "manufacturer": true, "subsidiary": true, "marque": true, "brand": true,
	"startup": true, "lender": true, "bank": true, "operator": true, "chain": true, "group": true,
	"consultancy": true, "accountancy": true}

// firmCue reports whether the words before off call what follows a
// company: a company noun ("firm Elan"), "shares in", "stake in" or an
// adjective in -based ("Ireland-based Elan").
func (st *state) firmCue(off int) bool {
	i, _ := st.wordsIn(off, off+1)
	if i == 0 || i >= len(st.words) || st.wordS(i) != off {
		return false
	}
	p := strings.ToLower(st.wtext(i - 1))
	if sep := st.text[st.wordE(i-1):off]; sep != " " {
		return false
	}
	if firmNouns[p] || strings.HasSuffix(p, "based") && p != "based" {
		return true
	}
	if i >= 2 && (p == "in" || p == "of") && st.text[st.wordE(i-2):st.wordS(i-1)] == " " {
		q := strings.ToLower(st.wtext(i - 2))
		return q == "shares" || q == "stake" || q == "stakes" || q == "shareholders"
	}
	return false
}

// roman reports whether w is a roman numeral that may follow prev in a
// name: II to XXXIX after any word, I only after "War".
func roman(w, prev string) bool {
	if w == "I" {
		return prev == "War"
	}
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// placeOrOrg reports whether [s, e) is a known country, demonym, place or
// organisation.
func (st *state) placeOrOrg(s, e int) bool {
	for _, en := range st.lex.Lookup(st.text[s:e]) {
		if en.Kind != lexicon.KindPerson {
			return true
		}
	}
	return st.lex.IsTitleWord(st.text[s:e])
}

var eventHeads = map[string]bool{"summit": true, "meeting": true, "conference": true, "forum": true,
	"games": true, "olympics": true, "dialogue": true, "congress": true, "expo": true, "cup": true,
	"championship": true, "championships": true, "talks": true, "festival": true, "war": true,
	"convention": true, "show": true}

// typeByLexicon types candidates from the lexicon and the event pattern.
func (st *state) typeByLexicon() {
	persons := map[string]bool{} // first words of multi-word person names
	lasts := map[string]bool{}   // their last words, normalised
	for _, c := range st.cands {
		if c.typ == "PERSON" {
			if i, j := st.wordsIn(c.s, c.e); j-i > 1 && !groupName(st.text[c.s:c.e], c.typ) && !st.orgNamed(c.s, c.e) &&
				st.ofTitle(j-1) < i { // "Archbishop of Canterbury" names no Mr Canterbury
				persons[st.wtext(i)] = true
				lasts[lexicon.Normalize(st.name(j-1))] = true
			}
		}
	}
	for k := range st.cands {
		c := &st.cands[k]
		t := st.text[c.s:c.e]
		en := pick(st.lex.Lookup(t))
		switch {
		case en.Kind == lexicon.KindPerson:
			if c.typ != "PERSON" && (c.typ == "LOC" || c.typ == "GPE" || c.typ == "MISC" || c.typ == "ORG") {
				c.typ = "PERSON"
			}
			c.entry = en
		case en.Kind == 0 && c.typ != "EVENT" && strings.HasSuffix(t, "n") && !strings.Contains(t, " ") && demonymMan(st.lex, t).Kind != 0:
			c.typ, c.entry = "NORP", demonymMan(st.lex, t) // "Irishman", "Frenchwomen"
		case en.Kind != 0:
			if c.typ == "PERSON" && st.lex.Ambiguous(t) {
				break // Jordan the person
			}
			c.typ, c.entry = entryType(en), en
		case (c.typ == "PERSON" || c.typ == "LOC" || c.typ == "MISC") && st.orgNamed(c.s, c.e):
			c.typ = "ORG" // "Urban League", "Hofstra University", "Lorillard Tobacco"
		case c.typ != "PERSON" && st.geoNamed(c.s, c.e):
			c.typ = "LOC" // "Kaneohe Bay" tagged ORG
		case st.compound(c.s, c.e):
			c.typ = "" // "US-China": the scan finds both countries
		case st.isEvent(c.s, c.e):
			c.typ = "EVENT"
		case c.typ != "PERSON" && st.isLaw(c.s, c.e):
			c.typ = "MISC" // "Terrorism Act": a law, no organisation
		case c.typ != "PERSON" && st.isHoliday(c.s, c.e) || c.typ == "PERSON" && feasts[t]:
			c.typ = "EVENT" // "Election Day", "Christmas Eve"
		case c.typ != "PERSON" && persons[t]:
			c.typ = "PERSON" // "Marco" alone is Marco Rubio's given name, never a place
		case c.typ != "PERSON" && st.oneWord(*c) && inNormal(lasts, t):
			c.typ = "PERSON" // "the Tomlinson report" before "Sir Mike Tomlinson"
		case c.typ == "MISC" && nationality(t):
			c.typ = "NORP"
		case groupName(t, c.typ):
			c.typ = "NORP" // "Sunni Muslims", "Greek Orthodox"
		case c.typ == "LOC" || c.typ == "ORG" || c.typ == "MISC":
			if code := st.regionAfter(c.e); code != "" {
				// "Everett, Wash.": a town before its state or country
				c.typ = "GPE"
				c.entry = lexicon.Entry{Kind: lexicon.KindCity, City: &lexicon.City{Name: t, Country: code}}
			}
		}
		if c.entry.Kind == lexicon.KindCapital {
			c.place = st.usedAsPlace(c.s, c.e)
		}
		if c.entry.Kind == 0 && c.typ != "" {
			c.firm = st.firmCue(c.s)
		}
	}
	out := st.cands[:0]
	for _, c := range st.cands {
		if c.typ != "" {
			out = append(out, c)
		}
	}
	st.cands = out
}

// oneWord reports whether c is a single word.
func (st *state) oneWord(c cand) bool {
	i, j := st.wordsIn(c.s, c.e)
	return j-i == 1
}

// orgWords end the names of organisations.
var orgWords = map[string]bool{"league": true, "foundation": true, "committee": true, "party": true,
	"university": true, "institute": true, "institution": true, "center": true, "centre": true,
	"council": true, "association": true, "union": true, "company": true, "corporation": true,
	"corp": true, "inc": true, "ltd": true, "plc": true, "group": true, "bank": true, "fund": true,
	"agency": true, "ministry": true, "department": true, "commission": true, "college": true,
	"school": true, "society": true, "federation": true, "organization": true, "organisation": true,
	"caucus": true, "club": true, "airlines": true, "airways": true, "motors": true, "holdings": true,
	"motor": true, "tobacco": true, "pharmaceutical": true, "pharmaceuticals": true, "research": true,
	"energy": true, "oil": true, "petroleum": true, "insurance": true, "systems": true, "technologies": true,
	"electronics": true, "industries": true, "enterprises": true, "partners": true, "capital": true,
	"securities": true, "investments": true, "investment": true, "stockbrokers": true, "brewery": true,
	"foods": true, "trust": true, "services": true, "telecom": true, "communications": true, "media": true,
	"entertainment": true, "studios": true, "press": true, "post": true, "times": true, "herald": true,
	"tribune": true, "journal": true, "gazette": true, "news": true, "magazine": true, "authority": true,
	"corps": true, "house": true, "force": true, "service": true, "network": true, "exchange": true,
	"board": true, "bureau": true, "office": true, "police": true, "guard": true, "co": true, "llc": true,
	"ag": true, "gmbh": true, "bancorp": true, "mining": true, "steel": true, "chemicals": true}

// geoWords end the names of natural places, which are LOC whatever the
// recogniser said ("Kaneohe Bay", "Midway Atoll").
var geoWords = map[string]bool{"bay": true, "island": true, "islands": true, "atoll": true, "ocean": true,
	"sea": true, "river": true, "lake": true, "mountain": true, "mountains": true, "valley": true,
	"peninsula": true, "gulf": true, "strait": true, "straits": true, "canal": true, "desert": true,
	"coast": true, "beach": true, "hills": true, "falls": true, "reef": true, "glacier": true,
	"plateau": true, "basin": true, "delta": true}

// geoNamed reports whether [s, e) has two or more words and ends in a word
// that ends the names of natural places.
func (st *state) geoNamed(s, e int) bool {
	i, j := st.wordsIn(s, e)
	return j-i >= 2 && inLower(geoWords, st.name(j-1))
}

// orgNamed reports whether [s, e) has two or more words and ends in a word
// that ends organisation names, or begins with one before "of", "for" or
// "on" ("Committee for a Responsible Federal Budget").
func (st *state) orgNamed(s, e int) bool {
	i, j := st.wordsIn(s, e)
	if j-i < 2 {
		return false
	}
	if inLower(orgWords, st.name(j-1)) {
		return true
	}
	w := st.wtext(i + 1)
	return j-i >= 3 && inLower(orgWords, st.wtext(i)) && (w == "of" || w == "for" || w == "on")
}

// compound reports whether [s, e) is two or more countries or demonyms
// joined by hyphens ("US-China", "Sino-American" is not).
func (st *state) compound(s, e int) bool {
	i, j := st.wordsIn(s, e)
	if j-i < 2 {
		return false
	}
	for x := i; x < j; {
		if x > i && st.text[st.wordE(x-1):st.wordS(x)] != "-" {
			return false
		}
		n, _ := st.countryAt(x, j)
		if n == 0 {
			return false
		}
		x += n
	}
	return true
}

// groups are political and religious groups typed NORP.
var groups = map[string]bool{"democrat": true, "democrats": true, "democratic": true, "tory": true,
	"tories": true, "socialist": true, "socialists": true, "communist": true, "communists": true,
	"liberal": true, "liberals": true, "muslim": true, "muslims": true, "christian": true,
	"christians": true, "hindu": true, "hindus": true, "sunni": true, "sunnis": true, "shia": true,
	"shiite": true, "shiites": true, "catholic": true, "catholics": true, "protestant": true,
	"protestants": true, "latino": true, "latinos": true, "hispanic": true, "hispanics": true,
	"buddhist": true, "buddhists": true, "sikh": true, "sikhs": true, "jews": true, "orthodox": true,
	"evangelicals": true, "republicans": true}

// groupName reports whether a name of type typ names a religious or
// political group: a plural group word ("Sunni Muslims"), or a group word
// that is no given name ("Orthodox" tagged PERSON).
func groupName(t, typ string) bool {
	last := t[strings.LastIndexByte(t, ' ')+1:]
	if !inLower(groups, last) {
		return false
	}
	if typ == "PERSON" {
		last = strings.ToLower(last) // a group word: rare
		return strings.HasSuffix(last, "s") || last == "orthodox" || last == "sunni" || last == "shia" || last == "shiite" ||
			last == "muslim" || last == "hindu" || last == "sikh" || last == "buddhist"
	}
	return typ != "NORP"
}

// apStates are the US state abbreviations of news style ("Everett, Wash.").
var apStates = []string{"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
	"Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.",
	"N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
	"Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo."}

// regionAfter returns the country of a state, region, city or country
// named right after ", " at off ("Coral Springs, Florida", "Everett,
// Wash.", "Wembley, London"), or "".
func (st *state) regionAfter(off int) string {
	if !strings.HasPrefix(st.text[off:], ", ") {
		return ""
	}
	rest := st.text[off+2:]
	for _, a := range apStates {
		if strings.HasPrefix(rest, a) {
			return "USA"
		}
	}
	i, _ := st.wordsIn(off+2, off+3)
	if i >= len(st.words) || st.wordS(i) != off+2 || !st.words[i].cap {
		return ""
	}
	n, en := st.lexiconAt(i, min(i+4, len(st.words)))
	if n == 0 {
		return ""
	}
	switch en.Kind {
	case lexicon.KindCountry, lexicon.KindCapital:
		return en.Country.Code // "Wembley, London"
	case lexicon.KindCity:
		return en.City.Country
	}
	return ""
}

// nationality reports whether a one-word name looks like a nationality or
// group adjective ("Scottish", "Kurdish", "Palestinians").
func nationality(t string) bool {
	if strings.ContainsAny(t, " -") || len(t) < 4 {
		return false
	}
	if inLower(groups, t) {
		return true
	}
	t = strings.TrimSuffix(t, "s")
	for _, suf := range []string{"ish", "ese", "ian", "ean", "an"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// dropCommonWords removes one-word candidates the lexicon does not know
// when the same word occurs in lower case elsewhere in the document
// ("Court", "Election", "Family" capitalised at a sentence start), unless
// they are a surname or given name of one of the document's people.
func (st *state) dropCommonWords() {
	lower := map[string]bool{}
	var lens uint64 // the byte lengths of lower's words as bits, 63 for any longer
	for _, c := range st.cands {
		if i, j := st.wordsIn(c.s, c.e); j-i == 1 && !c.known() {
			w := strings.ToLower(st.text[c.s:c.e])
			lower[w] = false
			lens |= 1 << min(len(w), 63)
		}
	}
	if len(lower) == 0 {
		return
	}
	for _, w := range st.words {
		if w.cap || lens&(1<<min(w.e-w.s, 63)) == 0 {
			continue // no look-up for a word no key can equal
		}
		t := st.text[w.s:w.e]
		if _, ok := lower[t]; ok {
			lower[t] = true
		}
	}
	out := st.cands[:0]
	for _, c := range st.cands {
		t := st.text[c.s:c.e]
		if inLower(lower, t) && !c.known() && !inNormal(st.surnames, t) && !inNormal(st.given, t) && strings.ToUpper(t) != t {
			continue
		}
		out = append(out, c)
	}
	st.cands = out
}

// smallWords may stay in lower case in a title-case line.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "on": true, "in": true,
	"to": true, "for": true, "and": true, "or": true, "but": true, "nor": true, "with": true, "as": true,
	"at": true, "by": true, "from": true, "into": true, "vs": true, "via": true, "up": true, "off": true,
	"out": true, "over": true, "per": true, "than": true, "is": true}

// titleCaseLine reports whether the line starting at ls is a heading in
// title case: three or more capitalised words, no lower-case word but small
// function words, and one capitalised word past the first that the document
// also writes in lower case ("Obama Seeks More Muslim Refugees As He …").
func (st *state) titleCaseLine(ls int) bool {
	le := st.nextNewline(ls)
	if le < 0 {
		le = len(st.text)
	}
	i, j := st.wordsIn(ls, le)
	if j-i > 25 {
		return false
	}
	caps := 0
	for x := i; x < j; x++ {
		w := st.wtext(x)
		switch {
		case st.words[x].cap:
			caps++
		case smallWords[w] || allDigits(w):
		default:
			return false
		}
	}
	if caps < 3 {
		return false
	}
	for x := i + 1; x < j; x++ {
		if w := st.wtext(x); st.words[x].cap && st.titleWordKind(w) == 0 && st.hasLower(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// hasLower reports whether the document has w, a lower-case word, as a
// word of its own.
func (st *state) hasLower(w string) bool {
	if v, ok := st.lowerSeen[w]; ok {
		return v
	}
	if st.lowerSeen == nil {
		st.lowerSeen = map[string]bool{}
	}
	v := st.findLower(w)
	st.lowerSeen[w] = v
	return v
}

func (st *state) findLower(w string) bool {
	if w != "" && !strings.ContainsFunc(w, func(r rune) bool { return r < 0x80 && !isWordByte(byte(r)) }) {
		// A word of word bytes only occurs on its own exactly when it is
		// one of the text's runs of word bytes.
		if st.runs == nil {
			st.runs = map[string]bool{}
			for i := 0; i < len(st.text); {
				j := i
				for j < len(st.text) && isWordByte(st.text[j]) {
					j++
				}
				if j > i {
					st.runs[st.text[i:j]] = true
					i = j
				} else {
					i++
				}
			}
		}
		return st.runs[w]
	}
	for off := 0; ; {
		k := strings.Index(st.text[off:], w)
		if k < 0 || w == "" {
			return false
		}
		s, e := off+k, off+k+len(w)
		if (s == 0 || !isWordByte(st.text[s-1])) && (e == len(st.text) || !isWordByte(st.text[e])) {
			return true
		}
		off = e
	}
}

// dropHeadlineJunk removes recogniser names in title-case lines
// (headlines, section heads) that neither the lexicon nor the rest of the
// document confirms: there every word is capitalised, so the recogniser
// takes phrases for names ("All Bets Are Off", "An Ambitious").
func (st *state) dropHeadlineJunk() {
	var inHead []bool
	lastLine, lastHead := -1, false
	for k, c := range st.cands {
		ls := st.lineStart(c.s)
		if ls != lastLine {
			lastLine, lastHead = ls, st.titleCaseLine(ls)
		}
		if lastHead {
			if inHead == nil {
				inHead = make([]bool, len(st.cands))
			}
			inHead[k] = true
		}
	}
	if inHead == nil {
		return
	}
	outside := map[string]bool{}
	for k, c := range st.cands {
		if !inHead[k] {
			outside[lexicon.Normalize(st.text[c.s:c.e])] = true
		}
	}
	out := st.cands[:0]
	for k, c := range st.cands {
		n := lexicon.Normalize(st.text[c.s:c.e])
		if inHead[k] && !c.known() && !outside[n] && !st.surnames[n] && !st.given[n] && len(st.lex.Lookup(st.text[c.s:c.e])) == 0 {
			continue
		}
		out = append(out, c)
	}
	st.cands = out
}

// holidays are feasts and seasons named without "Day" or "Eve".
var holidays = map[string]bool{"new year": true, "christmas": true, "easter": true, "thanksgiving": true,
	"ramadan": true, "diwali": true, "hanukkah": true, "passover": true, "eid": true, "halloween": true,
	"hogmanay": true, "lent": true, "chinese new year": true, "lunar new year": true}

// feasts are the one-word holidays as written, never people even when
// the recogniser says so ("Christmas").
var feasts = map[string]bool{"Christmas": true, "Easter": true, "Thanksgiving": true, "Ramadan": true,
	"Diwali": true, "Hanukkah": true, "Passover": true, "Halloween": true, "Hogmanay": true}

// isHoliday reports whether [s, e) names a holiday: two or more
// capitalised words ending in "Day" or "Eve", or a feast ("New Year",
// "Christmas").
func (st *state) isHoliday(s, e int) bool {
	if e-s <= len("chinese new year") && inNormal(holidays, st.text[s:e]) {
		return true
	}
	i, j := st.wordsIn(s, e)
	if j-i < 2 {
		return false
	}
	w := st.wtext(j - 1)
	return w == "Day" || w == "Eve"
}

// isEvent reports whether [s, e) is a capitalised name ending in an event
// word ("ASEAN Foreign Ministers' Meeting").
func (st *state) isEvent(s, e int) bool {
	i, j := st.wordsIn(s, e)
	if j-i < 2 || !inLower(eventHeads, st.wtext(j-1)) {
		return false
	}
	for x := i; x < j; x++ {
		if !st.words[x].cap && !connectors[st.wtext(x)] {
			return false
		}
	}
	return true
}

var locatives = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true,
	"outside": true, "around": true, "across": true, "via": true, "into": true, "toward": true,
	"towards": true, "within": true, "visited": true, "visit": true, "visiting": true, "of": true}

// usedAsPlace reports whether a capital at [s, e) names the city rather
// than the government: after a locative preposition ("in Kuala Lumpur") or
// before ", Country" ("Kuala Lumpur, Malaysia").
func (st *state) usedAsPlace(s, e int) bool {
	i, j := st.wordsIn(s, e)
	if i > 0 && inLower(locatives, st.wtext(i-1)) && strings.TrimSpace(st.text[st.wordE(i-1):s]) == "" {
		return true
	}
	if j < len(st.words) && st.text[e:st.wordS(j)] == ", " {
		if n, en := st.countryAt(j, min(j+4, len(st.words))); n > 0 && en.Kind == lexicon.KindCountry {
			return true
		}
	}
	return false
}

// stopwords are capitalised at the start of a sentence without being names.
var stopwords = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "At": true,
	"Of": true, "For": true, "But": true, "And": true, "Or": true, "When": true, "While": true, "As": true,
	"This": true, "That": true, "These": true, "Those": true, "After": true, "Before": true, "Since": true,
	"With": true, "From": true, "To": true, "By": true, "If": true, "So": true, "Yet": true, "It": true,
	"He": true, "She": true, "They": true, "We": true, "I": true, "His": true, "Her": true, "Their": true,
	"Our": true, "Its": true, "Such": true, "Recent": true, "Both": true, "Some": true, "Many": true,
	"Meanwhile": true, "However": true, "Tensions": true, "Photo": true, "According": true, "Last": true,
	"Next": true, "Earlier": true, "Later": true, "Today": true, "Yesterday": true, "Tomorrow": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Why": true, "What": true, "How": true, "Who": true,
	"Where": true, "There": true, "Here": true, "Former": true, "Under": true, "Over": true, "During": true}

func (st *state) collectSurnames() {
	st.surnames, st.given = map[string]bool{}, map[string]bool{}
	for _, c := range st.cands {
		if c.typ != "PERSON" {
			continue
		}
		i, j := st.wordsIn(c.s, c.e)
		if j-i < 2 {
			continue
		}
		st.surnames[lexicon.Normalize(st.name(j-1))] = true
		st.given[lexicon.Normalize(st.name(i))] = true
		for _, p := range st.lex.People(st.text[c.s:c.e]) {
			for _, a := range p.Aliases {
				if !strings.Contains(a, " ") {
					st.surnames[lexicon.Normalize(a)] = true
				}
			}
		}
	}
}

// scanRuns finds names the recogniser missed in runs of capitalised words:
// named events, ministries and departments, and lexicon names.
func (st *state) scanRuns() {
	covered := make([]bool, len(st.words)) // by a recogniser person
	for _, c := range st.cands {
		if c.typ == "PERSON" {
			i, j := st.wordsIn(c.s, c.e)
			for x := i; x < j; x++ {
				covered[x] = true
			}
		}
	}
	for i := 0; i < len(st.words); {
		if !st.words[i].cap {
			i++
			continue
		}
		j := i + 1
		for j < len(st.words) && st.joined(j-1) && (st.words[j].cap || st.hyphenated(j) && st.words[j+1].cap ||
			(connectors[st.wtext(j)] && j+1 < len(st.words) && st.words[j+1].cap && st.joined(j))) {
			j++
		}
		st.scanRun(i, j, covered)
		i = j
	}
}

func (st *state) scanRun(i, j int, covered []bool) {
	for i < j && (stopwords[st.wtext(i)] || connectors[st.wtext(i)]) {
		i++
	}
	for j > i && connectors[st.wtext(j-1)] {
		j--
	}
	if i >= j {
		return
	}
	// Named events: the run up to its last event word, after the
	// organisation that owns it ("BBC Two's The Catherine Tate Show").
	for h := j - 1; h > i; h-- {
		if inLower(eventHeads, st.wtext(h)) {
			for x := i; x < h-1 && x < i+3; x++ {
				if st.name(x) != st.wtext(x) && st.orgOwner(st.wordS(i), st.nameEnd(x)) {
					i = x + 1
					for i < h && (stopwords[st.wtext(i)] || connectors[st.wtext(i)]) {
						i++
					}
					break
				}
			}
			if st.words[h].cap && h > i {
				end := h
				if h+1 < j && roman(st.wtext(h+1), st.wtext(h)) {
					end = h + 1 // "World War II"
				}
				st.cands = append(st.cands, cand{s: st.wordS(i), e: st.wordE(end), typ: "EVENT", prio: 2})
			}
			break
		}
	}
	// Ministries and departments: qualifier + head + "of X and Y".
	for h := i; h < j; h++ {
		if !lowerIn(st.wtext(h), "ministry", "department") {
			continue
		}
		s := i
		for x := i; x < h; x++ {
			if covered[x] || st.wtext(x) == "and" && x > s && len(st.lex.Lookup(st.text[st.wordS(s):st.nameEnd(x-1)])) > 0 {
				s = x + 1 // "FBI and" Justice Department
			}
		}
		e := h + 1
		if e < j && (st.wtext(e) == "of" || st.wtext(e) == "for") {
			for e < j && !covered[e] && !(st.titleWordKind(st.wtext(e)) == 1 && !inLower(modifiers, st.wtext(e))) {
				e++
			}
		}
		for e > h+1 && connectors[st.wtext(e-1)] {
			e--
		}
		if s < e && !(s == h && e == h+1) {
			t := st.text[st.wordS(s):st.wordE(e-1)]
			c := cand{s: st.wordS(s), e: st.wordE(e - 1), typ: "ORG", prio: 2}
			if o, ok := st.lex.Org(t); ok {
				c.entry = lexicon.Entry{Kind: lexicon.KindOrg, Org: o}
			}
			st.cands = append(st.cands, c)
		}
		break
	}
	// Lexicon names, longest first, and the surnames of the document's people.
	for x := i; x < j; {
		n, en := st.lexiconAt(x, j)
		if (n == 0 || (n == 1 && en.Kind == lexicon.KindPerson)) && inNormal(st.surnames, st.name(x)) &&
			(x == 0 || !st.joined(x-1) || !st.words[x-1].cap || stopwords[st.wtext(x-1)] || st.titleWordKind(st.wtext(x-1)) != 0) {
			st.cands = append(st.cands, cand{s: st.wordS(x), e: st.wordS(x) + len(st.name(x)), typ: "PERSON", entry: en})
			x++
			continue
		}
		if n == 0 {
			x++
			continue
		}
		if st.acceptScan(x, x+n, j, en) {
			c := st.entryCand(st.wordS(x), st.nameEnd(x+n-1), en)
			c.prio = 0 // a longer name from the recogniser wins ("Scottish Executive")
			if en.Kind == lexicon.KindCapital {
				c.place = st.usedAsPlace(c.s, c.e)
			}
			st.cands = append(st.cands, c)
		}
		x += n
	}
}

// lexiconAt returns the longest lexicon name starting at word x before j.
func (st *state) lexiconAt(x, j int) (int, lexicon.Entry) {
	for n := min(st.maxFrom(x, true), j-x); n > 0; n-- {
		if n > 1 && !st.joined(x+n-2) {
			continue
		}
		if es := st.lex.Lookup(st.text[st.wordS(x):st.nameEnd(x+n-1)]); len(es) > 0 {
			if st.countries != nil && sharedOrgs(es) {
				if en := st.chooseOrg(es, st.wordS(x)); en.Kind != 0 {
					return n, en
				}
				continue // "Treasury" with no country to tell whose
			}
			return n, pick(es)
		}
	}
	return 0, lexicon.Entry{}
}

// acceptScan decides whether a lexicon match on words [x, y) of a run
// ending at j may become a mention on its own: unambiguous, not a company
// or a bare surname, and not part of a longer unknown name.
func (st *state) acceptScan(x, y, j int, en lexicon.Entry) bool {
	t := st.text[st.wordS(x):st.wordE(y-1)]
	if st.lex.Ambiguous(t) {
		return false
	}
	switch en.Kind {
	case lexicon.KindPerson:
		if !sameNormal(t, en.Person.Name) || y-x < 2 {
			return false
		}
	case lexicon.KindOrg:
		if en.Org.Sector == "BUS" {
			return false
		}
	}
	if x > 0 && st.joined(x-1) && st.words[x-1].cap && !stopwords[st.wtext(x-1)] {
		if n, _ := st.lexiconAt(x-1, x); n == 0 && st.titleWordKind(st.wtext(x-1)) == 0 {
			return false
		}
	}
	if y < j {
		if st.titleWordKind(st.wtext(y)) == 0 && !inLower(orgHeads, st.wtext(y)) && !inLower(eventHeads, st.wtext(y)) {
			if n, _ := st.lexiconAt(y, j); n == 0 {
				return false
			}
		}
	}
	return true
}

// resolveOverlaps keeps the best of overlapping candidates. A lexicon name
// may stay inside an EVENT; nothing else overlaps.
func (st *state) resolveOverlaps() {
	// Sort indices, not the large candidates: higher priority first, then
	// longer, then in the order found.
	order := make([]int32, len(st.cands))
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortFunc(order, func(x, y int32) int {
		a, b := &st.cands[x], &st.cands[y]
		if a.prio != b.prio {
			return int(b.prio) - int(a.prio)
		}
		if d := (b.e - b.s) - (a.e - a.s); d != 0 {
			return d
		}
		return int(x - y)
	})
	// owner[x] and inner[x] are the kept candidates covering word x, at the
	// top level and inside an EVENT; -1 if none.
	owner := make([]int32, len(st.words))
	inner := make([]int32, len(st.words))
	for x := range owner {
		owner[x], inner[x] = -1, -1
	}
	// kept indexes st.cands: the candidates are large, most documents keep
	// most of them, and a long document has hundreds of thousands.
	kept := make([]int32, 0, len(st.cands))
	for _, k := range order {
		c := &st.cands[k]
		i, j := st.wordsIn(c.s, c.e)
		nested, ok := false, i < j
		for x := i; x < j && ok; x++ {
			if k := owner[x]; k >= 0 {
				o := &st.cands[kept[k]]
				if o.typ == "EVENT" && c.known() && o.s <= c.s && c.e <= o.e && (o.s != c.s || o.e != c.e) && inner[x] < 0 {
					nested = true
				} else {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		for x := i; x < j; x++ {
			if nested {
				inner[x] = int32(len(kept))
			} else {
				owner[x] = int32(len(kept))
			}
		}
		kept = append(kept, k)
	}
	slices.SortStableFunc(kept, func(x, y int32) int {
		a, b := &st.cands[x], &st.cands[y]
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	out := make([]cand, len(kept))
	for n, k := range kept {
		out[n] = st.cands[k]
	}
	st.cands = out
}

// sharedOrgs reports whether es holds organisations of more than one
// country: a name each country gives its own institution ("Treasury",
// "Supreme Court", "Parliament").
func sharedOrgs(es []lexicon.Entry) bool {
	var first *lexicon.Org
	for _, e := range es {
		if e.Kind != lexicon.KindOrg {
			continue
		}
		if first == nil {
			first = e.Org
		} else if e.Org.Country != first.Country {
			return true
		}
	}
	return false
}

// resolveShared links each candidate whose name organisations of several
// countries share to the one of the country the text points to
// (chooseOrg), or to none; and links an unknown name made of a country
// word and such a name ("Indian Parliament", "Britain's Treasury") to that
// country's organisation. It first counts the countries of the other
// candidates the lexicon knows.
func (st *state) resolveShared() {
	st.countries = map[string]int{}
	st.personCands = map[*lexicon.Person]int{}
	var shared []int
	for k := range st.cands {
		c := &st.cands[k]
		switch {
		case c.entry.Kind == lexicon.KindOrg && sharedOrgs(st.lex.Lookup(st.text[c.s:c.e])):
			shared = append(shared, k)
		case c.entry.Kind != 0:
			if code := c.entry.Code(); code != "" {
				st.countries[code]++
				if c.entry.Kind == lexicon.KindPerson {
					st.personCands[c.entry.Person]++
				}
			}
		case (c.typ == "ORG" || c.typ == "LOC" || c.typ == "MISC" || c.typ == "FAC") && st.a.endsShared(st.text[c.s:c.e]):
			if i, j := st.wordsIn(c.s, c.e); j-i > 1 {
				q, en := st.countryAt(i, j)
				if q == 0 || q == j-i {
					break
				}
				es := st.lex.Lookup(st.text[st.wordS(i+q):c.e])
				if !sharedOrgs(es) {
					break // "Scottish Conservative Party" is not the Conservative Party
				}
				for _, e := range es {
					if e.Kind == lexicon.KindOrg && e.Org.Country == en.Code() {
						c.entry, c.typ = e, e.Org.Type
						break
					}
				}
			}
		case c.typ == "ORG" || c.typ == "FAC":
			// A country word before the name of one of its bodies ("US
			// Department of Justice", "British Foreign Office") names
			// that body; not a party, whose regional branches are
			// parties of their own ("Scottish Labour Party").
			i, j := st.wordsIn(c.s, c.e)
			if j-i < 2 {
				break
			}
			q, en := st.countryAt(i, j)
			if q == 0 || q == j-i {
				break
			}
			for _, e := range st.lex.Lookup(st.text[st.wordS(i+q):c.e]) {
				if e.Kind == lexicon.KindOrg && e.Org.Country == en.Code() && e.Org.Sector != "PTY" {
					c.entry, c.typ = e, e.Org.Type
					st.countries[e.Org.Country]++
					break
				}
			}
		}
	}
	drop := false
	for _, k := range shared {
		c := &st.cands[k]
		c.entry = st.chooseOrg(st.lex.Lookup(st.text[c.s:c.e]), c.s)
		// Linked to none, a common word is no name ("Conservative
		// columnist" in an American article that says "conservative").
		if t := st.text[c.s:c.e]; c.entry.Kind == 0 && st.oneWord(*c) && st.lex.Ambiguous(t) && st.hasLower(strings.ToLower(t)) {
			c.typ, drop = "", true
		}
	}
	if drop {
		out := st.cands[:0]
		for _, c := range st.cands {
			if c.typ != "" {
				out = append(out, c)
			}
		}
		st.cands = out
	}
}

// chooseOrg picks among the organisations in es, which share a name, the
// one of the country the text points to at offset s: a country word right
// before the name ("the Australian Treasury", "Britain's Supreme
// Court"), else the country most of the document's known names belong to,
// when it has more of them than any other country with an organisation of
// that name and at least a quarter as many as the document's first
// country (an article about Iran may name the US Congress, one about
// France with a word of Britain is no evidence for the UK Parliament).
// Without such evidence it returns the zero Entry: "Treasury" in an
// article about Britain is not the US Treasury, and in an article with no
// country it is nobody's in particular.
func (st *state) chooseOrg(es []lexicon.Entry, s int) lexicon.Entry {
	if i, _ := st.wordsIn(s, s+1); i > 0 && i < len(st.words) && st.text[st.wordE(i-1):st.wordS(i)] == " " {
		if n, q := st.countryEndingAt(i - 1); n > 0 {
			for _, e := range es {
				if e.Kind == lexicon.KindOrg && e.Org.Country == q.Code() {
					return e
				}
			}
			return lexicon.Entry{} // "the French Senate" and no such entry
		}
	}
	top := 0
	for _, n := range st.countries {
		top = max(top, n)
	}
	var best lexicon.Entry
	most, next := 0, 0
	for _, e := range es {
		if e.Kind != lexicon.KindOrg {
			continue
		}
		switch n := st.countries[e.Org.Country]; {
		case best.Kind != 0 && e.Org.Country == best.Org.Country:
		case n > most:
			best, most, next = e, n, most
		case n > next:
			next = n
		}
	}
	if most == 0 && top == 0 {
		// No country evidence at all: the country of the publisher or
		// of the readers the text writes its money for.
		if code := st.audience(); code != "" {
			for _, e := range es {
				if e.Kind == lexicon.KindOrg && e.Org.Country == code {
					return e
				}
			}
		}
	}
	if most == 0 || most == next || 4*most < top {
		return lexicon.Entry{}
	}
	return best
}

// audienceTLDs map the country-code domains of publishers to their
// countries ("bbc.co.uk", "abc.net.au").
var audienceTLDs = map[string]string{"uk": "GBR", "au": "AUS", "ca": "CAN", "in": "IND", "nz": "NZL",
	"ie": "IRL", "za": "ZAF", "pk": "PAK", "ph": "PHL", "fr": "FRA", "de": "DEU"}

// audience returns the country a text is written for, weak evidence for
// a name every country gives its own institution ("Parliament") when the
// text names no country at all: the country-code domain of its URL, else
// GBR when its amounts of money are in pounds sterling alone ("£5m", no
// "$", "€" or "¥"). "" when neither tells.
func (st *state) audience() string {
	if u := st.doc.Meta.URL; u != "" {
		host := u
		if k := strings.Index(host, "://"); k >= 0 {
			host = host[k+3:]
		}
		if k := strings.IndexAny(host, "/:?#"); k >= 0 {
			host = host[:k]
		}
		if code := audienceTLDs[strings.ToLower(host[strings.LastIndexByte(host, '.')+1:])]; code != "" {
			return code
		}
	}
	if strings.Contains(st.text, "£") && !strings.ContainsAny(st.text, "$€¥₹") {
		return "GBR"
	}
	return ""
}

// cutPlurals handles candidates that end in a plural noun, which names a
// class of people or things, never one organisation or place. A plural
// title ("MPs", "MSPs", "Ministers") is cut off: alone the candidate goes
// ("MPs"), after a party or country word that word stays ("Labour MPs" →
// "Labour", "Lib Dem MPs" → "Lib Dem"), after other words the acronym's
// candidate goes ("Male MPs") and the word's stays ("Ottawa Senators").
// Any other plural of an acronym ("CSOs", "NGOs") is MISC. A lone title
// is no name either ("a former MP"), and a title after a party is cut off
// ("Tory MP" → "Tory"; but "Scottish Executive" is a body). A name the
// lexicon knows stays ("Tories"), and so does a plural inside a longer
// name ("Foreign Ministers' Meeting").
func (st *state) cutPlurals() {
	out := st.cands[:0]
	for _, c := range st.cands {
		if c.typ == "EVENT" || c.typ == "NORP" {
			out = append(out, c)
			continue
		}
		// Most candidates end in no title and no plural: tell from the
		// text before finding the words.
		t := st.text[c.s:c.e]
		w := t[strings.LastIndexAny(t, " -/(")+1:]
		_, title := st.lex.Title(w)
		if a, b := pluralOf(w); !title && !a && !b {
			out = append(out, c)
			continue
		}
		i, j := st.wordsIn(c.s, c.e)
		if i >= j {
			out = append(out, c)
			continue
		}
		w = st.name(j - 1)
		_, title = st.lex.Title(w)
		if title && j-i == 1 && c.typ != "PERSON" && len(st.lex.Lookup(w)) == 0 {
			continue // a lone title is no name ("a former MP")
		}
		if title && j-i > 1 && c.typ != "PERSON" && st.partyName(i, j-1) &&
			len(st.lex.Lookup(st.text[c.s:c.e])) == 0 && (j == len(st.words) || !st.joined(j-1) || !st.words[j].cap) {
			c.e = st.nameEnd(j - 2) // "Tory MP" → "Tory"
			out = append(out, c)
			continue
		}
		acronym, word := pluralOf(w)
		if !acronym && !word || len(st.lex.Lookup(st.text[c.s:c.e])) > 0 ||
			(j < len(st.words) && st.joined(j-1) && st.words[j].cap) {
			out = append(out, c)
			continue
		}
		one := w[:len(w)-1]
		_, role := st.lex.Title(one)
		role = role && !isHonorific(one)
		switch {
		case role && j-i == 1:
			continue // "MPs"
		case role && st.modifierName(i, j-1):
			c.e = st.nameEnd(j - 2) // "Labour MPs" → "Labour"
		case role && acronym:
			continue // "Male MPs"
		case acronym:
			c.typ = "MISC" // "CSOs"
		}
		out = append(out, c)
	}
	st.cands = out
}

// pluralOf reports whether w looks like the plural of an acronym ("MPs":
// two or more capitals and a final s) or of a capitalised word ("Ministers").
func pluralOf(w string) (acronym, word bool) {
	n := len(w)
	if n < 3 || w[n-1] != 's' || w[0] < 'A' || w[0] > 'Z' {
		return false, false
	}
	for k := 1; k < n-1; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false, n > 4 && w[n-2] != 's'
		}
	}
	return true, false
}

// partyName reports whether words [i, j) name a party: a party word
// ("Tory") or a party the lexicon knows ("UKIP").
func (st *state) partyName(i, j int) bool {
	t := st.text[st.wordS(i):st.nameEnd(j-1)]
	if j-i == 1 && inLower(partyWords, t) {
		return true
	}
	for _, e := range st.lex.Lookup(t) {
		if e.Kind == lexicon.KindOrg && e.Org.Sector == "PTY" {
			return true
		}
	}
	return false
}

// modifierName reports whether words [i, j) name a party, a country or
// people, or an organisation the lexicon knows: a word that qualifies a
// plural title ("Labour Ministers", "Scottish Ministers") rather than
// beginning a team's name ("Ottawa Senators").
func (st *state) modifierName(i, j int) bool {
	t := st.text[st.wordS(i):st.nameEnd(j-1)]
	if j-i == 1 && (inLower(partyWords, t) || inLower(groups, t)) {
		return true
	}
	for _, e := range st.lex.Lookup(t) {
		if e.Kind == lexicon.KindOrg || e.Kind == lexicon.KindDemonym {
			return true
		}
	}
	return false
}

// isLaw reports whether [s, e) is the name of a law or bill: capitalised
// words ending in "Act" or "Bill", and maybe a year ("Terrorism Act
// 2000", "Prevention of Terrorism Bill").
func (st *state) isLaw(s, e int) bool {
	if s >= e {
		return false
	}
	if t := st.text[s:e]; !strings.HasSuffix(t, "Act") && !strings.HasSuffix(t, "Bill") &&
		!strings.HasSuffix(t, "ACT") && !strings.HasSuffix(t, "BILL") && !allDigits(t[len(t)-1:]) {
		return false
	}
	i, j := st.wordsIn(s, e)
	if j-i >= 3 && len(st.wtext(j-1)) == 4 && allDigits(st.wtext(j-1)) {
		j--
	}
	if j-i < 2 || !lowerIn(st.wtext(j-1), "act", "bill") || !st.words[j-1].cap {
		return false
	}
	for x := i; x < j; x++ {
		if !st.words[x].cap && !connectors[st.wtext(x)] {
			return false
		}
	}
	return true
}

// scanLaws adds the names of laws with a bracketed part, which the
// recogniser splits: "Health Service (Miscellaneous Provisions) Bill",
// "Terrorism (Northern Ireland) Act 2006". The name is MISC and wins over
// the pieces.
func (st *state) scanLaws() {
	for off := 0; ; {
		k := strings.Index(st.text[off:], ") ")
		if k < 0 {
			return
		}
		p := off + k // the closing bracket
		off = p + 2
		n := 0
		switch rest := st.text[off:]; {
		case strings.HasPrefix(rest, "Bill"):
			n = 4
		case strings.HasPrefix(rest, "Act"):
			n = 3
		}
		end := off + n
		if n == 0 || end < len(st.text) && isWordByte(st.text[end]) {
			continue
		}
		open := strings.LastIndexByte(st.text[max(0, p-100):p], '(')
		if open < 0 {
			continue
		}
		open += max(0, p-100)
		i, j := st.wordsIn(open, p)
		if i >= j || i == 0 || st.wordE(i-1) != open-1 || st.text[open-1] != ' ' || !st.words[i-1].cap {
			continue
		}
		inside := true
		for x := i; x < j; x++ {
			inside = inside && (st.words[x].cap || connectors[st.wtext(x)])
		}
		if !inside {
			continue
		}
		h := i - 1 // the words before the bracket: "Health Service"
		for h > 0 && st.joined(h-1) && !stopwords[st.wtext(h-1)] &&
			(st.words[h-1].cap || connectors[st.wtext(h-1)] && h >= 2 && st.words[h-2].cap && st.joined(h-2)) {
			h--
		}
		if h > 0 && isHonorific(st.wtext(h-1)) || st.personIn(st.wordS(h), open) {
			continue // "Mr Smith (Labour) Act now"
		}
		if y, yn := st.wordsIn(end, end+6); y < yn && st.wordS(y) == end+1 && st.text[end] == ' ' &&
			len(st.wtext(y)) == 4 && allDigits(st.wtext(y)) {
			end = st.wordE(y) // "… Act 2006"
		}
		st.cands = append(st.cands, cand{s: st.wordS(h), e: end, typ: "MISC", prio: 2})
	}
}

// personIn reports whether a PERSON candidate overlaps [s, e).
func (st *state) personIn(s, e int) bool {
	for _, c := range st.cands {
		if c.typ == "PERSON" && c.s < e && s < c.e {
			return true
		}
	}
	return false
}

// joinListNames joins two one-word names with "and" between them into
// one organisation when they end a list of organisations, with commas,
// that already had its "and": in "Lorillard Tobacco, Liggett Group and
// Brown and Williamson" the second "and" is inside a company's name, not
// in "Carrier and Ford and Nabisco". Names the lexicon knows stay apart.
// The candidates are sorted by start.
func (st *state) joinListNames() {
	out := st.cands[:0]
	for k := 0; k < len(st.cands); k++ {
		c := st.cands[k]
		if n := len(out); n >= 1 && k+1 < len(st.cands) {
			q, d := out[n-1], st.cands[k+1]
			if q.typ == "ORG" && strings.HasSuffix(st.text[:q.s], ", ") && st.text[q.e:c.s] == " and " && st.text[c.e:d.s] == " and " &&
				st.oneWord(c) && st.oneWord(d) && c.typ != "GPE" && d.typ != "GPE" && c.typ != "NORP" && d.typ != "NORP" &&
				len(st.lex.Lookup(st.text[c.s:c.e])) == 0 && len(st.lex.Lookup(st.text[d.s:d.e])) == 0 &&
				(d.e == len(st.text) || !isWordByte(st.text[d.e]) && !strings.HasPrefix(st.text[d.e:], " and ")) {
				c.e, c.typ = d.e, "ORG"
				out = append(out, c)
				k++
				continue
			}
		}
		out = append(out, c)
	}
	st.cands = out
}

// distributeTitles reads a plural title before coordinated names
// ("Princes William and Harry", "Senators Kennedy, Kerry and Clinton"):
// each name is a person holding the title, which preTitle then gives
// them. A candidate that begins with the plural title starts after it;
// names the recogniser typed otherwise ("William" LOC) become PERSON,
// and names it missed are added.
func (st *state) distributeTitles() {
	for x := 0; x+1 < len(st.words); x++ {
		w := st.wtext(x)
		if len(w) < 4 || w[len(w)-1] != 's' || !st.joined(x) || !st.words[x+1].cap {
			continue
		}
		and := false // a list's "and" a few words on: cheaper than the title's look-up
		for y := x + 2; y < min(x+8, len(st.words)) && !and; y++ {
			and = st.wtext(y) == "and"
		}
		if !and {
			continue
		}
		t, ok := st.lex.Title(w[:len(w)-1])
		if !ok || isHonorific(w[:len(w)-1]) {
			continue
		}
		// The names: runs of capitalised words that are no title words,
		// separated by ", " or " and ", the last after "and".
		var names [][2]int
		y := x + 1
		for y < len(st.words) {
			s := y
			for y < len(st.words) && st.words[y].cap && st.titleWordKind(st.wtext(y)) == 0 && y-s < 3 &&
				(y == s || st.text[st.wordE(y-1):st.wordS(y)] == " ") && st.name(y-1) == st.wtext(y-1) {
				y++
			}
			if y == s {
				break
			}
			names = append(names, [2]int{s, y})
			if y+1 < len(st.words) && st.text[st.wordE(y-1):st.wordS(y)] == ", " && st.words[y].cap {
				continue
			}
			if y+1 < len(st.words) && st.wtext(y) == "and" && st.joined(y-1) && st.joined(y) && st.words[y+1].cap {
				y++
				continue
			}
			break
		}
		if len(names) < 2 || st.wtext(names[len(names)-1][0]-1) != "and" {
			continue // one name after a plural ("Princes Charles") or no list
		}
		tt := title{text: t.Name, name: t.Name, sector: t.Sector}
		for ni, n := range names {
			s, e := st.wordS(n[0]), st.nameEnd(n[1]-1)
			from := s
			if ni == 0 {
				from = st.wordS(x) // the title's candidate: "Princes William"
			}
			if len(st.lex.Lookup(st.text[s:e])) > 0 && len(st.lex.People(st.text[s:e])) == 0 {
				continue // a place or body the lexicon knows
			}
			found := false
			for k := range st.cands {
				c := &st.cands[k]
				if c.e <= from || c.s >= e || c.e <= s {
					continue
				}
				if c.s < s {
					c.s = s // "Princes William"
				}
				if c.e > e {
					found = true // a longer name across the list: leave it
					continue
				}
				c.typ, found = "PERSON", true
			}
			if !found {
				st.cands = append(st.cands, cand{s: s, e: e, typ: "PERSON"})
			}
			if st.shared == nil {
				st.shared = map[int]title{}
			}
			st.shared[s] = tt
		}
		x = y - 1
	}
}

// peerageWords are the titles of nobles, royals and prelates styled
// "… of Place": "Duke of Edinburgh", "Prince of Wales", "Archbishop of
// Canterbury" name a person.
var peerageWords = map[string]bool{"duke": true, "duchess": true, "earl": true, "countess": true,
	"marquess": true, "marquis": true, "marchioness": true, "viscount": true, "viscountess": true,
	"baron": true, "baroness": true, "prince": true, "princess": true, "archbishop": true, "bishop": true}

// peerages types a peer's style as a person: a candidate that is such a
// style ("Duke of Edinburgh" tagged ORG, "HRH Duchess of Cornwall"), or a
// place right after "Title of " ("Archbishop of" + "Canterbury"), which
// grows to the whole style.
func (st *state) peerages() {
	var added []cand
	defer func() { st.cands = append(st.cands, added...) }()
	for k := range st.cands {
		c := &st.cands[k]
		if c.typ == "EVENT" || c.typ == "PERSON" && !strings.Contains(st.text[c.s:c.e], " of ") {
			continue
		}
		i, j := st.wordsIn(c.s, c.e)
		if i >= j || j-i < 3 && (i < 2 || st.wtext(i-1) != "of") {
			continue // neither a style nor a place after "… of"
		}
		if j-i >= 3 && lowerIn(st.wtext(i), "hrh") {
			i++
		}
		if j-i >= 3 && j-i <= 5 && st.words[i].cap && inLower(peerageWords, st.wtext(i)) && st.wtext(i+1) == "of" &&
			st.allCaps(i+2, j) && !st.orgNamed(c.s, c.e) {
			c.s, c.typ, c.entry = st.wordS(i), "PERSON", lexicon.Entry{}
			continue
		}
		if i < 2 || st.wtext(i-1) != "of" || !st.words[i-2].cap || !inLower(peerageWords, st.wtext(i-2)) ||
			!st.joined(i-2) || !st.joined(i-1) || !st.allCaps(i, j) || i >= 3 && st.words[i-3].cap && st.joined(i-3) && !stopwords[st.wtext(i-3)] {
			continue
		}
		// "Archbishop of" + "Canterbury Dr Rowan Williams": the
		// style, then the person's name after an honorific.
		if h := st.honorificName(i, j); h > i && h+1 < j {
			added = append(added, cand{s: st.wordS(h + 1), e: c.e, typ: "PERSON"})
			c.e = st.wordE(h - 1)
			j = h
		}
		if j-i <= 2 {
			c.s, c.typ, c.entry = st.wordS(i-2), "PERSON", lexicon.Entry{}
		}
	}
}

// allCaps reports whether words [i, j) are all capitalised.
func (st *state) allCaps(i, j int) bool {
	for x := i; x < j; x++ {
		if !st.words[x].cap {
			return false
		}
	}
	return i < j
}

// joinAmpersands joins a name, " & " and the capitalised word after it
// into one organisation, taking in the candidate that word begins:
// firms are named so ("Johnson & Johnson", "Marks & Spencer"), and the
// recogniser often splits them into two people. Countries and peoples
// stay apart ("US & China"). The candidates are sorted by start.
func (st *state) joinAmpersands() {
	out := st.cands[:0]
	for k := 0; k < len(st.cands); k++ {
		c := st.cands[k]
		if !strings.HasPrefix(st.text[c.e:], " & ") || c.typ == "GPE" || c.typ == "NORP" || c.typ == "EVENT" || st.place(c.s, c.e) {
			out = append(out, c)
			continue
		}
		i, _ := st.wordsIn(c.e+3, c.e+4)
		if i >= len(st.words) || st.wordS(i) != c.e+3 || !st.words[i].cap {
			out = append(out, c)
			continue
		}
		end := st.nameEnd(i)
		if k+1 < len(st.cands) && st.cands[k+1].s == st.wordS(i) {
			d := st.cands[k+1]
			if d.typ == "GPE" || d.typ == "NORP" || st.place(d.s, d.e) {
				out = append(out, c)
				continue
			}
			end = d.e
			k++
		} else if n, en := st.lexiconAt(i, i+1); n > 0 && en.Kind != lexicon.KindOrg && en.Kind != lexicon.KindPerson {
			out = append(out, c) // "Harrods & London"
			continue
		}
		c.e, c.typ, c.entry = end, "ORG", lexicon.Entry{}
		out = append(out, c)
	}
	st.cands = out
}

// demonymMan returns the demonym entry of a word made of a people's
// adjective and "man", "woman" or their plurals ("Irishman", "Scotsman",
// "Frenchwomen"), or the zero Entry.
func demonymMan(lex *lexicon.Lexicon, w string) lexicon.Entry {
	for _, suf := range []string{"woman", "women", "man", "men"} {
		if len(w) < len(suf)+4 || !strings.HasSuffix(w, suf) {
			continue
		}
		for _, e := range lex.Lookup(w[:len(w)-len(suf)]) {
			if e.Kind == lexicon.KindDemonym {
				return e
			}
		}
		return lexicon.Entry{}
	}
	return lexicon.Entry{}
}

// place reports whether the lexicon reads [s, e) as a country, people,
// capital or city.
func (st *state) place(s, e int) bool {
	for _, en := range st.lex.Lookup(st.text[s:e]) {
		if en.Kind != lexicon.KindOrg && en.Kind != lexicon.KindPerson {
			return true
		}
	}
	return false
}

// trimLeadWords cuts off the first word of a two-word person's name that
// begins the headline (the title zone, else the first line) when the
// word is no given name and the document names the person in full
// otherwise: "Edgy Agassi struggles past Dent" is Andre Agassi, of whom
// the headline says he is edgy. In the body a sentence-initial word
// before a surname is far more often a given name the lexicon does not
// list ("Mirco Bergamasco" beside his brother Mauro).
func (st *state) trimLeadWords() {
	hs, he := 0, strings.IndexByte(st.text, '\n') // the headline
	if he < 0 {
		he = len(st.text)
	}
	for _, z := range st.doc.Zones {
		if z.Kind == chronicle.ZoneTitle {
			hs, he = z.Start, z.End
			break
		}
	}
	var full map[string][]string // last word → the names of two or more words that end in it
	for k := range st.cands {
		c := &st.cands[k]
		if c.typ != "PERSON" || c.s < hs || c.e > he {
			continue
		}
		i, j := st.wordsIn(c.s, c.e)
		if j-i != 2 || st.wordS(i) != hs || st.text[st.wordE(i):st.wordS(i+1)] != " " ||
			len(strings.TrimSuffix(st.wtext(i), ".")) <= 2 || particle(st.wtext(i)) ||
			st.lex.GivenName(st.wtext(i)) || len(st.lex.People(st.text[c.s:c.e])) > 0 {
			continue // "R Jones" is a Jones of his own
		}
		if full == nil {
			// The names that are sure to be whole: not at a sentence
			// start, or beginning with a given name.
			full = map[string][]string{}
			for _, d := range st.cands {
				if x, y := st.wordsIn(d.s, d.e); d.typ == "PERSON" && y-x >= 2 && (!st.sentenceStart(x) || st.lex.GivenName(st.wtext(x))) {
					full[st.name(y-1)] = append(full[st.name(y-1)], st.text[d.s:d.e])
				}
			}
		}
		// Another name, which does not have the word ("Edgy"; "De
		// Blasio" is Bill de Blasio's), ends so.
		for _, n := range full[st.name(j-1)] {
			if !strings.Contains(strings.ToLower(n), strings.ToLower(st.wtext(i))+" ") {
				c.s = st.wordS(i + 1)
				break
			}
		}
	}
}

// initialsOnly reports whether w is two or more capital letters each followed
// by a period, the last one's perhaps outside the word ("D.J", "J.R.").
func initialsOnly(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 < len(w) && w[i+1] != '.' {
			return false
		}
	}
	return true
}

// initial reports whether w is one upper-case letter: a name's initial
// ("J" of "Mary J. Blige").
func initial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}
