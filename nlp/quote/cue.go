package quote

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"chronicle"
	"chronicle/nlp/internal/perceptron"
	"chronicle/nlp/internal/wordnet"
)

// The cue model: verbs outside the lexicon that attribute.
//
// PolNeAR attributes more than speech: stances and acts of political
// actors ("Trump attacked Machado", "the Dallas Morning News backed
// Clinton", "Pence railed against the deal") carry a cue too, and their
// verbs are a long tail no lexicon lists without flooding the stage with
// every transitive verb. The cue model, an averaged perceptron trained on
// PolNeAR train, judges each verb that the rules left alone (not inside a
// content already found; a lexicon cue whose frame the rules did not
// find, as in "complained about his mic", is judged too, knowing its
// frame) from its word, its word cluster and WordNet supersenses (a
// communication, cognition, emotion or competition verb; whether it takes
// a that-clause), its neighbours and the kind of its subject; so
// is a predicate adjective with a complement ("was critical of the deal",
// "is eager to move on"), whose subject is the one before the be-form. A
// verb it accepts takes the noun phrase or clause after it (after a
// particle: "railed against X") as content and its subject as speaker,
// like a lexicon cue of frame np.
//
// Two more kinds of candidate have feature templates of their own, so
// that they share no weight with the verbs, and margins of their own:
// common nouns with a complement ("his claim that …", "concerns about
// X", "the plan to …"; see nounCue) and passives without a subject of
// their own ("Ginsburg is known for …", "was asked whether …"; see
// learnedPassive), whose speaker may be none, as PolNeAR has it.

// cueModelFile is the cue model's path inside the data file system.
const cueModelFile = "data/cue.model.gz"

// cueMagic opens a cue model file.
const cueMagic = "chronicle-quote-cue/1\n"

// cueHeader is the JSON header of a cue model file.
type cueHeader struct {
	Epochs int     `json:"epochs"`
	Docs   int     `json:"docs"`
	Margin float32 `json:"margin"` // a verb is a cue when its score exceeds this
	// NounMargin is the margin of nouns (see nounCue): PolNeAR's noun
	// cues match its contents less often than its verbs do.
	NounMargin float32 `json:"noun_margin"`
	// PassiveMargin is the margin of passives without a subject of
	// their own (see learnedPassive).
	PassiveMargin float32 `json:"passive_margin"`
}

// nounMarginOffset is how much higher than the verbs' margin the nouns'
// is: chosen by 4-fold cross-validation on PolNeAR train (overlap F1 mean
// over four partitions 0.6827, 0.6833, 0.6829 for 0, 5,000 and 10,000).
const nounMarginOffset = 5000

// passiveMarginOffset is the same for passives (see learnedPassive):
// overlap F1 means 0.6845, 0.6847, 0.6849 for 5,000 (two partitions),
// 20,000 and 30,000, falling at 45,000.
const passiveMarginOffset = 30000

// A cueModel is the loaded cue model.
type cueModel struct {
	m       *perceptron.Model
	margin  float32
	noun    float32 // the margin of nouns
	passive float32 // the margin of passives
}

// loadCueModel reads the cue model from fsys; a missing file means none.
func loadCueModel(fsys fs.FS) (*cueModel, error) {
	f, err := fsys.Open(cueModelFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("quote: cue model: %w", err)
	}
	defer f.Close()
	var h cueHeader
	m, err := perceptron.ReadFile(f, cueMagic, &h)
	if err != nil {
		return nil, fmt.Errorf("quote: cue model: %w", err)
	}
	return &cueModel{m: m, margin: h.Margin, noun: h.NounMargin, passive: h.PassiveMargin}, nil
}

// auxiliaries are verbs that never carry an attribution themselves.
var auxiliaries = setOf("is", "was", "were", "are", "be", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m", "am",
	"has", "have", "had", "having", "'ve", "’ve", "do", "does", "did", "will", "would", "could", "should", "can", "may", "might", "must")

// particles join a cue verb and its content: "railed against X".
var particles = setOf("against", "about", "on", "for", "with", "of", "over", "at", "into", "out", "up", "off", "back", "from", "in", "down")

// prepositionTo reports whether "to" follows the verb at k (before hi)
// as a preposition, not an infinitive's mark ("seeking to “cut and
// run”", "is said to last"), nor the experiencer of "seem" ("seems to
// me").
func (st *state) prepositionTo(k, hi int) bool {
	w := k + 2
	if w >= hi || st.toks[k+1].low != "to" || seemVerbs[st.toks[k].low] || st.passive(k) || k > 0 && beForms[st.toks[k-1].low] && strings.HasPrefix(st.tagOf(st.toks[k]), "VB") {
		return false
	}
	for w+1 < hi && st.toks[w].mark {
		w++
	}
	return !st.infinitiveAt(w)
}

// addresseeThen open what was said after an addressee: "confided to
// her that …", "wrote to his followers: …".
// A "that" before a comma stays in the content: "reiterated to ABC News
// that, in retrospect, …".
var addresseeThen = setOf("that", ":")

// covered returns, for every token, whether it lies in the cue or the
// content of a candidate found so far.
func (st *state) covered() []bool {
	diff := make([]int, len(st.toks)+1)
	mark := func(a, b int) {
		if a < b {
			diff[a]++
			diff[b]--
		}
	}
	for _, c := range st.cands {
		mark(c.cue0, c.cue1)
		a, b := c.t0, c.t1
		if c.region >= 0 {
			rg := st.regions[c.region]
			a, b = rg.t0, rg.t1
		} else if b <= a {
			a, b = st.tokenRange(c.cs, c.ce)
		}
		mark(a, b)
	}
	out := make([]bool, len(st.toks))
	n := 0
	for i := range out {
		n += diff[i]
		out[i] = n > 0
	}
	return out
}

// tokenRange returns the tokens lying in bytes [s, e).
func (st *state) tokenRange(s, e int) (int, int) {
	lo, hi := 0, len(st.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(st.toks[m].s) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	a := lo
	for lo < len(st.toks) && int(st.toks[lo].e) <= e {
		lo++
	}
	return a, lo
}

// cueCandidate reports whether token k is a verb, or a predicate
// adjective (see predicate), the cue model judges.
func (st *state) cueCandidate(k int, cov []bool) bool {
	t := st.toks[k]
	if !t.word || t.region >= 0 || t.mark || cov != nil && cov[k] || auxiliaries[t.low] {
		return false
	}
	if !strings.HasPrefix(st.tagOf(t), "VB") && st.predicate(k) < 0 && !st.nounCue(k) {
		return false
	}
	if st.prenominal(k) || st.comparedIdiom(k) {
		return false // "the best supporting actor award", "easier said than done"
	}
	if st.tagOf(t) == "VBN" && k+1 < len(st.toks) && isFiniteTag(st.tagOf(st.toks[k+1])) {
		return false // inside its subject: "those questioned said"
	}
	// A credit in parentheses is no attribution: "(According to AFP)".
	return t.low != "according" || (k == 0 || st.toks[k-1].low != "(") && !st.mannerAccording(k)
}

// prenominal reports whether the gerund at k modifies the noun after
// it, after a determiner or a possessive (and maybe an adjective or a
// common noun) and before a common noun: "the best supporting actor
// award", "a growing concern", "the sport's world governing body"; so does a
// participle after adverbs: "the most passionately supported club", "a
// widely reported claim".
func (st *state) prenominal(k int) bool {
	tag := st.tagOf(st.toks[k])
	if k == 0 || k+1 >= len(st.toks) {
		return false
	}
	if tag != "VBG" {
		if !strings.HasSuffix(st.toks[k].low, "ed") || !strings.HasPrefix(st.tagOf(st.toks[k-1]), "RB") {
			return false
		}
		a := k - 1
		for a > 0 && k-a < 4 && strings.HasPrefix(st.tagOf(st.toks[a]), "RB") {
			a--
		}
		n := st.tagOf(st.toks[k+1])
		return st.tagOf(st.toks[a]) == "DT" && !pronominalDets[st.toks[a].low] && st.toks[k+1].word && (n == "NN" || n == "NNS")
	}
	det := func(i int) bool {
		switch st.tagOf(st.toks[i]) {
		case "PRP$", "POS":
			return true
		case "DT":
			return !pronominalDets[st.toks[i].low] // "those supporting Mr. Ailes"
		}
		return false
	}
	if !det(k-1) && !(k >= 2 && strings.HasPrefix(st.tagOf(st.toks[k-1]), "JJ") && det(k-2)) {
		return false
	}
	n := st.tagOf(st.toks[k+1])
	return st.toks[k+1].word && (n == "NN" || n == "NNS")
}

// pronominalDets are determiners that stand for a noun phrase of their own.
var pronominalDets = setOf("those", "these", "this", "that", "some", "all", "many", "both", "each", "few", "any", "none", "either", "neither")

// predicate returns the form of "be" before token k when k is an
// adjective predicated of the subject with a complement after it, a
// stance as a verb is one ("Clinton was critical of the deal",
// "Republicans are eager to move on", "he is confident that"); -1 when it
// is none. (Participles so placed, "are concerned about", were tried:
// PolNeAR gives them no source as often as a source.)
func (st *state) predicate(k int) int {
	if st.tagOf(st.toks[k]) != "JJ" {
		return -1
	}
	s := st.sents[st.sentAt(k)]
	if k+1 >= s.t1 {
		return -1
	}
	if n := st.toks[k+1].low; !particles[n] && n != "to" && n != "that" {
		return -1
	}
	for j := k - 1; j >= s.t0 && k-j <= 3; j-- {
		if beForms[st.toks[j].low] {
			return j
		}
		if !st.skipsBeforeCue(j) {
			return -1
		}
	}
	return -1
}

// nounPreps open the complement of a noun the cue model judges:
// "concerns about X", "criticism of X", "calls for X", "opposition to X".
var nounPreps = setOf("about", "of", "for", "on", "against", "over", "to", "with", "toward", "towards")

// nounCue reports whether token k is a common noun with a complement, a
// stance or a statement as a verb is one ("his claim that …", "concerns
// about the deal", "the plan to …", "calls for a recount"), which the cue
// model judges with features of its own (see nounFeats).
func (st *state) nounCue(k int) bool {
	if tag := st.tagOf(st.toks[k]); tag != "NN" && tag != "NNS" {
		return false
	}
	s := st.sents[st.sentAt(k)]
	if k+2 >= s.t1 || st.toks[k].upper && k == s.t0 || k > s.t0 && st.adverbialIdiom(k-1) {
		return false // (nor is "length" in "spoke at length about")
	}
	n := st.toks[k+1].low
	if n != "that" && !nounPreps[n] || timeNouns[st.toks[k].low] || dayParts[st.toks[k].low] {
		return false // (not a time: "released last month to give an interview")
	}
	return n == "that" || !st.timeAt(k+2) // not "a statement on Monday"
}

// timeHead reports whether token k (or the one before a comma at k) can
// end a time adjunct: not a bare determiner ("will seize on this").
func (st *state) timeHead(k int) bool {
	if k > 0 && st.toks[k].low == "," {
		k--
	}
	switch st.toks[k].low {
	case "this", "that", "next", "last", "the", "past", "again", "once":
		return false
	}
	return true
}

// timeAt reports whether token j opens a time expression or names a day.
func (st *state) timeAt(j int) bool {
	if j < 0 || j >= len(st.toks) {
		return false
	}
	st.spanMarks()
	if j+1 < len(st.toks) && possessiveClitic(st.toks[j+1].low) {
		return false // "Thursday's meeting" is a noun phrase
	}
	return st.timeStarts[j] || dayWords[st.toks[j].low] || st.dateWord(j)
}

// nounSpeaker returns the speaker of the noun cue at k and the verb whose
// object the noun is (-1 for none): the possessor ("his claim", "Pence's
// call for"), else the subject of that verb ("X raised questions about",
// "X has no plans to"), else none ("concerns about the deal").
func (st *state) nounSpeaker(k int) (sp0, sp1, gov int) {
	s := st.sents[st.sentAt(k)]
	j := k - 1
	for j >= s.t0 && k-j <= 3 {
		tag := st.tagOf(st.toks[j])
		if st.toks[j].word && !st.toks[j].upper && (strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "RB") || tag == "NN" || tag == "VBN" && j < k-1) {
			j--
			continue
		}
		break
	}
	if j < s.t0 {
		return k, k, -1
	}
	switch w := st.toks[j].low; {
	case possessives[w]:
		return j, j + 1, -1
	case possessiveClitic(w):
		if a, b := st.np(j-1, s.t0); b > a {
			return a, b, -1
		}
		return k, k, -1
	case articles[w] || determiners[w]:
		j--
	}
	if j >= s.t0 && circumstances[st.toks[j].low] {
		return k, k, -1 // "are to meet amid talk that": the talk is no one's in the sentence
	}
	if j >= s.t0 && strings.HasPrefix(st.tagOf(st.toks[j]), "VB") && !beForms[st.toks[j].low] && !auxiliaries[st.toks[j].low] || j >= s.t0 && (st.toks[j].low == "has" || st.toks[j].low == "have" || st.toks[j].low == "had") {
		if st.verbIn(j, receiveVerbs) {
			return k, k, j // "Fears … have sparked calls for a limit": the calls are others'
		}
		if a, b := st.learnedSubject(j); b > a && b <= j {
			return a, b, j
		}
		return k, k, j
	}
	if j == k-1 && j >= s.t0 {
		// A verb tagged as a noun: "Merkel talks about", "he calls for",
		// "Data show"; not an adjective capitalised to open the sentence
		// ("New speculation about …": no name, and no noun by WordNet).
		if p := st.toks[j]; pronouns[p.low] || p.upper && strings.HasPrefix(st.tagOf(p), "NNP") && (j > s.t0 || st.inMention(j, anyMention) || st.wnNoun(p.low)) {
			if a, b := st.subject(k, s.t0); b > a {
				return a, b, -1
			}
		}
	}
	// Past a finite verb, the noun is its clause's: "Graham will headline
	// a fundraiser in support of", "Clinton is an outspoken supporter of".
	for i := k - 1; i >= s.t0 && k-i <= 12; i-- {
		t := st.toks[i]
		if t.low == "," || t.low == ";" || t.region >= 0 || t.low == "that" || t.low == "who" || t.low == "which" {
			break
		}
		if isFiniteTag(st.tagOf(t)) {
			if a, b := st.learnedSubject(i); b > a && b <= i {
				return a, b, -2
			}
			break
		}
	}
	return k, k, -1
}

// circumstances are prepositions whose noun phrase sets the scene of a
// clause rather than saying what its subject said or thought.
var circumstances = setOf("amid", "amidst", "despite", "following", "after", "over", "among")

// Feature templates of the cue model.
const (
	cBias = iota + 1
	cW
	cStem
	cTag
	cWTag
	cPrevW
	cPrevT
	cPrev2W
	cNextW
	cNextT
	cNext2W
	cWNext
	cSubj
	cWSubj
	cThat
	cTo
	cQuoteAfter
	cFirst
	cStemNext
	cPrevTW
	cLex
	cPred
	cCl
	cWn1
	cWnAny
	cWnFrame
	cWn1Subj
	cStemSubjCl
)

// featHashes returns the word and tag hashes of the tokens of token k's
// sentence, by index; outside the sentence both are hSent.
func (st *state) featHashes(k int) (word, tag func(i int) uint64) {
	s := st.sents[st.sentAt(k)]
	word = func(i int) uint64 {
		if i < s.t0 || i >= s.t1 {
			return hSent
		}
		w, _ := st.hashAt(i)
		return w
	}
	tag = func(i int) uint64 {
		if i < s.t0 || i >= s.t1 {
			return hSent
		}
		_, t := st.hashAt(i)
		return t
	}
	return word, tag
}

// clusterAt returns the ids of token k's word clusters at the middle
// and the finest granularity, 0 for a word without clusters: verbs and
// nouns never seen in training share weights with the words used like
// them ("lambasted" with "criticized").
func (st *state) clusterAt(k int) (mid, fine uint64) {
	hw, _ := st.hashAt(k)
	c, ok := st.words.LookupHash(hw, hw)
	if !ok {
		return 0, 0
	}
	return uint64(c[1]), uint64(c[2])
}

// verbSense returns the WordNet senses of the verb at k, all None when
// it is unknown.
func (st *state) verbSense(k int) wordnet.Sense {
	vs, ok := st.wn.Verb(st.toks[k].low)
	if !ok {
		vs.Lex = [3]uint8{wordnet.None, wordnet.None, wordnet.None}
	}
	return vs
}

// subjectKind names the kind of subject tokens [sp0, sp1) are for the cue
// features: "none", "pron", "rel", the type of a mention ending it, else
// "np". A verb's features count a possessive as a pronoun ("his claim");
// a passive's count "that" as a relative ("a plan that was announced").
func (st *state) subjectKind(sp0, sp1 int, passive bool) string {
	if sp1 <= sp0 {
		return "none"
	}
	last := st.toks[sp1-1]
	switch {
	case pronouns[last.low] || !passive && possessives[last.low]:
		return "pron"
	case last.low == "who" || last.low == "which" || passive && last.low == "that":
		return "rel"
	}
	subj := "np"
	for _, i := range st.mentions().endingAt(int(last.e)) {
		subj = st.doc.Mentions[i].Type
	}
	return subj
}

// cueFeats appends the features of verb k, whose subject is tokens
// [sp0, sp1) (none when sp1 <= sp0).
func (st *state) cueFeats(buf []uint64, k, sp0, sp1 int) []uint64 {
	s := st.sents[st.sentAt(k)]
	word, tag := st.featHashes(k)
	w := st.toks[k].low
	stem := w
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(stem) > len(suf)+2 && strings.HasSuffix(stem, suf) {
			stem = stem[:len(stem)-len(suf)]
			break
		}
	}
	hw, _ := st.hashAt(k)
	hs := perceptron.Hash(stem)
	hsubj := perceptron.Hash(st.subjectKind(sp0, sp1, false))
	c1, _ := st.clusterAt(k)
	vs := st.verbSense(k)
	// A lexicon cue the rules left alone ("complained about his mic",
	// "warned against hackers") is judged too, knowing its frame.
	lex := uint64(0)
	if e, _, ok := st.cueAt(k); ok {
		lex = uint64(e.frame) + 1
	}
	flag := func(b bool) uint64 {
		if b {
			return 1
		}
		return 0
	}
	that := k+1 < s.t1 && st.toks[k+1].low == "that" || k+2 < s.t1 && st.toks[k+2].low == "that"
	to := k+1 < s.t1 && st.toks[k+1].low == "to" || k+2 < s.t1 && st.toks[k+2].low == "to"
	quote := false
	for i := k + 1; i < s.t1 && i-k < 12; i++ {
		if st.toks[i].region >= 0 {
			quote = true
			break
		}
	}
	pred := st.predicate(k) >= 0
	subjCl := uint64(0)
	if sp1 > sp0 {
		if h := st.headOf(sp0, sp1); h >= 0 {
			subjCl, _ = st.clusterAt(h)
			subjCl++
		}
	}
	first := true
	for i := max(s.t0, k-60); i < k; i++ {
		if isFiniteTag(st.tagOf(st.toks[i])) && !auxiliaries[st.toks[i].low] {
			first = false
			break
		}
	}
	return append(buf,
		perceptron.Mix(cBias, 0, 0),
		perceptron.Mix(cW, hw, 0),
		perceptron.Mix(cStem, hs, 0),
		perceptron.Mix(cTag, tag(k), 0),
		perceptron.Mix(cWTag, hw, tag(k)),
		perceptron.Mix(cPrevW, word(k-1), 0),
		perceptron.Mix(cPrevT, tag(k-1), 0),
		perceptron.Mix(cPrev2W, word(k-2), 0),
		perceptron.Mix(cNextW, word(k+1), 0),
		perceptron.Mix(cNextT, tag(k+1), 0),
		perceptron.Mix(cNext2W, word(k+2), 0),
		perceptron.Mix(cWNext, hs, word(k+1)),
		perceptron.Mix(cSubj, hsubj, 0),
		perceptron.Mix(cWSubj, hs, hsubj),
		perceptron.Mix(cThat, flag(that), hs),
		perceptron.Mix(cTo, flag(to), hs),
		perceptron.Mix(cQuoteAfter, flag(quote), 0),
		perceptron.Mix(cFirst, flag(first), tag(k)),
		perceptron.Mix(cStemNext, hs, tag(k+1)),
		perceptron.Mix(cPrevTW, tag(k-1), hs),
		perceptron.Mix(cLex, lex, tag(k+1)),
		perceptron.Mix(cPred, flag(pred), hs),
		perceptron.Mix(cCl, c1, 0),
		perceptron.Mix(cWn1, uint64(vs.Lex[0]), 0),
		perceptron.Mix(cWnAny, uint64(vs.Lex[1]), 0),
		perceptron.Mix(cWnAny, uint64(vs.Lex[2]), 0),
		perceptron.Mix(cWnFrame, flag(vs.Clause)<<1|flag(vs.Infinitive), flag(that)<<1|flag(to)),
		perceptron.Mix(cWn1Subj, uint64(vs.Lex[0]), hsubj),
		// The subject's head: "a poll found" reports, "Sanders found" may not.
		perceptron.Mix(cStemSubjCl, hs, subjCl),
	)
}

// Feature templates of nouns, apart from the verbs': a noun shares no
// weight with a verb.
const (
	nBias = iota + 64
	nW
	nStem
	nNext
	nWNext
	nNext2T
	nWNext2T
	nPrevW
	nPrevT
	nSpk
	nWSpk
	nGov
	nGovW
	nFirst
	nTag
	nNext2W
	nPrev2W
	nWPrev
	nCl
	nWn1
	nWnAny
	nWn1Next
)

// nounFeats appends the features of the noun cue at k, whose speaker is
// tokens [sp0, sp1) (none when sp1 <= sp0) and which is the object of
// verb gov (none when gov < 0).
func (st *state) nounFeats(buf []uint64, k, sp0, sp1, gov int) []uint64 {
	s := st.sents[st.sentAt(k)]
	word, tag := st.featHashes(k)
	w := st.toks[k].low
	stem := strings.TrimSuffix(w, "s")
	hs := perceptron.Hash(stem)
	next := word(k + 1)
	c1, _ := st.clusterAt(k)
	ns, ok := st.wn.Noun(w)
	if !ok {
		ns.Lex = [3]uint8{wordnet.None, wordnet.None, wordnet.None}
	}
	spk := "none"
	if sp1 > sp0 {
		spk = "np"
		last := st.toks[sp1-1]
		switch {
		case possessives[last.low] || possessiveClitic(last.low):
			spk = "poss"
		case pronouns[last.low]:
			spk = "pron"
		default:
			for _, i := range st.mentions().endingAt(int(last.e)) {
				spk = st.doc.Mentions[i].Type
			}
		}
		switch {
		case gov >= 0:
			spk += "/obj"
		case gov == -2:
			spk += "/clause"
		}
	}
	hspk := perceptron.Hash(spk)
	govw := hSent
	if gov >= 0 {
		govw = word(gov)
	}
	first := true
	for i := max(s.t0, k-60); i < k; i++ {
		if isFiniteTag(st.tagOf(st.toks[i])) && !auxiliaries[st.toks[i].low] {
			first = false
			break
		}
	}
	ft := uint64(0)
	if first {
		ft = 1
	}
	return append(buf,
		perceptron.Mix(nBias, 0, 0),
		perceptron.Mix(nW, word(k), 0),
		perceptron.Mix(nStem, hs, 0),
		perceptron.Mix(nNext, next, 0),
		perceptron.Mix(nWNext, hs, next),
		perceptron.Mix(nNext2T, next, tag(k+2)),
		perceptron.Mix(nWNext2T, hs, perceptron.Mix(0, next, tag(k+2))),
		perceptron.Mix(nPrevW, word(k-1), 0),
		perceptron.Mix(nPrevT, tag(k-1), 0),
		perceptron.Mix(nSpk, hspk, 0),
		perceptron.Mix(nWSpk, hs, hspk),
		perceptron.Mix(nGov, govw, 0),
		perceptron.Mix(nGovW, govw, hs),
		perceptron.Mix(nFirst, ft, next),
		perceptron.Mix(nTag, tag(k), next),
		perceptron.Mix(nNext2W, next, word(k+2)),
		perceptron.Mix(nPrev2W, word(k-2), 0),
		perceptron.Mix(nWPrev, hs, word(k-1)),
		perceptron.Mix(nCl, c1, 0),
		perceptron.Mix(nWn1, uint64(ns.Lex[0]), 0),
		perceptron.Mix(nWnAny, uint64(ns.Lex[1]), 0),
		perceptron.Mix(nWnAny, uint64(ns.Lex[2]), 0),
		perceptron.Mix(nWn1Next, uint64(ns.Lex[0]), next),
	)
}

// learnedNoun adds the attribution of the noun cue at k: its speaker,
// tokens [sp0, sp1) (none when empty), holds the clause or noun phrase
// of its complement: "claim that X" → X, "plan to X" → "to X", "concerns
// about X" → X. It reports whether it added one.
func (st *state) learnedNoun(k, sp0, sp1 int) bool {
	si := st.sentAt(k)
	s := st.sents[si]
	cue1, start := k+2, k+2
	if n := st.toks[k+1].low; n == "to" && st.infinitiveAt(k+2) && st.tagOf(st.toks[k+2]) == "VB" {
		cue1, start = k+1, k+1
	} else if n == "that" {
		cue1 = k + 1
	}
	if start >= s.t1 || !st.toks[start].word && st.toks[start].region < 0 && !st.toks[start].mark {
		return false
	}
	if sp1 <= sp0 {
		sp0, sp1 = k, k
	}
	if st.learnedQuote(k, cue1, start, sp0, sp1) {
		return true // "chants of “I’m with her”"
	}
	var trim func(start, end int) int
	if cue1 == k+2 {
		trim = st.npEnd
	}
	end, cs, ce, ok := st.learnedSpan(si, start, start, trim)
	if !ok {
		return false
	}
	st.useCue(k)
	// The end model, trained on verbs' clauses, leaves a noun's content
	// as the rules end it (cross-validation: trimming it lowered overlap
	// F1 by about 0.0006).
	st.add(cand{cs: cs, ce: ce, kind: st.reportedKind(cs, ce), sp0: sp0, sp1: sp1, cue0: k, cue1: cue1, region: -1, sent: si, t0: start, t1: end, whole: true})
	return true
}

// npEnd ends the noun phrase a noun cue's preposition takes, starting at
// token i and ending by end at the latest, before a comma, a subordinate
// clause or a time adjunct: "support of Rubio since he became a
// candidate" → "Rubio", "allegations against the NRA in February" → "the
// NRA".
func (st *state) npEnd(i, end int) int {
	clause := false // a wh- or that-clause may hold a finite verb
	for j := i; j < end; j++ {
		t := st.toks[j]
		if t.region >= 0 {
			continue
		}
		if strings.HasPrefix(st.tagOf(t), "W") || t.low == "that" || t.low == "whether" || t.low == "if" {
			clause = true
		}
		if j == i {
			continue
		}
		switch {
		case !clause && (isFiniteTag(st.tagOf(t)) || st.tagOf(t) == "MD"):
			// "talks on the future of Gibraltar begin", "his policy of
			// charging students was not popular": the noun phrase is
			// the subject of that verb ("concerns about the industry and
			// 680 people have signed": not its "and").
			for j > i+1 && conjunctions[st.toks[j-1].low] {
				j--
			}
			return j
		case st.tagOf(t) == "VBG" && st.isCueStart(j):
			return j // a participle of speech: "praise on Mr Brown saying he …"
		case t.low == "," || t.low == "(" || isDash(t.low) || subordinators[t.low] || t.low == "during" || t.low == "amid":
			return j
		case (timeWords[t.low] || months[t.low] && t.upper) && (st.toks[j-1].low == "in" || st.toks[j-1].low == "on" || st.toks[j-1].low == "last" || st.toks[j-1].low == "this"):
			return j - 1
		case timeWords[t.low]:
			return j
		}
	}
	return end
}

// Feature templates of passives, apart from the active verbs' and the
// nouns'.
const (
	pBias = iota + 96
	pW
	pStem
	pNext
	pWNext
	pNext2
	pFrame
	pWFrame
	pAgent
	pSubj
	pWSubj
	pPrevW
	pFirst
	pCl
	pWn1
	pWn1Frame
)

// Frames of a passive's content.
const (
	passiveWhole = iota // "Ginsburg is known for speaking her mind": the clause from the subject on
	passiveAfter        // "was asked whether …", "was told that …": what follows
)

// passiveFrame returns where the content of the passive at k lies: after
// it when a clause or a topic follows ("was told that", "was asked about",
// "is expected to"), else the whole clause from its subject on.
func (st *state) passiveFrame(k int) int {
	s := st.sents[st.sentAt(k)]
	if k+1 >= s.t1 {
		return passiveWhole
	}
	switch n := st.toks[k+1]; {
	case n.low == "that" || n.low == "whether" || n.low == "if" || n.low == "about" || n.low == ":" || n.region >= 0 || n.mark:
		return passiveAfter
	case strings.HasPrefix(st.tagOf(n), "W"):
		return passiveAfter
	case experiencerCause[n.low] && st.verbIn(k, experiencerVerbs):
		return passiveAfter // "donors were upset after Obama called …": the donors feel it
	case addressedVerbs[st.toks[k].low] && st.clauseAt(k+1, s.t1):
		return passiveAfter // "was told he would be sent to Guantanamo Bay"
	}
	return passiveWhole
}

// experiencerCause may open what a state of mind is about after the
// participle of an "amuse" verb: "angered by", "upset after", "pleased
// with", "alarmed at".
var experiencerCause = setOf("by", "with", "over", "at", "after", "in")

// passiveParts returns the subject [sp0, sp1) of the passive verb at k
// (before its be-form and auxiliaries) and its agent [ag0, ag1) ("by
// MSNBC"), either empty when there is none.
func (st *state) passiveParts(k int) (sp0, sp1, ag0, ag1 int) {
	s := st.sents[st.sentAt(k)]
	b := k - 1
	for b-1 >= s.t0 && k-b < 6 && (auxiliaries[st.toks[b-1].low] || beForms[st.toks[b-1].low] || st.skipsBeforeCue(b-1) || st.toks[b-1].low == "not") {
		b--
	}
	sp0, sp1 = st.subject(b, s.t0)
	ag0, ag1 = k, k
	if k+2 < s.t1 && st.toks[k+1].low == "by" {
		if a, e := st.npRight(k+2, s.t1); e > a {
			ag0, ag1 = a, e
		}
	}
	return sp0, sp1, ag0, ag1
}

// passiveFeats appends the features of the passive at k.
func (st *state) passiveFeats(buf []uint64, k, sp0, sp1, ag0, ag1, frame int) []uint64 {
	s := st.sents[st.sentAt(k)]
	word, _ := st.featHashes(k)
	w := st.toks[k].low
	stem := w
	for _, suf := range []string{"ed", "en", "n"} {
		if len(stem) > len(suf)+2 && strings.HasSuffix(stem, suf) {
			stem = stem[:len(stem)-len(suf)]
			break
		}
	}
	hs := perceptron.Hash(stem)
	hsubj := perceptron.Hash(st.subjectKind(sp0, sp1, true))
	agent := uint64(0)
	if ag1 > ag0 {
		agent = 1
	}
	first := uint64(1)
	for i := max(s.t0, k-60); i < k; i++ {
		if isFiniteTag(st.tagOf(st.toks[i])) && !auxiliaries[st.toks[i].low] {
			first = 0
			break
		}
	}
	fr := uint64(frame) + 1
	c1, _ := st.clusterAt(k)
	vs := st.verbSense(k)
	return append(buf,
		perceptron.Mix(pBias, 0, 0),
		perceptron.Mix(pW, word(k), 0),
		perceptron.Mix(pStem, hs, 0),
		perceptron.Mix(pNext, word(k+1), 0),
		perceptron.Mix(pWNext, hs, word(k+1)),
		perceptron.Mix(pNext2, word(k+1), word(k+2)),
		perceptron.Mix(pFrame, fr, 0),
		perceptron.Mix(pWFrame, hs, fr),
		perceptron.Mix(pAgent, agent, hs),
		perceptron.Mix(pSubj, hsubj, 0),
		perceptron.Mix(pWSubj, hs, hsubj),
		perceptron.Mix(pPrevW, word(k-1), 0),
		perceptron.Mix(pFirst, first, fr),
		perceptron.Mix(pCl, c1, 0),
		perceptron.Mix(pWn1, uint64(vs.Lex[0]), 0),
		perceptron.Mix(pWn1Frame, uint64(vs.Lex[0]), fr),
	)
}

// agentComplements open a passive verb's complement after its agent:
// "accused by X of", "seen by X as", "chosen by X to".
var agentComplements = setOf("of", "as", "to", "for", "that", "into", "over", "from", "with", "about", "whether")

// tokLow returns token i's lower-case text, "" past the end.
func (st *state) tokLow(i int) string {
	if i >= len(st.toks) {
		return ""
	}
	return st.toks[i].low
}

// passiveSubject returns where the subject [sp0, sp1) of a passive
// starts when it is read out to its clause's opening: a noun phrase with
// prepositions and an infinitive in it ("[A call for shortlists to boost
// the number of Asian MPs] has been rejected") rather than its last noun.
// It stops at a clause opener (punctuation, a relative word, a quote)
// and keeps sp0 when it meets a verb first (so "and" joins nouns only).
func (st *state) passiveSubject(sp0, sp1 int) int {
	s := st.sents[st.sentAt(sp0)]
	i := sp0
	for i > s.t0 && sp1-i < 40 {
		t := st.toks[i-1]
		tag := st.tagOf(t)
		if !t.word || t.region >= 0 || t.mark || strings.HasPrefix(tag, "W") || t.low == "that" && tag != "DT" {
			break
		}
		if strings.HasPrefix(tag, "VB") && tag != "VBG" && tag != "VB" || tag == "MD" {
			return sp0
		}
		i--
	}
	for i < sp0 && strings.HasPrefix(st.tagOf(st.toks[i]), "RB") {
		i++ // "Later the prime minister's spokesman was asked by …"
	}
	if i < sp0 && (st.tagOf(st.toks[i]) == "IN" || st.tagOf(st.toks[i]) == "TO" || prepositions[st.toks[i].low]) {
		return sp0 // the phrase opens with a preposition: an adjunct, not the subject
	}
	return i
}

// addressedVerbs are passives whose subject was addressed: "was asked
// whether …", "was told that …".
var addressedVerbs = setOf("asked", "told", "questioned", "informed", "pressed", "reminded", "urged", "warned", "advised", "assured", "quizzed", "briefed", "invited")

// learnedPassive judges the passive verb at k and adds its attribution
// when the cue model accepts it: the agent speaks ("was criticized by
// X"), or no one, as PolNeAR has it for most passives; the content is the
// clause from the subject on ("Ginsburg is known for speaking her
// mind") or what follows the verb ("was asked whether …").
func (st *state) learnedPassive(k int, buf []uint64, scores []float32) {
	sp0, sp1, ag0, ag1 := st.passiveParts(k)
	frame := st.passiveFrame(k)
	buf = st.passiveFeats(buf, k, sp0, sp1, ag0, ag1, frame)
	scores[0], scores[1] = 0, 0
	st.cue.m.Score(buf, scores)
	if scores[1]-scores[0] <= st.cue.passive {
		return
	}
	si := st.sentAt(k)
	s := st.sents[si]
	var start, cue1 int
	switch frame {
	case passiveAfter:
		// A state's subject holds it ("some Democrats are concerned
		// that …"); one told or asked is no source.
		if sp1 > sp0 && !addressedVerbs[st.toks[k].low] && st.learnedSpeaker(sp0, sp1) && !(sp1 == sp0+1 && st.toks[sp0].low == "it") { // "It is not known whether …": no one
			ag0, ag1 = sp0, sp1
		}
		cue1 = k + 1
		for cue1 < s.t1 && cue1-k < 3 && (particles[st.toks[cue1].low] || experiencerCause[st.toks[cue1].low] && st.verbIn(k, experiencerVerbs)) {
			cue1++
		}
		start = cue1
		if start < s.t1 && (st.toks[start].low == "that" || st.toks[start].low == ":") {
			start++
		}
	default:
		if sp1 <= sp0 {
			return
		}
		cue1, start = k+1, sp0
	}
	if start >= s.t1 {
		return
	}
	var end, cs, ce int
	ok := false
	if q := st.tokLow(ag1); frame == passiveWhole && ag1 > ag0 && addressedVerbs[st.toks[k].low] && (q == "about" || clauseStarts[q] || q == "who") {
		// One asked by another: the agent asks what follows it ("was
		// asked by host John Dickerson whether …").
		start = ag1
		if q == "about" {
			start++
		}
		frame = passiveAfter
	}
	if frame == passiveWhole && ag1 > ag0 && !agentComplements[st.tokLow(ag1)] {
		// With its agent, a passive reports its subject only: "[This
		// proposal] was rejected by 64 percent of the electorate" (the
		// voters rejected the proposal); a complement after the agent
		// keeps the clause ("he was accused by X of …").
		start, end = st.passiveSubject(sp0, sp1), sp1
		cs, ce = st.span(start, end)
		ce = st.trimMarks(cs, ce)
		ok = ce > cs
	} else {
		end, cs, ce, ok = st.learnedSpan(si, start, max(start, k), nil)
	}
	if !ok {
		return
	}
	st.useCue(k)
	st.add(cand{cs: cs, ce: ce, kind: st.reportedKind(cs, ce), sp0: ag0, sp1: ag1, cue0: k, cue1: cue1, region: -1, sent: si, t0: start, t1: end, whole: frame == passiveWhole})
}

// learnedCues adds the attributions of the verbs the cue model accepts.
func (st *state) learnedCues() {
	if st.cue == nil {
		return
	}
	cov := st.covered()
	var buf []uint64
	scores := make([]float32, 2)
	for k := range st.toks {
		if !st.cueCandidate(k, cov) {
			continue
		}
		if st.nounCue(k) {
			sp0, sp1, gov := st.nounSpeaker(k)
			buf = st.nounFeats(buf[:0], k, sp0, sp1, gov)
			scores[0], scores[1] = 0, 0
			st.cue.m.Score(buf, scores)
			if scores[1]-scores[0] > st.cue.noun {
				st.learnedNoun(k, sp0, sp1)
			}
			continue
		}
		// Only a verb with a speaker can become an attribution: judge no
		// other. A verb without a subject the rules find ("Clinton, who
		// …, has said", "Then he began dismissing") is judged as such, and
		// its sentence's main subject speaks.
		sp0, sp1 := st.learnedSubject(k)
		spk0, spk1 := sp0, sp1
		if sp1 <= sp0 {
			// A passive is judged with features of its own (see
			// passiveFeats). A bare infinitive or a participle without a
			// subject is rarely a cue (and judging them costs time).
			if st.passive(k) {
				st.learnedPassive(k, buf[:0], scores)
				continue
			}
			if tag := st.tagOf(st.toks[k]); tag == "VB" || tag == "VBN" {
				continue
			}
			spk0, spk1 = st.mainSubject(st.sentAt(k))
			if spk1 >= k {
				continue
			}
		}
		if !st.learnedSpeaker(spk0, spk1) {
			continue
		}
		buf = st.cueFeats(buf[:0], k, sp0, sp1)
		scores[0], scores[1] = 0, 0
		st.cue.m.Score(buf, scores)
		if scores[1]-scores[0] <= st.cue.margin {
			continue
		}
		// An aspectual verb hands its attitude to the infinitive after it:
		// in "Judge Berman proceeded to hand down his sentence" what is
		// handed down is his sentence, not "to hand down his sentence".
		if v := st.aspectualInfinitive(k); v >= 0 {
			if !st.cueCandidate(v, cov) {
				continue // the infinitive is a cue the rules took: "He tried to argue that …"
			}
			buf = st.cueFeats(buf[:0], v, sp0, sp1)
			scores[0], scores[1] = 0, 0
			st.cue.m.Score(buf, scores)
			if scores[1]-scores[0] > st.cue.margin {
				st.learnedClause(v, spk0, spk1)
				cov[v] = true // judged: not again as a cue of its own
				continue
			}
			if v == k+3 {
				continue // "went on to give Dementieva another thrashing": no attitude
			}
		}
		// A light verb's object noun may be the cue: in "made these
		// allegations against the NRA" what was alleged is the NRA's, not
		// "these allegations against the NRA".
		if n := st.objectNounCue(k, spk0, spk1, cov); n >= 0 {
			cov[n] = true // judged: not again as a cue of its own
			continue
		}
		st.learnedClause(k, spk0, spk1)
	}
}

// claimKey is the WordNet key of "claim", and titleVerbs take a title as
// their object: "claimed the top spot", "will defend the Davis Cup crown"
// state nothing.
var (
	claimKey   = wordnet.Key("claim")
	titleVerbs = keySet("defend", "retain")
)

// aspectualInfinitive returns the infinitive an aspectual verb at k hands
// its attitude to ("tended to support", "went on to give": support,
// give), else -1.
func (st *state) aspectualInfinitive(k int) int {
	v := k + 2
	if k+1 < len(st.toks) && st.toks[k+1].low == "on" && st.verbIn(k, goKey) {
		v++ // "went on to give Dementieva another thrashing"
	} else if !st.verbIn(k, aspectualVerbs) {
		return -1
	}
	if v >= len(st.toks) || st.toks[v-1].low != "to" || st.tagOf(st.toks[v]) != "VB" {
		return -1
	}
	return v
}

// goKey holds the WordNet key of "go", which "on" makes aspectual.
var goKey = keySet("go")

// aspectualVerbs are verbs of phase or effort (by their WordNet keys) that
// take an infinitive whose verb carries the attitude ("tended to
// support", "proceeded to hand down", "tried to discredit"). "Seem" and
// "appear" are not among them: "Trump seemed to appreciate that" is the
// writer's reading of the whole clause.
var aspectualVerbs = keySet("tend", "proceed", "continue", "begin", "start", "try", "attempt", "manage", "fail", "choose",
	"seek", "move", "rush", "hasten", "stop")

// receiveVerbs are verbs whose object noun names someone else's stance
// or statement: after "resisted calls to", "sparked concerns about",
// "faced criticism over" the calls, concerns and criticism are others'.
var receiveVerbs = keySet("resist", "reject", "dismiss", "rebuff", "ignore", "deny", "spark", "prompt", "trigger",
	"provoke", "fuel", "stoke", "cause", "face", "draw", "attract", "receive", "endure", "weather", "win", "earn",
	"answer", "address", "debate", "discuss", "consider", "heed", "welcome", "accept", "defy", "fend", "brush", "shrug")

// emissionVerbs give out the stance their object noun names: in
// "expressed concern about X", "offered an emotional defense of X",
// "voiced support for X" the noun is the attitude and X what it is about.
// Other verbs take the noun as what they are about: "repeated his promise
// to …", "cited reports of …", "questioned the idea that …".
var emissionVerbs = keySet("express", "offer", "voice", "make", "raise", "issue", "give", "extend", "air", "convey", "register", "signal", "share")

// objectNounCue judges the noun cue heading the object of verb k (see
// objectNoun), whose speaker is tokens [spk0, spk1), with the cue model;
// when it is one, it adds the noun's attribution, spoken by the noun's
// speaker ("his view of") or else the verb's, with a cue from the verb
// on, and returns the noun's token, else -1. cov marks the tokens taken so far (nil: those of used
// cues).
func (st *state) objectNounCue(k, spk0, spk1 int, cov []bool) int {
	if st.cue == nil {
		return -1
	}
	n := st.objectNoun(k)
	if n < 0 || !st.cueCandidate(n, cov) || cov == nil && st.cueUsed(n) {
		return -1
	}
	nsp0, nsp1, gov := st.nounSpeaker(n)
	// A stance given out with its clause needs no judging: "expressed
	// concern that …", "voiced confidence that …", "made the point that …".
	if !st.verbIn(k, emissionVerbs) || n+1 >= len(st.toks) || st.toks[n+1].low != "that" {
		buf := st.nounFeats(make([]uint64, 0, 32), n, nsp0, nsp1, gov)
		var scores [2]float32
		st.cue.m.Score(buf, scores[:])
		if scores[1]-scores[0] <= st.cue.noun {
			return -1
		}
	}
	if nsp1-nsp0 == 1 && possessives[st.toks[nsp0].low] && spk1 > spk0 {
		nsp0, nsp1 = spk0, spk1 // "Mr Brown outlined his view of …": Mr Brown
	}
	if nsp1 <= nsp0 {
		nsp0, nsp1 = spk0, spk1 // "the Irish duo made no comment on …"
	}
	m := len(st.cands)
	if !st.learnedNoun(n, nsp0, nsp1) {
		return -1
	}
	if len(st.cands) > m {
		st.cands[m].cue0 = k // the cue is "expressed his condolences over"
	}
	return n
}

// objectNoun returns the noun cue heading the noun phrase that is the
// object of verb k ("made [these same allegations] against", "offered
// [his congratulations] to", "raised [questions] about"), or -1; none
// after receiveVerbs.
func (st *state) objectNoun(k int) int {
	if st.verbIn(k, receiveVerbs) {
		return -1
	}
	s := st.sents[st.sentAt(k)]
	for j := k + 1; j < s.t1 && j-k <= 5; j++ {
		t := st.toks[j]
		if !t.word || t.region >= 0 {
			return -1
		}
		tag := st.tagOf(t)
		switch {
		case strings.HasPrefix(tag, "NN") && !t.upper:
			if st.nounCue(j) {
				return j
			}
		case determiners[t.low] || possessives[t.low] || tag == "JJ" || tag == "CD" || tag == "PRP$" || tag == "DT":
		default:
			return -1
		}
	}
	return -1
}

// passive reports whether verb k is a participle after a form of "be"
// ("was reported", "has been widely criticized").
func (st *state) passive(k int) bool {
	if st.tagOf(st.toks[k]) != "VBN" {
		return false
	}
	lo := st.sents[st.sentAt(k)].t0
	for j := k - 1; j >= lo && k-j <= 3; j-- {
		switch w := st.toks[j].low; {
		case beForms[w]:
			return true
		case !st.toks[j].word || !strings.HasPrefix(st.tagOf(st.toks[j]), "RB"):
			return false
		}
	}
	return false
}

// learnedSubject returns the subject of verb k for the cue model: the
// noun phrase before it, or for a participle after a comma ("…, slamming
// the deal") and an infinitive ("went on to defend her") without one, the
// speaker of its sentence's main clause.
func (st *state) learnedSubject(k int) (int, int) {
	si := st.sentAt(k)
	if b := st.predicate(k); b >= 0 {
		return st.subject(b, st.sents[si].t0)
	}
	if k-1 > st.sents[si].t0 && st.tagOf(st.toks[k]) == "VBG" && isFiniteTag(st.tagOf(st.toks[k-1])) && !auxiliaries[st.toks[k-1].low] && !beForms[st.toks[k-1].low] {
		// A participle right after a finite verb is that verb's
		// subject's doing: "“…,” he said introducing Clinton as …".
		if sp0, sp1 := st.subject(k-1, st.sents[si].t0); sp1 > sp0 {
			return sp0, sp1
		}
	}
	sp0, sp1 := st.subject(k, st.sents[si].t0)
	if sp1 > sp0 || k == 0 {
		return sp0, sp1
	}
	prev, tag := st.toks[k-1].low, st.tagOf(st.toks[k])
	if prev == "to" && tag == "VB" && k-2 > st.sents[si].t0 && st.coordinated(k-2, st.sents[si].t0) {
		// "Mr. Rubio distanced himself from the bill and moved to
		// emphasize": the first verb's subject.
		return st.inheritSpeaker(k)
	}
	if prev == "," && tag == "VBG" || prev == "to" && tag == "VB" {
		if ms, me := st.mainSubject(si); me > ms && me < k && st.toks[ms].region >= 0 {
			// "“…,” he said, introducing …": the quote's speaker, not a
			// subject inside the quote
			return st.inheritSpeaker(k)
		} else if me > ms && me < k {
			return ms, me
		}
	}
	return sp0, sp1
}

// spendVerbs spend time on a doing: "spent much of the run-up to the
// caucuses portraying Sanders as …".
var spendVerbs = keySet("spend", "waste", "devote")

// timeSpentOn returns, when the participle at k is what time spent went
// on ("Clinton spent much of the run-up to the Nevada caucuses portraying
// Sanders"), the subject of the spending verb: the noun before the
// participle is only the time.
func (st *state) timeSpentOn(k int) (int, int, bool) {
	if st.tagOf(st.toks[k]) != "VBG" {
		return 0, 0, false
	}
	lo := st.sents[st.sentAt(k)].t0
	for v := k - 2; v >= lo && k-v <= 12; v-- {
		t := st.toks[v]
		if !t.word || t.region >= 0 || t.low == "that" || t.low == "who" || t.low == "which" {
			return 0, 0, false
		}
		if strings.HasPrefix(st.tagOf(t), "VB") {
			if !st.verbIn(v, spendVerbs) {
				return 0, 0, false
			}
			a, b := st.subject(v, lo)
			return a, b, b > a
		}
	}
	return 0, 0, false
}

// learnedSpeaker reports whether tokens [sp0, sp1) can be the speaker of
// a learned cue: a contentful phrase, a pronoun or a relative pronoun, and
// not only places ("the US and China reached an agreement" is a state's
// act, an event rather than an attribution).
func (st *state) learnedSpeaker(sp0, sp1 int) bool {
	if sp1 <= sp0 {
		return false
	}
	w := st.toks[sp0].low
	if !st.contentful(sp0, sp1) && !pronouns[w] && w != "who" && w != "which" {
		return false
	}
	if sp1-sp0 == 1 && w == "please" {
		return false // an imperative: "please ask yourself"
	}
	return !st.placeSubject(sp0, sp1)
}

// learnedClause adds the attribution of the cue verb at k: its subject,
// tokens [sp0, sp1), says or does the noun phrase or clause after it.
func (st *state) learnedClause(k, sp0, sp1 int) {
	si := st.sentAt(k)
	s := st.sents[si]
	e, _, lexical := st.cueAt(k)
	if w := st.toks[min(k+1, s.t1-1)].low; (w == "in" || w == "at") && lexical && e.frame == frameThat && speechLemmas[e.lemma] && st.adjunctOnly(k+1, s.t1) && !st.commaIn(k+1, s.t1) &&
		!(sp0 > s.t0 && st.toks[sp0-1].low == "what") {
		return // "said in a statement.", "said at the time.": where, not what
	}
	if k+2 < s.t1 && st.toks[k+1].low == "at" && st.verbIn(k, talkVerbs) && st.venueAt(k+2, s.t1) {
		return // "spoke at a meeting in which he said …": where, not what
	}
	cue1 := k + 1
	for cue1 < s.t1 && cue1-k < 3 && particles[st.toks[cue1].low] && !st.timeAt(cue1+1) && !st.hedgeAt(cue1) && !st.adverbialIdiom(cue1) {
		cue1++
	}
	start := cue1
	if cue1 == k+1 && st.prepositionTo(k, s.t1) {
		// "to" before a noun phrase: an addressee before what was said
		// ("confided to her that …") or its topic ("talked to McConnell
		// about …"), else the verb's own preposition ("responded to the
		// request", "alluded to the importance of …").
		a := st.addresseeAt(cue1, s.t1)
		switch after := st.pastTimeAdjunct(a, s.t1); {
		case a > cue1 && a < s.t1 && addresseeThen[st.toks[a].low]:
			start = a
		case after < s.t1 && st.toks[after].low == "about":
			// "talked to McConnell about …": topicCues takes the cue on
		case lexical && e.frame == frameThat && !toObjectLemmas[e.lemma]:
			// whom one said something to: "wrote to Lynch" (see onlyAddressee)
		default:
			cue1++
			start = cue1
		}
	}
	// A time adjunct before the clause: "ruled on Thursday that …"; one
	// that ends the sentence leaves nothing reported ("fumed on Tuesday").
	if j := st.pastTimeAdjunct(start, s.t1); j > start && st.timeHead(j-1) && (j >= s.t1 || !possessiveClitic(st.toks[j].low)) {
		switch {
		case j >= s.t1 || !st.toks[j].word && !st.toks[j].mark:
			return
		case st.toks[j].low == "that" || st.clauseAt(j, s.t1):
			start = j
		}
	}
	if seemVerbs[st.toks[k].low] && start == cue1 && st.attitudeAdjective(start) && sp1 > sp0 && !expletives[st.toks[sp0].low] {
		start += 2 // "seemed hopeful that …"
	}
	if start+1 < s.t1 && objPronouns[st.toks[start].low] && st.toks[start+1].low == ":" {
		start++ // "scolded him: “…”": an addressee, then what was said
	}
	if start+1 < s.t1 && (st.toks[start].low == "that" && st.toks[start+1].low != "," && !st.demonstrativeThat(start, s.t1) || st.toks[start].low == ":") {
		start++
	}
	if start >= s.t1 || st.toks[start].region < 0 && !st.toks[start].word && !st.toks[start].mark {
		return
	}
	if conjunctions[st.toks[start].low] && st.toks[start].low != "so" {
		return // "smiled and said, “…”": a second verb of the subject's, no content
	}
	if start == cue1 && st.toks[start].low == "by" && st.tagOf(st.toks[k]) == "VBN" && !st.verbIn(k, experiencerVerbs) && !st.byManner(start+1, s.t1) {
		// A passive participle's agent speaks: "a measure strongly
		// opposed by unions that would have required …" is the unions'
		// view of the measure, which PolNeAR marks whole, the agent
		// inside.
		ag0, ag1 := st.npRight(start+1, s.t1)
		if ag1 <= ag0 || sp1 <= sp0 || sp1 > k || !st.contentful(sp0, sp1) {
			return
		}
		for j := sp1; j < k; j++ {
			if !st.adverbAt(j) {
				return // not the noun's own participle: "led the project, also backed by …"
			}
		}
		if !st.finite(s.t0, sp0) && !st.finite(ag1, s.t1) {
			return // the subject's main verb, read as a participle: "the law lords ruled by an eight to one majority"
		}
		end, cs, ce, ok := st.learnedSpan(si, sp0, start, nil)
		if !ok || end <= ag1 {
			return
		}
		st.useCue(k)
		st.add(cand{cs: cs, ce: ce, kind: st.reportedKind(cs, ce), sp0: ag0, sp1: ag1, cue0: k, cue1: cue1, region: -1, sent: si, t0: sp0, t1: end})
		return
	}
	if !lexical && start == cue1 && issueVerbs[st.toks[k].low] && st.statementObject(start, s.t1) {
		return // "issued a statement", "released the following statement": what it says is reported where it is quoted
	}
	if start == cue1 && st.carrierParticiple(start, s.t1) {
		return // "filed legal papers opposing the unsealing": the participle reports
	}
	if lexical && senseLemmas[e.lemma] && st.notSaying(k, cue1-k, e, start, s.t1) {
		return // another sense of the lexicon's cue: "saw its sales rise", "posted a loss", "knocked out"
	}
	if lexical && e.frame == frameObj && e.lemma == "tell" && (st.toks[start].upper || objPronouns[st.toks[start].low]) {
		// The object of "told" is its addressee, no content: "what
		// Melania Trump told NBC News before her appearance".
		if o := st.objectAfter(start, s.t1); o > start && (o >= s.t1 || st.adjunctOnly(o, s.t1) || st.whenClause(o, s.t1)) {
			return
		}
	}
	if sp1 > sp0 && sp0 > s.t0 && st.toks[sp0-1].low == "what" && whatAdjunct(st.toks[start].low) {
		return // "what Liz Wahl said when she resigned": "what" is what she said
	}
	if st.quoteTaken(k, start, sp0, sp1) || st.learnedQuote(k, cue1, start, sp0, sp1) {
		return
	}
	end, cs, ce, ok := st.learnedSpan(si, start, start, func(start, end int) int {
		return st.clauseEnd(k, sp0, sp1, start, end)
	})
	if !ok {
		return
	}
	if key, ok := st.wn.VerbKey(st.toks[k].low); ok && key == claimKey && st.prizeAt(start, end, prizes) || st.verbIn(k, titleVerbs) && st.prizeAt(start, end, titles) {
		return // "The track claimed the top spot"
	}
	if t := st.tagOf(st.toks[sp0]); sp1 == sp0+1 && st.tagged && !quantifiers[st.toks[sp0].low] && (strings.HasPrefix(t, "RB") || t == "JJS" && st.tagOf(st.toks[sp1]) == "VBN") {
		sp1 = sp0 // an adverb is no one: "Ferrari - best known for its team"
	}
	sp0 = st.gapSubject(sp0, sp1, start)
	st.useCue(k)
	st.add(cand{cs: cs, ce: ce, kind: st.reportedKind(cs, ce), sp0: sp0, sp1: sp1, cue0: k, cue1: cue1, region: -1, sent: si, t0: start, t1: end})
}

// talkVerbs are verbs of speaking whose "at" phrase is where one spoke
// (not "say": "said at a rally that …" goes on to what was said).
var talkVerbs = keySet("speak", "talk")

// venueAt reports whether the noun phrase from token i is headed by a
// gathering, an event, a place or a building (by WordNet's first sense):
// "a meeting", "the rally", "Harvard University".
func (st *state) venueAt(i, hi int) bool {
	a, b := st.npRight(i, hi)
	h := st.headOf(a, b)
	if b <= a || h < 0 || st.wn == nil {
		return false
	}
	sense, ok := st.wn.Noun(st.toks[h].low)
	if !ok {
		return false
	}
	switch sense.Lex[0] {
	case wordnet.NounGroup, wordnet.NounAct, wordnet.NounArtifact, wordnet.NounEvent, wordnet.NounLocation:
		return true
	}
	return false
}

// gapSubject returns the start of the speaker [sp0, sp1) of a content
// opening at token start with its verb, the gap of a relative clause the
// cue sits in: the speaker is the noun phrase after the noun the clause
// qualifies, when the rules took both ("a move [ministers] say should
// keep", "the plan [the agency] said was ongoing"); else sp0.
func (st *state) gapSubject(sp0, sp1, start int) int {
	if start >= len(st.toks) || sp1-sp0 < 2 {
		return sp0
	}
	if !st.gapVerb(start) {
		return sp0
	}
	for m := sp1 - 1; m > sp0; m-- {
		p, t := st.toks[m-1], st.toks[m]
		if !p.word || p.upper || !strings.HasPrefix(st.tagOf(p), "NN") {
			continue
		}
		if determiners[t.low] || articles[t.low] || pronouns[t.low] || t.upper && strings.HasPrefix(st.tagOf(t), "NNP") || m == sp1-1 && st.tagOf(t) == "NNS" {
			return m
		}
	}
	return sp0
}

// byManner reports whether the words from i, after "by", say how rather
// than who: a gerund, perhaps after an adverb ("responded by saying",
// "by first saying"), or nothing at all before hi.
func (st *state) byManner(i, hi int) bool {
	if i >= hi {
		return true
	}
	if st.tagOf(st.toks[i]) == "VBG" || st.adverbAt(i) {
		return true
	}
	return i+1 < hi && st.tagOf(st.toks[i+1]) == "VBG"
}

// issueVerbs put out a statement.
var issueVerbs = setOf("issue", "issues", "issued", "issuing", "release", "releases", "released", "releasing")

// carrierParticiple reports whether the noun phrase at start (before
// end) is headed by a thing that carries words and a participle follows
// it ("legal papers opposing", "a statement saying"), which reports them.
func (st *state) carrierParticiple(start, end int) bool {
	for j := start; j < end && j-start < 6; j++ {
		t := st.toks[j]
		tag := st.tagOf(t)
		if !t.word || t.region >= 0 {
			return false
		}
		if strings.HasPrefix(tag, "NN") && wordCarriers[t.low] && j+1 < end && st.tagOf(st.toks[j+1]) == "VBG" {
			return true
		}
		if !(tag == "DT" || tag == "PRP$" || tag == "CD" || strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN")) {
			return false
		}
	}
	return false
}

// statementObject reports whether the noun phrase at start (before end)
// is headed by "statement": the thing issued, not what it says.
func (st *state) statementObject(start, end int) bool {
	for j := start; j < end && j-start < 5; j++ {
		t := st.toks[j]
		if t.low == "statement" || t.low == "statements" {
			return true
		}
		if tag := st.tagOf(t); !t.word || t.region >= 0 || !(tag == "DT" || tag == "PRP$" || tag == "CD" || strings.HasPrefix(tag, "JJ") || t.low == "following") {
			return false
		}
	}
	return false
}

// learnedSpan returns the content of a learned cue's clause: tokens
// [start, end), end as contentEnd gives it from token from (a noun
// phrase may be the clause) and then as trim shortens it, when trim is not
// nil; and its bytes, quote marks trimmed. ok is false when nothing is left.
func (st *state) learnedSpan(si, start, from int, trim func(start, end int) int) (end, cs, ce int, ok bool) {
	st.npClause = true
	end = st.contentEnd(si, from)
	st.npClause = false
	if trim != nil {
		end = trim(start, end)
	}
	if end <= start {
		return end, 0, 0, false
	}
	cs, ce = st.span(start, end)
	ce = st.trimMarks(cs, ce)
	return end, cs, ce, ce > cs
}

// learnedQuote reports whether the content of the cue at k (ending at
// cue1), starting at token start, opens with a quote no rule attributed,
// and then attributes that quote (direct, or partial when it is words
// rather than a sentence) to the cue and its subject
// [sp0, sp1): what was yelled, chanted or tweeted is the quote, not the
// verb phrase it stands in ("he yelled “You lie!” at the president",
// "mouthing “thank you” toward the audience").
func (st *state) learnedQuote(k, cue1, start, sp0, sp1 int) bool {
	if !st.toks[start].mark || start+1 >= len(st.toks) || st.toks[start+1].region < 0 {
		return false
	}
	r := int(st.toks[start+1].region)
	if st.regionCand(r) >= 0 {
		return false
	}
	rg := st.regions[r]
	if st.titleCase(rg.t0, rg.t1) {
		return false // a title: "renewed “Hawaii Five-0” for a seventh season"
	}
	// An utterance of its own ends with its punctuation, or ends the
	// clause; a quote that goes on into the phrase ("“thousands” of
	// emails", "“fraud” over delegate selection") is a word of it.
	t := strings.TrimRight(st.text[rg.cs:rg.ce], " ")
	kind := "direct"
	if !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, ".") {
		if !st.toks[rg.t0].upper {
			kind = "partial" // words quoted, not a sentence: "apologised for “a genuine mistake”"
		}
		c := rg.t1
		for c < len(st.toks) && st.toks[c].mark {
			c++
		}
		if c < len(st.toks) && st.sentAt(c) == st.sentAt(k) && st.toks[c].word && !utteranceAdjuncts[st.toks[c].low] {
			return false
		}
	}
	st.useCue(k)
	st.add(cand{cs: rg.cs, ce: rg.ce, kind: kind, sp0: sp0, sp1: sp1, cue0: k, cue1: cue1, region: r, sent: st.sentAt(k)})
	return true
}

// utteranceAdjuncts may follow a quote that is an utterance of its own:
// "yelled “You lie!” at the president", "mouthing “thank you” toward the
// audience".
var utteranceAdjuncts = setOf("at", "toward", "towards", "to", "during", "after", "before", "when", "while", "and", "into", "from", "on")

// quoteTaken reports whether the content of the cue verb at k, starting
// at token start, is a quote the rules attributed to a colon alone, and
// then makes the verb its cue: "She went on: “…”" is one utterance, with
// the cue "went on" (as "said" is in "said: “…”"), and the verb's subject
// speaks when the quote had no speaker.
func (st *state) quoteTaken(k, start, sp0, sp1 int) bool {
	r := st.toks[start].region
	if st.toks[start].mark && start+1 < len(st.toks) {
		r = st.toks[start+1].region
	}
	if r < 0 {
		return false
	}
	i := st.regionCand(int(r))
	if i < 0 {
		return false
	}
	c := &st.cands[i]
	if c.cue1 == c.cue0+1 && c.cue0 > k && c.cue0 < start && st.toks[c.cue0].low == ":" {
		c.cue0, c.cue1 = k, c.cue0
		st.useCue(k)
		if c.sp1 <= c.sp0 {
			c.sp0, c.sp1 = sp0, sp1
		}
		return true
	}
	// A quote after the cue's colon with its own attribution after it:
	// "scolded him: “…,” she said" is hers already.
	return st.toks[start].mark && start > 0 && st.toks[start-1].low == ":" && c.cue0 >= st.regions[r].t1 && c.sp1 > c.sp0
}

// regionCand returns the index of the candidate that attributes quote
// region r (a region has at most one), or -1 when none does yet.
func (st *state) regionCand(r int) int {
	for i := range st.cands {
		if st.cands[i].region == r {
			return i
		}
	}
	return -1
}

// cueExamples returns the features and labels (inside a gold cue) of the
// verbs the cue model judges in the document of st, after the rules ran.
func (st *state) cueExamples(goldCues []chronicle.Span) (feats [][]uint64, labels []bool) {
	cov := st.covered()
	inCue := make([]bool, len(st.toks))
	for _, g := range goldCues {
		a, b := st.tokenRange(g.Start, g.End)
		for i := a; i < b; i++ {
			inCue[i] = true
		}
	}
	for k := range st.toks {
		if !st.cueCandidate(k, cov) {
			continue
		}
		if st.nounCue(k) {
			sp0, sp1, gov := st.nounSpeaker(k)
			feats = append(feats, st.nounFeats(nil, k, sp0, sp1, gov))
			labels = append(labels, inCue[k])
			continue
		}
		sp0, sp1 := st.learnedSubject(k)
		if sp1 <= sp0 && st.passive(k) {
			// A passive without a subject of its own is judged as a
			// passive at run time; it stays a verb example too, which
			// keeps the verbs' weights as they were (the two feature
			// sets are disjoint).
			p0, p1, ag0, ag1 := st.passiveParts(k)
			feats = append(feats, st.passiveFeats(nil, k, p0, p1, ag0, ag1, st.passiveFrame(k)))
			labels = append(labels, inCue[k])
		}
		feats = append(feats, st.cueFeats(nil, k, sp0, sp1))
		labels = append(labels, inCue[k])
	}
	return feats, labels
}

// placeSubject reports whether the subject [sp0, sp1) names only places:
// "the US and China reached an agreement" is an act, not an attribution.
func (st *state) placeSubject(sp0, sp1 int) bool {
	lo, hi := int(st.toks[sp0].s), int(st.toks[sp1-1].e)
	x := st.mentions()
	i, j := x.startingIn(lo, hi)
	n := 0
	for _, m := range x.ms[i:j] {
		if m.Start < lo || m.End > hi {
			continue
		}
		if m.Type != "GPE" && m.Type != "LOC" {
			return false
		}
		n++
	}
	return n > 0
}

// wnNoun reports whether WordNet knows w as a noun.
func (st *state) wnNoun(w string) bool {
	if st.wn == nil {
		return false
	}
	_, ok := st.wn.Noun(w)
	return ok
}

// anyMention holds for every mention (see inMention).
func anyMention(chronicle.Mention) bool { return true }
