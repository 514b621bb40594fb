// Package quote finds who said what: direct quotes, partial quotes inside
// reported speech, indirect speech and mixed forms, each with its speaker
// and cue. It is a rule-based attribution stage in the tradition of BBC's
// Citron and the PARC/PolNeAR annotation scheme.
//
// Input: a Document whose Text is set. The stage reads the Tokens layer
// (with part-of-speech tags when a tagger has run), Sentences, Mentions and
// Entities; when a layer is empty it degrades: it scans words itself, splits
// sentences at end punctuation and line breaks, and takes speakers from the
// words before a cue (capitalised words, a title-only noun phrase, a
// pronoun) with an empty entity id.
//
// Output: Document.Quotes, ids "q1", "q2", … in text order. Each quote's
// Start/End/Text is the content only, without quote marks; Kind is
// "direct" (a quoted sentence or more), "partial" (a quoted fragment inside
// a sentence whose reporting verb lies outside the marks), "indirect"
// (reported speech: "X said (that) CLAUSE", "according to X, CLAUSE", …)
// or "mixed" (a reported clause that contains a partial quote). One
// utterance is one record: a partial quote inside the reported clause that
// carries it is reported only as that mixed clause, whose text keeps the
// quoted words in their marks (so "very eager" is found inside `both
// countries are "very eager" to …`); this is also PolNeAR's content. A
// partial quote whose cue takes no clause ("called it “reckless”" with no
// clause found) stays a partial record. A reported claim its attribution
// interrupts ("The Tories, he said, can cut crime") is one record whose
// text keeps the attribution, as PolNeAR marks it. Subjects that point at
// evidence ("Recent signs indicate …"), events ("The move will signal …") or time
// phrases ("the last two weeks have shown …") are no speakers and carry
// no attribution, nor do claims ("A US government claim accusing …") or
// naming participles ("a group called Citizens for Trump", "so called");
// an expletive "it" ("it is too soon to say whether …") and the subject of
// "seem"/"appear" are no speakers either, the latter part of the content
// ("Trump seemed to appreciate …", as PolNeAR reads it); in a title zone
// (Document.Zones) only a speech verb or the colon form attributes
// ("Court rejects $280bn tobacco case" is an act). A speaker is the head
// of its noun phrase ("The court in Washington", not Washington, also past
// a time phrase or a quoted label: "detainee 'A' in Woodhill Prison"; "the
// mother of Joseph Smith" and "advisers to Mr. Obama" are not the person
// named, though "a spokesman for Tony Blair" and "the head of BP" speak
// for theirs) and the name an appositive gives ("The SNP's leader, Nicola
// Sturgeon,", "Anais Faraj, an analyst at Nomura").
// Transcripts ("PENCE: Well, …", also quoted a paragraph at a time) give
// one attribution per turn, with the label as speaker and the colon as
// cue; a sentence opening "Asked about X, …" reports the question X with
// "Asked" as cue and no speaker; a quote that opens its sentence with no
// attribution is the person's the sentence before it is about (its
// subject a person's name, "he" or "she"), with no cue. A quoted nickname inside a name (Marcia
// "Cia" Price) is no quote, and a closing mark typed as the opening one
// (`― ”Fear. …”`) opens a quote.
// Speaker is the words naming the speaker ("he") and the entity they
// resolve to (pronouns and possessives resolve to the most recent
// compatible speaker or subject, with gender from honorifics, earlier
// pronouns and the given names of the lexicon's names.tsv, never to a
// person their own content speaks of by name; a title-only
// speaker, "the prime minister", to a person of the text whose titles say
// so or, with Options.People, who holds that office on the document's
// date by the people lexicon); Cue is the reporting
// verb or phrase from the embedded lexicon data/cues.tsv, a claim noun
// ("Trump's claim that …"), "is expected" or an impersonal passive ("it was
// reported that …"), or the colon of a headline "Speaker: claim". A missing
// speaker or cue is nil; predictions ("X is expected to …") and impersonal
// passives have no speaker.
//
// Conventions follow PolNeAR, so that the stage can be scored on it: one
// cue carries one attribution, so the parts of a quote interrupted by "he
// said" (`“A,” Rubio said. “B.”`, checked against PolNeAR's discontinuous
// contents), continued in the next paragraph, or resumed after a few
// sentences about the speaker in the same paragraph share their cue,
// unless a cue coordinated with the first comes between (`“A,” he said -
// and argued for …. “B.”` is what he argued); a partial
// quote shares the cue of the clause that carries it; an attribution inside
// the content of another is not reported. The cue lexicon was grown from
// PolNeAR train cue counts, each addition kept only when it raised train
// overlap F1.
//
// Two small averaged-perceptron models, trained on PolNeAR train by
// `chronicle train quotes` (Train) and described in data/MODEL.md, cover
// what the rules do not: the cue model accepts verbs outside the lexicon
// that PolNeAR attributes (stances and acts: "Trump attacked Machado",
// "the Dallas Morning News backed Clinton") and predicate adjectives
// ("Clinton was critical of the deal"), whose content is the noun
// phrase or clause after them; the end model chooses where each reported
// clause ends among the token boundaries up to the rules' end (before a
// trailing adjunct, an appositive relative or a participle phrase), never
// inside a quote. The cue model also reads each candidate's word cluster
// (nlp/internal/clusters) and WordNet supersenses (nlp/internal/wordnet),
// so that a verb or noun it never saw in training ("lambasted") shares
// weights with the words of its class ("criticized"). Without the model
// files (a custom Options.FS) the stage is rules only.
//
// Invariants: every span lies on token boundaries inside Text; quotes do
// not rewrite or reorder earlier layers. An Annotator is safe for
// concurrent use: the lexicon is loaded once and read only.
package quote

import (
	"context"
	"embed"
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
	"chronicle/lexicon"
	"chronicle/nlp/internal/clusters"
	"chronicle/nlp/internal/lower"
	"chronicle/nlp/internal/perceptron"
	"chronicle/nlp/internal/wordnet"
)

// closeQuote extends a reported clause that ends where a quote inside it
// ends, before its closing mark, over that mark: `The FBI did not find
// "ties of any consequence,"` keeps its marks balanced.
func (st *state) closeQuote(c *cand) {
	if c.region >= 0 || c.kind == "direct" {
		return
	}
	r0, r1 := st.regionsStartingIn(c.cs, c.ce)
	for _, rg := range st.regions[r0:r1] {
		if rg.open >= c.cs && rg.close >= 0 && rg.ce <= c.ce && c.ce <= rg.close && strings.TrimSpace(st.text[c.ce:rg.close]) == "" {
			c.ce = rg.close + markLen(st.text, rg.close)
			return
		}
	}
}

// dataFS holds the cue lexicon and the two models.
//
//go:embed data
var dataFS embed.FS

// Options configure an Annotator. The zero value uses the embedded lexicon
// and discards logs.
type Options struct {
	// FS holds data/cues.tsv and, optionally, data/names.tsv (else the
	// lexicon package's given names are used), the end
	// model data/end.model.gz and the cue model data/cue.model.gz; nil
	// means the embedded files.
	FS     fs.FS
	Logger *slog.Logger
	// People is the lexicon of people with dated roles: a title-only
	// speaker ("the prime minister") resolves to a person of the text
	// who holds that office on the document's date. Nil means titles as
	// the text states them only.
	People *lexicon.Lexicon
}

// An Annotator finds quotes. It implements chronicle.Annotator.
type Annotator struct {
	lex    cueLexicon
	names  map[string]byte // given name → 'f' or 'm'
	end    *perceptron.Model
	cue    *cueModel
	words  *clusters.Set  // word clusters, features of the cue model
	wn     *wordnet.Table // supersenses, features of the cue model
	people *lexicon.Lexicon
	err    error // the lexicon could not be loaded; Annotate returns it
	log    *slog.Logger
}

// New returns an Annotator with the lexicon from opts.FS (the embedded one
// by default). If the lexicon cannot be read, Annotate returns the error.
func New(opts Options) *Annotator {
	fsys := opts.FS
	if fsys == nil {
		fsys = dataFS
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	lex, err := loadLexicon(fsys)
	var names map[string]byte
	if err == nil {
		names, err = loadNames(fsys)
	}
	var end *perceptron.Model
	if err == nil {
		end, err = loadEndModel(fsys)
	}
	var cue *cueModel
	if err == nil {
		cue, err = loadCueModel(fsys)
	}
	var words *clusters.Set
	if err == nil {
		if words, err = clusters.Default(); err == nil {
			words = words.Lookups()
		}
	}
	var wn *wordnet.Table
	if err == nil {
		wn, err = wordnet.Default()
	}
	return &Annotator{lex: lex, names: names, end: end, cue: cue, words: words, wn: wn, people: opts.People, err: err, log: log}
}

// Annotate sets doc.Quotes.
func (a *Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if a.err != nil {
		return a.err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(doc.Text) > math.MaxInt32 {
		return fmt.Errorf("quote: text of %d bytes is longer than the stage's limit of 2 GiB", len(doc.Text))
	}
	st := newState(a.lex, doc)
	st.names = a.names
	st.end = a.end
	st.cue = a.cue
	st.words = a.words
	st.wn = a.wn
	st.people = a.people
	st.run()
	doc.Quotes = st.emit()
	a.log.Debug("quotes", "doc", doc.ID, "quotes", len(doc.Quotes))
	return nil
}

// A tok is a token of the document with its lower-case text.
// Offsets are int32 to keep the per-token array of a long document small
// (the stage holds one tok per token): 32 bytes a token.
type tok struct {
	s, e   int32
	low    string
	region int32 // index of the quote region holding it, -1 if none
	tag    uint8 // index in state.tags, tagOverflow for a tag past them
	word   bool  // starts with a letter or digit
	upper  bool  // starts with an upper-case letter
	mark   bool  // a quote mark opening or closing a region
}

// tagOverflow marks a tok whose tag is in state.moreTags: a document with
// more than 255 distinct tags.
const tagOverflow = 255

// A region is the content of a pair of quote marks (or a run of them across
// paragraphs), in bytes, without the marks.
type region struct {
	open, close int // byte offsets of the marks; close is -1 when the paragraph ended it
	cs, ce      int // content
	t0, t1      int // tokens of the content
}

// A sent is a sentence as a token range.
type sent struct{ t0, t1 int }

// A cand is an attribution found before entity resolution.
type cand struct {
	cs, ce     int // content bytes
	kind       string
	sp0, sp1   int // speaker tokens, sp0 == sp1 when none
	cue0, cue1 int // cue tokens, cue0 == cue1 when none
	region     int // the quote region, -1 for indirect
	sent       int
	t0, t1     int  // content tokens of a reported clause (t0 == t1 for quotes)
	whole      bool // a transcript turn: the end model leaves its end
	via        int  // 1 + the quote region a mixed clause ends with, 0 if none
	ruleCE     int  // the content's end before the end model trimmed it, 0 if untrimmed
}

type state struct {
	lex    cueLexicon
	names  map[string]byte
	end    *perceptron.Model // nil: keep the rules' clause ends
	cue    *cueModel         // nil: lexicon cues only
	words  *clusters.Set     // word clusters for the cue model's features; nil: none
	wn     *wordnet.Table    // supersenses for the cue model's features; nil: none
	people *lexicon.Lexicon  // people with dated roles; nil: none
	hashes *tokHashes        // built on first use by the models' features
	// tags are the known tags (knownTags) and then the document's other
	// distinct POS tags, tags[0] == ""; a tok holds its tag's index.
	// moreTags holds the tags past 254 by token start; tagIDs maps an
	// unknown tag to its index while tokenize runs.
	tags       []string
	moreTags   map[int32]string
	tagIDs     map[string]uint8
	doc        *chronicle.Document
	text       string
	toks       []tok
	sents      []sent
	sentOf     []int32 // token → sentence
	regions    []region
	usedCue    []bool // by token: a cue some attribution took
	cands      []cand
	tagged     bool
	paraOf     []int32 // token → paragraph number
	cueCache   map[int]cueEntry
	joined     []bool // by token: it continues a mention or a time expression (see withinSpan)
	timeStarts []bool // by token: it opens a time expression (see withinSpan)
	npClause   bool   // contentEnd reads a noun-phrase content: "and" + verb ends it
	mi         *mentionIndex
	// regionsSorted: regions are in order of content start.
	regionsSorted bool
	// spoken indexes st.cands[:spokenN] with a speaker by sentence (see
	// inheritSpeaker).
	spoken  map[int][]int
	spokenN int
}

func newState(lex cueLexicon, doc *chronicle.Document) *state {
	st := &state{lex: lex, doc: doc, text: doc.Text, cueCache: map[int]cueEntry{}}
	st.tokenize()
	st.namesAsNouns()
	st.sentences()
	st.findRegions()
	st.regionsSorted = slices.IsSortedFunc(st.regions, func(a, b region) int { return a.cs - b.cs })
	return st
}

// tokenize copies the token layer, or scans words itself when it is empty.
func (st *state) tokenize() {
	text := st.text
	st.toks = make([]tok, 0, len(st.doc.Tokens))
	// The known tags are shared: capped, an append to them copies.
	st.tags = knownTags[:len(knownTags):len(knownTags)]
	var lows lower.Buffer // a token costs no allocation of its own
	add := func(s, e int, tag string) {
		raw := text[s:e]
		r, _ := utf8.DecodeRuneInString(raw)
		low := lows.Lower(raw)
		st.toks = append(st.toks, tok{
			s: int32(s), e: int32(e), low: low, tag: st.tagID(int32(s), tag),
			word: unicode.IsLetter(r) || unicode.IsDigit(r), upper: unicode.IsUpper(r), region: -1,
		})
		if tag != "" {
			st.tagged = true
		}
	}
	if len(st.doc.Tokens) > 0 {
		for _, t := range st.doc.Tokens {
			add(t.Start, t.End, t.Tag)
		}
	} else {
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += n
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j := i + n
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
						j += n2
						continue
					}
					if r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' {
						r3, _ := utf8.DecodeRuneInString(text[j+n2:])
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							j += n2
							continue
						}
					}
					break
				}
				add(i, j, "")
				i = j
			default:
				add(i, i+n, "")
				i += n
			}
		}
	}
	st.usedCue = make([]bool, len(st.toks))
	st.paraOf = make([]int32, len(st.toks))
	var p int32
	prev := 0
	for i, t := range st.toks {
		if strings.Contains(text[prev:t.s], "\n") {
			p++
		}
		st.paraOf[i] = p
		prev = int(t.e)
	}
}

// namesAsNouns tags as proper nouns the capitalised words inside the
// names of people and bodies that the tagger read as verbs ("Groening"
// opening a sentence as VBG), unless the document writes the word in lower
// case too ("Said Mr Bysshe:", taken whole for a name).
func (st *state) namesAsNouns() {
	var lowered map[string]bool // words the document writes in lower case, made on first need
	for i := range st.toks {
		t := &st.toks[i]
		if !t.upper || !strings.HasPrefix(st.tagOf(*t), "VB") ||
			!st.inMention(i, func(m chronicle.Mention) bool { return m.Type == "PERSON" || m.Type == "ORG" }) {
			continue
		}
		if lowered == nil {
			lowered = map[string]bool{}
			for _, u := range st.toks {
				if u.word && !u.upper {
					lowered[u.low] = true
				}
			}
		}
		if !lowered[t.low] {
			t.tag = knownTagIndex.lookup("NNP")
		}
	}
}

// tagID returns the index of tag in st.tags, adding it when new, or
// tagOverflow after recording it in st.moreTags at s.
func (st *state) tagID(s int32, tag string) uint8 {
	if tag == "" {
		return 0
	}
	if id := knownTagIndex.lookup(tag); id != 0 {
		return id
	}
	if id, ok := st.tagIDs[tag]; ok {
		return id
	}
	if st.tagIDs == nil {
		st.tagIDs = map[string]uint8{}
	}
	if len(st.tags) < tagOverflow {
		id := uint8(len(st.tags))
		st.tags = append(st.tags, tag)
		st.tagIDs[tag] = id
		return id
	}
	if st.moreTags == nil {
		st.moreTags = map[int32]string{}
	}
	st.moreTags[s] = tag
	return tagOverflow
}

// knownTags are the Penn Treebank tags, which have fixed indexes in every
// document's tag table (a lookup in knownTagIndex, not a map of the
// document's own).
var knownTags = []string{"", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
	"NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP",
	"VBZ", "WDT", "WP", "WP$", "WRB", ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "#", "$", "HYPH", "NFP", "ADD", "AFX", "XX"}

// knownTagIndex finds a known tag's index.
var knownTagIndex = newTagIndex(knownTags)

// A tagIndex is an open-addressing table from a tag of up to seven bytes,
// packed into an integer, to its index in knownTags (0: not known).
type tagIndex struct {
	keys [128]uint64
	ids  [128]uint8
}

// packTag packs tag into an integer key (its length in the top byte),
// 0 when it is empty or longer than seven bytes.
func packTag(tag string) uint64 {
	if len(tag) == 0 || len(tag) > 7 {
		return 0
	}
	k := uint64(len(tag)) << 56
	for i := 0; i < len(tag); i++ {
		k |= uint64(tag[i]) << (8 * i)
	}
	return k
}

// slot is the first slot probed for key k.
func (x *tagIndex) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> 57) }

func newTagIndex(tags []string) *tagIndex {
	x := &tagIndex{}
	for id, tag := range tags {
		k := packTag(tag)
		if k == 0 || id == 0 || id >= tagOverflow {
			continue
		}
		i := x.slot(k)
		for x.keys[i] != 0 && x.keys[i] != k {
			i = (i + 1) % len(x.keys)
		}
		x.keys[i], x.ids[i] = k, uint8(id)
	}
	return x
}

// lookup returns tag's index in knownTags, 0 when it is not known.
func (x *tagIndex) lookup(tag string) uint8 {
	k := packTag(tag)
	if k == 0 {
		return 0
	}
	for i := x.slot(k); x.keys[i] != 0; i = (i + 1) % len(x.keys) {
		if x.keys[i] == k {
			return x.ids[i]
		}
	}
	return 0
}

// tagOf returns t's POS tag, "" if none.
func (st *state) tagOf(t tok) string {
	if t.tag == tagOverflow {
		return st.moreTags[t.s]
	}
	return st.tags[t.tag]
}

// cueUsed reports whether the cue at token k is taken.
func (st *state) cueUsed(k int) bool { return k >= 0 && k < len(st.usedCue) && st.usedCue[k] }

// useCue marks the cue at token k taken.
func (st *state) useCue(k int) {
	if k >= 0 && k < len(st.usedCue) {
		st.usedCue[k] = true
	}
}

// sentAt returns the sentence number of token i.
func (st *state) sentAt(i int) int { return int(st.sentOf[i]) }

// paraAt returns the paragraph number of token i.
func (st *state) paraAt(i int) int { return int(st.paraOf[i]) }

// sentences maps the sentence layer to token ranges, or splits sentences
// at end punctuation and line breaks when the layer is empty.
func (st *state) sentences() {
	st.sentOf = make([]int32, len(st.toks))
	if len(st.doc.Sentences) > 0 {
		ti := 0
		for _, s := range st.doc.Sentences {
			for ti < len(st.toks) && int(st.toks[ti].s) < s.Start {
				st.addSentence(ti, ti+1) // a token outside every sentence
				ti++
			}
			t0 := ti
			for ti < len(st.toks) && int(st.toks[ti].e) <= s.End {
				ti++
			}
			if ti > t0 {
				st.addSentence(t0, ti)
			}
		}
		if ti < len(st.toks) {
			st.addSentence(ti, len(st.toks))
		}
		return
	}
	t0 := 0
	for i := range st.toks {
		end := i+1 == len(st.toks) || st.paraAt(i+1) != st.paraAt(i)
		if !end && isEndPunct(st.toks[i].low) {
			// Closing quote marks and brackets stay with the sentence.
			j := i + 1
			for j < len(st.toks) && isCloser(st.toks[j].low) && st.toks[j].s == st.toks[j-1].e {
				j++
			}
			if j < len(st.toks) && st.paraAt(j) == st.paraAt(i) {
				n := st.toks[j]
				r, _ := utf8.DecodeRuneInString(n.low)
				if n.upper || isOpenQuote(st.text[n.s:n.e]) || unicode.IsDigit(r) {
					end = true
					i = j - 1
				}
			}
		}
		if end && i+1 > t0 {
			st.addSentence(t0, i+1)
			t0 = i + 1
		}
	}
	if t0 < len(st.toks) {
		st.addSentence(t0, len(st.toks))
	}
}

func (st *state) addSentence(t0, t1 int) {
	if n := len(st.sents); n > 0 && t1 > t0+1 && isDash(st.toks[t0].low) && st.sents[n-1].t1 == t0 && st.datelineEnd(st.sents[n-1].t0, t1) == t0+1 {
		// The dash closes a dateline the splitter ended at an
		// abbreviation: "BUENA PARK, Calif. | - Rallying …".
		st.sents[n-1].t1 = t0 + 1
		st.sentOf[t0] = int32(n - 1)
		t0++
	}
	if d := st.datelineEnd(t0, t1); d > t0 {
		st.appendSentence(t0, d) // "BUENA PARK, Calif. -" is no part of the clause after it
		t0 = d
	}
	st.appendSentence(t0, t1)
}

func (st *state) appendSentence(t0, t1 int) {
	for i := t0; i < t1; i++ {
		st.sentOf[i] = int32(len(st.sents))
	}
	st.sents = append(st.sents, sent{t0, t1})
}

// datelineEnd returns, when tokens [t0, t1) open a paragraph with a
// dateline ("WASHINGTON —", "BUENA PARK, Calif. -", "Washington (AFP)
// –"), the token after its dash; else t0. A dateline is a few
// capitalised words, commas, abbreviations and numbers, its place (before
// any comma) in capitals or an agency in parentheses after it, then a
// dash and more words.
func (st *state) datelineEnd(t0, t1 int) int {
	if t0 > 0 && st.paraAt(t0-1) == st.paraAt(t0) {
		return t0
	}
	caps := true    // every word of the place, before any comma, in capitals
	agency := false // an agency in parentheses after the place
	comma := false
	for k := t0; k < t1 && k-t0 <= 10; k++ {
		t := st.toks[k]
		switch w := st.text[t.s:t.e]; {
		case isDash(t.low):
			if k > t0 && (caps || agency) && k+1 < t1 && st.toks[k+1].word {
				return k + 1
			}
			return t0
		case t.low == "(" && k > t0:
			j := k + 1
			for j < t1 && j-k <= 4 && st.toks[j].word && st.toks[j].upper {
				j++
			}
			if j == k+1 || j >= t1 || st.toks[j].low != ")" {
				return t0
			}
			agency, k = true, j
		case t.low == "," || t.low == ".":
			comma = comma || t.low == ","
		case t.word && t.upper:
			if !comma && (len(w) < 2 || strings.ToUpper(w) != w) {
				caps = false // "DJ Norman Cook - aka Fatboy Slim" is no dateline
			}
		case t.word && isDigit(t.low) && k > t0:
		default:
			return t0
		}
	}
	return t0
}

func isEndPunct(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" || s == "..." }

func isCloser(s string) bool {
	return s == "”" || s == "\"" || s == "’" || s == "'" || s == ")" || s == "''"
}

func isOpenQuote(s string) bool { return s == "“" || s == "\"" || s == "‘" || s == "``" }

// findRegions pairs quote marks. Curly double quotes pair by direction,
// straight double quotes by alternation; a paragraph that ends inside a
// quote continues it when the next paragraph opens with a quote mark, and
// otherwise ends it. Single curly quotes count only when ‘ opens at a word
// start and ’ closes before a non-letter; inside double quotes they are
// nested quotes and ignored.
func (st *state) findRegions() {
	text := st.text
	open, single := -1, false
	depth := 0      // quotes open inside the open one with the same marks
	contStart := -1 // content start of a region carried across paragraphs
	// A transcript quoted a paragraph at a time (`"PENCE: Well, …` with
	// no closing mark) is turns, not one quote: a straight mark opening a
	// turn's paragraph or one continuing it opens no region.
	inTurn := false
	var regions []region
	closeAt := func(closePos, ce int) {
		cs := contStart
		if cs < 0 {
			cs = open + markLen(text, open)
		}
		if ce > cs {
			regions = append(regions, region{open: open, close: closePos, cs: cs, ce: ce})
		}
		open, single, contStart, depth = -1, false, -1, 0
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '\'' && c != '`' && c != '"' {
			i++ // an ASCII byte no case below reads
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			if open >= 0 {
				ce := i
				for ce > 0 && (text[ce-1] == ' ' || text[ce-1] == '\r' || text[ce-1] == '\t') {
					ce--
				}
				// Next paragraph: does it open with a quote mark?
				j := i
				for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\r' || text[j] == '\t') {
					j++
				}
				r2, _ := utf8.DecodeRuneInString(text[j:])
				if r2 == '"' && turnLabel(text[j+1:]) > 0 {
					// The next paragraph is a transcript turn.
				} else if !single && (r2 == '“' || r2 == '"' || strings.HasPrefix(text[j:], "''") || strings.HasPrefix(text[j:], "``")) && j < len(text) {
					if contStart < 0 {
						contStart = open + markLen(text, open)
					}
					i = j + markLen(text, j)
					continue
				}
				if single {
					open, single, contStart = -1, false, -1
				} else {
					closeAt(-1, ce)
				}
			}
		case '“':
			if open >= 0 && !single && nestedOpen(text, i, depth) {
				// A quote inside a quote typed with the same marks, both
				// closed in the paragraph: `“I’d rather live in what he
				// calls “hell” than …”`.
				depth++
				break
			}
			if open >= 0 && !single && i > 0 && !spaceBefore(text, i) && !letterAfter(text, i+n) && !strings.HasPrefix(text[i+n:], "“") {
				// An opening mark typed as the closing one, after the
				// quote's last word or comma: `… for her here,“ said`.
				closeAt(i, i)
				break
			}
			// A new opening mark while a quote is open: the earlier mark
			// was unbalanced.
			open, single, contStart, depth = i, false, -1, 0
		case '”':
			if open >= 0 && !single && depth > 0 {
				depth--
			} else if open >= 0 && !single {
				closeAt(i, i)
			} else if open < 0 && letterAfter(text, i+n+ellipsisAfter(text, i+n)) && (i == 0 || spaceBefore(text, i)) {
				// A closing mark typed as the opening one: `― ”Fear. …”`,
				// `” … he delivered`.
				open, single, contStart = i, false, -1
			}
		case '\'', '`':
			// Doubled apostrophes or backquotes: '' and `` as in PTB text.
			// Three apostrophes close an inner quote and then the outer
			// one: ''… on 'Fox and Friends,''' said Tommy Vietor.
			if r == '\'' && open >= 0 && !single && strings.HasPrefix(text[i:], "'''") {
				i++
				continue
			}
			if i+1 < len(text) && text[i+1] == text[i] {
				if open < 0 || single {
					open, single, contStart = i, false, -1
				} else if r == '\'' {
					closeAt(i, i)
				}
				i += 2
				continue
			}
		case '"':
			if open < 0 && (i == 0 || text[i-1] == '\n') {
				if turnLabel(text[i+1:]) > 0 {
					inTurn = true
					break
				}
				if inTurn && !strings.HasPrefix(text[i+1:], "(") {
					break // the turn goes on
				}
			}
			if i == 0 || text[i-1] == '\n' {
				inTurn = false
			}
			if i > 0 && text[i-1] == '=' {
				// An attribute value in markup: id="…". Skip to its end.
				if j := strings.IndexAny(text[i+1:], "\"\n"); j >= 0 && text[i+1+j] == '"' {
					i += j + 2
					continue
				}
				break
			}
			if (open < 0 || single) && strayClose(text, i) {
				// A closing mark whose opening one was lost: `…
				// responsible." The programme …`, `… reassure them," said
				// Mr Davis` open nothing.
				break
			}
			if open < 0 || single {
				open, single, contStart = i, false, -1
			} else if reopens(text, i) {
				// `… shortly. "Comparing …`: a paragraph of a quote left
				// open, as the next one opens, on a line that lost its
				// paragraph break. The quote goes on.
				if contStart < 0 {
					contStart = open + markLen(text, open)
				}
			} else {
				closeAt(i, i)
			}
		case '‘':
			if open < 0 && wordBefore(text, i) == 0 && letterAfter(text, i+n) {
				open, single, contStart = i, true, -1
			}
		case '’':
			if open >= 0 && single && !letterAfter(text, i+n) && wordBefore(text, i) != 's' {
				closeAt(i, i)
			}
		}
		i += n
	}
	if open >= 0 && !single {
		closeAt(-1, len(strings.TrimRight(text, " \t\r\n")))
	}
	// A quoted nickname inside a name is no quote: Marcia "Cia" Price.
	regions = slices.DeleteFunc(regions, func(rg region) bool { return rg.close >= 0 && nickname(text, rg) })
	// Attach tokens: regions are in text order and do not overlap, so one
	// sweep over the tokens serves them all.
	ti := 0
	for ri := range regions {
		rg := &regions[ri]
		rg.t0, rg.t1 = -1, -1
		for ti > 0 && int(st.toks[ti-1].e) > rg.open {
			ti-- // a region may start inside the previous one's last token
		}
		end := rg.ce
		if rg.close >= 0 {
			end = rg.close + markLen(text, rg.close)
		}
		for ; ti < len(st.toks) && int(st.toks[ti].s) < end; ti++ {
			t := &st.toks[ti]
			if s, e := int(t.s), int(t.e); s >= rg.cs && e <= rg.ce {
				if rg.t0 < 0 {
					rg.t0 = ti
				}
				rg.t1 = ti + 1
				t.region = int32(ri)
			}
			// A token over the closing mark is one too: the tokenizer may
			// cut ''' (an inner and an outer close) as '' and '.
			if s, e := int(t.s), int(t.e); s >= rg.open && s < rg.open+markLen(text, rg.open) || rg.close >= 0 && e > rg.close && s < end && t.region != int32(ri) {
				t.mark = true
			}
		}
		if rg.t0 < 0 {
			rg.t0, rg.t1 = 0, 0
		}
	}
	st.regions = regions
}

// nestedScan bounds how far nestedOpen reads for the closing marks.
const nestedScan = 4096

// nestedOpen reports whether the opening mark “ at i, inside a quote
// already open with depth such marks nested in it, nests a quote: the
// rest of the paragraph closes more quotes than are open, the nested one
// and the outer one, and opens none before the nested one closes.
func nestedOpen(text string, i, depth int) bool {
	rest := text[i+len("“"):]
	if len(rest) > nestedScan {
		rest = rest[:nestedScan] // linear on a paragraph of marks
	}
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	closes, opens := 0, 0
	for _, r := range rest {
		switch r {
		case '“':
			opens++
		case '”':
			closes++
		}
		if closes == 1 && opens > 0 {
			return false
		}
	}
	return closes-opens >= depth+2
}

// reopens reports whether the straight mark at i opens a sentence after
// an ended one (`shortly. "Comparing`): a space before it, end
// punctuation before that, and a capital letter after it. A closing mark
// has no space before it.
func reopens(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' || !strings.ContainsRune(".?!", rune(text[i-2])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsUpper(r)
}

// wordBefore returns the rune before i if it is a letter or digit, else 0.
func wordBefore(text string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r)
	}
	return 0
}

// turnLabel returns the length of the transcript speaker label that s
// opens with ("PENCE:", "MR. TRUMP:", "SEN. TIM KAINE:"): upper-case words
// and a colon, at most four words; 0 if none. Section labels such as
// "UPDATE:" are none.
func turnLabel(s string) int {
	i := strings.IndexByte(s, ':')
	if i < 2 || i > 40 {
		return 0
	}
	l := s[:i]
	if strings.Count(l, " ") > 3 || turnNonLabels[l] {
		return 0
	}
	letters := 0
	for _, r := range l {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’':
		default:
			return 0
		}
	}
	if letters < 2 {
		return 0
	}
	return i + 1
}

// turnNonLabels are upper-case labels that introduce no speaker.
var turnNonLabels = setOf("UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "WATCH", "READ", "RELATED",
	"READ MORE", "PHOTOS", "PHOTO", "VIDEO", "WARNING", "BREAKING", "SOURCE", "SOURCES", "CLARIFICATION", "ADVERTISEMENT", "PS", "P.S.", "FAQ", "USA", "US", "UK",
	// an article's metadata and a web page's teasers
	"BYLINE", "DATELINE", "HEADLINE", "SECTION", "LENGTH", "LOAD-DATE", "LANGUAGE", "GRAPHIC", "PUBLICATION-TYPE", "URL", "CAPTION", "CREDIT",
	"EMAIL", "E-MAIL", "EXCLUSIVE", "PREVIOUSLY", "LOOK", "BOOM", "BUSTED", "BONUS", "DISCLOSURE", "DISCLAIMER", "SUBSCRIBE", "TRANSCRIPT")

// nickname reports whether region rg holds one or two capitalised words
// between capitalised words of a name: `Marcia "Cia" Price`.
func nickname(text string, rg region) bool {
	c := text[rg.cs:rg.ce]
	if len(c) > 24 || strings.Count(c, " ") > 1 || !capitalisedWords(c) {
		return false
	}
	before := strings.TrimRight(text[:rg.open], " ")
	if len(before) == len(text[:rg.open]) || len(text[:rg.open])-len(before) != 1 {
		return false
	}
	w := before[strings.LastIndexAny(before, " \n(")+1:]
	after := text[rg.close+markLen(text, rg.close):]
	if !strings.HasPrefix(after, " ") {
		return false
	}
	a := strings.TrimLeft(after, " ")
	if i := strings.IndexAny(a, " ,.;:)\n"); i >= 0 {
		a = a[:i]
	}
	return capitalisedWords(w) && capitalisedWords(a)
}

// capitalisedWords reports whether s is one or more space-separated words
// of letters (and inner dots, hyphens or apostrophes), each opening with an
// upper-case letter.
func capitalisedWords(s string) bool {
	if s == "" {
		return false
	}
	for w := range strings.SplitSeq(s, " ") {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// ellipsisAfter returns the length of an ellipsis ("…", "...") and the
// spaces around it at i, 0 if none.
func ellipsisAfter(text string, i int) int {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	switch {
	case strings.HasPrefix(text[j:], "…"):
		j += len("…")
	case strings.HasPrefix(text[j:], "..."):
		j += 3
	default:
		return 0
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	return j - i
}

// spaceBefore reports whether the rune before i is white space.
// strayClose reports whether the straight mark at i can only close a
// quote: after a comma, or after a sentence's end and before the next
// sentence, with a space after it (`them," said`, `responsible." The`);
// `shouted "Allah hu Akbar!" as he` may open an inner one.
func strayClose(text string, i int) bool {
	if i == 0 || i+2 >= len(text) || text[i+1] != ' ' {
		return false
	}
	switch text[i-1] {
	case ',':
		return true
	case '.', '!', '?':
		r, _ := utf8.DecodeRuneInString(text[i+2:])
		return unicode.IsUpper(r)
	}
	return false
}

func spaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

func spaceAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// itoa formats an id number.
func itoa(n int) string { return strconv.Itoa(n) }

// emit resolves speakers and turns candidates into quotes in text order.
func (st *state) emit() []chronicle.Quote {
	slices.SortStableFunc(st.cands, func(a, b cand) int {
		if a.cs != b.cs {
			return a.cs - b.cs
		}
		return b.ce - a.ce
	})
	res := newResolver(st)
	var out []chronicle.Quote
	for i := range st.cands {
		st.closeQuote(&st.cands[i])
	}
	for _, c := range st.cands {
		q := chronicle.Quote{
			ID:    "q" + itoa(len(out)+1),
			Start: c.cs, End: c.ce, Text: st.text[c.cs:c.ce],
			Kind: c.kind,
		}
		if c.sp1 > c.sp0 {
			c.sp0, c.sp1 = st.appositiveName(c.sp0, c.sp1, c.cue0)
			// Places in a row: "Simon Hall at Postbridge on Dartmoor in
			// the West Country said".
			for hop := 0; hop < 3; hop++ {
				w := st.placeHead(c.sp0, c.sp1, c.cue0 >= c.sp1)
				if w == c.sp0 {
					break
				}
				c.sp0 = w
			}
		}
		if c.sp1 > c.sp0 && (st.contentful(c.sp0, c.sp1) || c.sp1-c.sp0 == 1 && possessives[st.toks[c.sp0].low]) { // "the", "last week" name no speaker
			s, e := int(st.toks[c.sp0].s), int(st.toks[c.sp1-1].e)
			q.Speaker = &chronicle.Speaker{Start: s, End: e, Text: st.text[s:e], Entity: res.resolve(c)}
		}
		if c.cue1 > c.cue0 {
			s, e := int(st.toks[c.cue0].s), int(st.toks[c.cue1-1].e)
			q.Cue = &chronicle.Cue{Start: s, End: e, Text: st.text[s:e]}
		}
		out = append(out, q)
	}
	return out
}

// markLen returns the length in bytes of the quote mark at i: two for ”
// and “, else one rune.
func markLen(text string, i int) int {
	if strings.HasPrefix(text[i:], "''") || strings.HasPrefix(text[i:], "``") {
		return 2
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return n
}
