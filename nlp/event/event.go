// Package event codes who did what to whom, where, when and whether it
// happened, in the PLOVER ontology (sixteen types: AGREE, CONSULT,
// SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
// THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT).
//
// Input: a Document with Tokens (Penn Treebank tags), Sentences, Mentions
// and Entities (country and sector), and when present Timexes, Quotes and
// Figures. Output: Document.Events, ids "v1", "v2", … in text order.
//
// Triggers come from the embedded lexicon data/triggers.tsv, hand-curated
// from the PLOVER codebook, the CAMEO→PLOVER table and the CAMEO verb
// dictionary: verbs (met, imposed, retaliate, praised, accused), verbs with
// the head noun of their object or their preposition (reached an agreement,
// imposed tariffs, eased restrictions, resume exports, work with), and
// nominalisations heading their noun phrase (meeting, talks, summit,
// agreement, truce). A light verb with a trigger object is one event.
//
// Roles come from the sentence's syntax, within the trigger's clause:
//   - actors: the nearest mention (or pronoun) before a verb, with the
//     mentions coordinated with it ("the US and China reached…" gives both
//     actors in one record); for a noun, its possessor ("his meeting",
//     "China's agreement") or "between X and Y" (both sides as actors);
//   - recipients: the first mentions after the trigger in its object or
//     after with/on/against/to/for/from ("tariffs of up to 145% on Chinese
//     products"), else a place after in/at ("lifted a curfew in
//     Montenegro"); "retaliate" without one takes the previous event's
//     actor; in the passive the agent after "by" acts and the subject
//     receives (stative participles after "be" are no passive: "Israel
//     is opposed to French mediation", "forces were engaged in…"); a verb
//     coordinated with an earlier one shares its subject ("killed two
//     youths and wounded five others"); the parties of a mediation
//     ("mediation between Syria and Arafat") receive, the mediator acts;
//     a complaint "to X over Y" has Y, not its addressee X, as recipient;
//     a purpose infinitive without a recipient takes its governing verb's
//     ("sent personnel to Bosnia to investigate"), whose prepositional
//     object does not act;
//   - officials: a person titled by an international body ("U.N.
//     mediator Diego Cordovez") acts for it (IGOUN), and an organisation
//     named as an international body ("International Labor Office",
//     "European Community") is IGO, never the sentence's country;
//   - groups: a nationality stays a recipient when it also names the
//     actor's group ("Palestinian police … from Palestinian armed
//     groups"); an ethnic or religious group without a country heading a
//     noun of people in the object ("Tamil civilian refugees", "Darfur
//     rebels") is the recipient, coded with the acting state's country,
//     and "ethnic X" takes the country the sentence places it in ("ethnic
//     Albanians in southeastern Serbia"), as CAMEO codes such groups;
//   - not an actor: a country modifying a common noun that is no organ of
//     the state ("the London exchange", "the US company" act for no
//     government); the possessor of a nominal whose possessor undergoes
//     the act ("her release", "Chaudhry's arrest") receives; a nominal
//     setting the scene ("seen him at a rally") has no actor; a
//     participle after a verb's object shares that verb's subject
//     ("parents sent a letter to the NAACP board urging them…": the NAACP
//     does not urge); a thing possessed by an entity does not make it act
//     ("If Trump's plan rejected single mothers"); a place after in/at is
//     no coordinated party ("At their meeting in London, G7 ministers…");
//     an agentless passive takes a country or city as authority, never a
//     building ("murdered in the White House"); people
//     placed in a country or city ("civil servants in Wales joined the
//     strike") are coded with its country alone, not its government;
//     "he" and "she" are resolved within their sentence and the two
//     before it, or not at all;
//   - not an event: a participle used as an adjective ("wounded American
//     families"), "demonstrate why/that" (showing), declining to comment
//     ("declined to say"), an intent verb offering a plain thing to nobody
//     named ("offered a clear choice"), recognition without anybody
//     recognised; senses the lexicon lists as no event (type "-":
//     "pleaded guilty", "lifted interest rates", "accepts that…",
//     "provides income", "press on"); "provided" before a subject (a
//     conjunction), "is to blame", "decline" without an object, "ask"
//     without "to" or "for" (a question), a verb tag after a determiner
//     (a noun), a first- or second-person reflexive object ("shooting
//     yourself in the foot"), a threat noun without participants of its
//     own ("the terror threat"), a warning of what could happen or what
//     is the case (a forecast), what a thing permits ("an agreement to
//     allow…"), a release or arrest of things ("release of records",
//     "releases of the Clinton emails"), a candidate's rally ("his
//     rallies", "a Trump rally", "a campaign rally"), a march toward a date
//     or a goal ("toward Election Day"), "seek to" (trying: the
//     complement's act is planned), declining to be named, an arrival
//     taking up a post ("arrived in Congress", "as base chief"), "agree
//     with" with the preposition stranded, "should" after a possessed
//     thing ("Cruz's victory should give him momentum": a forecast);
//   - a noun's sense may depend on the word before it (triggers.tsv):
//     "political attacks" are accusations, "political fighting" no event;
//   - a person's supporters, aides, allies, voters, critics or entourage
//     are not the person ("Brown ally rejects…", "met Bernie supporters");
//     a relative clause on "anyone"/"those" names nobody; after an
//     indefinite apposition ("Kasich of Ohio, a Republican who…") the
//     person named before acts; a nominal in an opening "Facing"/"Under"
//     phrase befalls the main clause's subject; an accusation possessed
//     and answered ("rebutted Russia's accusations") befalls the one
//     answering;
//   - reciprocal phrases ("the two foreign ministers", "both sides", "the
//     two countries", "their meeting") are resolved to the participants of
//     the most recent event with two or more, or to the coordinated mentions
//     heading the same sentence; a plain "they" or "their" only within two
//     sentences and when no plural noun before it names its people
//     ("ministers had kept to their pledge");
//   - no actor from a subject that is a thing ("a visa program that
//     allows…", "the new gambling bill going through Westminster will
//     allow…", "lawsuits seeking…"), from a name inside a modifier of the
//     subject (after through, like, by…) or an apposition ("Rep. Adam
//     Schiff, the top Democrat on the House Intelligence Committee,
//     called on…": Schiff), from "its members", from a time or a text
//     named like an organisation ("the New Year", "Article 21"), or from
//     the subject of a verb that responds to the act its object names
//     ("denied the allegations", "favour an early start to talks", "is a
//     proponent of talks", "failure to prevent a massacre") or befalls it
//     ("faced criticism", "came under criticism": the subject receives); a
//     nominal heading its own clause ("an attack is the main danger") or
//     after a topic preposition ("recommendations on the clashes") has no
//     governing verb; "from X" makes X act ("threats from Russia");
//   - an agentless passive takes a place as authority only in the past and
//     before any complement ("was accused of using … in New York" and "are
//     detained at Belmarsh Prison in London" name none), never a person or
//     a possessor; a reduced relative ("executives indicted in the case")
//     or a participle with a by-agent is a passive;
//   - recipients: none from the clause of a noun ("rejected allegations he
//     pressured Sullivan", "the allegation that Mr Brown…"), from beyond
//     an unnamed object with a verb complement ("accusing the prime
//     minister of hiding…"), or from a nationality modifying a noun after
//     in/at ("in the German mobile phone market");
//   - "he"/"she" opening a sentence continues the previous sentence's
//     person subject; elsewhere a "he"/"she" the quote stage resolved as
//     a speaker is that person ("He and the Archbishop… have both spoken
//     out… he criticised": not the archbishop), else the last person
//     named; it never resolves to a person known to be of the
//     other gender (a quote speaker resolved from the other pronoun, an
//     honorific);
//   - openers: "he", "she" or "they" opening a sentence (after at most
//     "And"/"But") continues the previous sentence's opener, the same
//     pronoun as the quote stage resolved it as a speaker, or for "they"
//     an organisation or a country named first ("They said they would
//     press Labour… And they pledged…"); a plain "they" otherwise names
//     the sides of a meeting or cooperation only, never an accuser and the
//     accused together; "I" and "we" outside a quote are the writer, and a
//     subject "it" stands for no person and no possessor before it ("said
//     it was fair to criticise", "France's growth… analysts expect that it
//     will continue to support");
//   - infinitives: after a noun the noun's possessor acts ("its decision
//     to back the plans": nobody named; "a failure to reach an agreement"
//     opening its clause: nobody); the object of expect, urge, ask…
//     is the infinitive's subject, not a purpose recipient; a purpose
//     infinitive takes no origin after "from"; a prepositional object
//     before "to" is no subject; after "had"/"saw" and an object, the
//     object acts ("had the press opposing them");
//   - recipients: an unnamed object with a verb complement ("accused the
//     party of signing up to a deal with the Tories", "urged the men to
//     step down from the GLA") blocks the complement's participants, also
//     when the speech act takes over its complement's recipients; "his
//     chancellor" is not him; rivers, lakes, bridges and streets name no
//     party;
//   - status: a denial negates its content's subject, verb group and
//     object, not acts further inside ("denied his shadow cabinet was
//     split over its decision to back…"); "whether" opens a hypothetical
//     clause of its own (and "whether to" shares the subject before it);
//     what speculation, rumours or suggestions say is hypothetical;
//     "failure"/"refusal to" negate; a participle after "with" and its
//     subject ("with Alan Milburn accusing Mr Howard") takes its clause's
//     time, not the progressive; intent words inside an apposition plan
//     nothing; an agentless passive after "be" has no authority, and an
//     organisation is one only as the body left ("expelled from Labour").
//
// Actors carry the entity id, name and code (see Code): the entity's
// country (ISO3) plus its sector (USAGOV), a country acting (GPE) with
// sector GOV, nationalities (NORP) with the country alone, international
// bodies as IGO plus their acronym (IGOASEAN). When the entity stage knows
// no country, the code takes it from a title modifier ("U.S. Secretary of
// State Warren Christopher") or, as a guess, from the one country the
// sentence names (for officials anywhere in it, for others before or just
// after the name, then anywhere in it without a guessed sector); the
// entity itself is not changed. An event without an
// actor is dropped, and so are verbs that need a recipient and have none
// ("meet his fiscal rules", "fighting climate change").
//
// Status: "planned" for will/shall/going to, intent words governing the
// trigger (plan, eager, desire, expect, scheduled, agreed to, "will take
// place"); "hypothetical" for could/may/might/should, if/unless, chances
// or possibility of; "would" is planned in reported speech after a past
// cue and hypothetical otherwise; "negated" for not/never/n't and
// refuse/fail to; "ongoing" for progressive forms and "beginning to";
// otherwise "occurred", or "planned" when its time expression lies after
// the publication date ("when Britain chairs the G8 summit next year").
// A noun after a modal is read as a verb ("Israel may attack…").
//
// Claims: an act whose trigger lies in the content of a quote that states
// something (a clause after a cue of saying, thinking or reporting:
// "adding that both sides agreed to strengthen exchanges") is a Claim by
// the quote's speaker, not a fact; an infinitive of intent ("plans to meet Xi") or a noun phrase the speaker
// describes ("described his meeting with Wang Yi as positive") is not.
// Its roles, date and place come from the content alone (the speaker is
// not the subject of the reported act: "Clarence House issued a statement
// saying the prince has apologised"), except that a pronoun subject
// refers back to the speaker ("Hungary has said it will support…": "it"
// and "they" for a country or group in reported speech, "I" always; "he"
// in a direct quote is someone else).
// The cue's attitude is one more modality over the content: reported
// with said/told/announced the act keeps its own status (could →
// hypothetical, would in reported speech → planned, refused to →
// REJECT); with a hedge (suggest, believe, think, allege, claim, fear) it
// is at most hypothetical; with a denial (deny, dispute, refute) it is
// negated. A hedge with no known speaker ("US media outlets suggest…")
// codes nothing. An event merged from a claim and a statement by the
// article is no claim. The claim is Event.Claim: {"quote": "q10",
// "speaker": {"entity", "name", "code"}}, or null for an act the article
// states.
//
// Date: the time expression in the trigger's clause (From "timex:tN"), else
// the publication date (From "published"; "inferred" with an empty value
// when there is none). Location: a GPE, LOC or FAC mention after in/at/near
// in the clause; "in Kuala Lumpur, Malaysia" is the city with its entity's
// country. Figures: those after the trigger and before the next trigger of
// the sentence. Evidence: the sentence.
//
// One event per real-world act: events of the same type, status and set of
// participating entities are merged (the first keeps its evidence and
// date; a later one adds figures, a missing date, and a more specific
// location), and a definite or demonstrative nominal without participants
// of its own ("The meeting took place…", "such a summit") refers back to
// an earlier event and adds none.
//
// Mapping decisions, where PLOVER leaves room:
//   - Tariffs, duties, embargoes and sanctions imposed, raised or levied,
//     and retaliation in kind, are SANCTION mode "discontinue" context
//     economic (the manual: "international sanctions are coded as
//     discontinue"), not COERCE, which PLOVER keeps for repression.
//     Export controls imposed are SANCTION too.
//   - Eased or lifted restrictions, export controls and sanctions, and
//     tariff reductions, are CONCEDE mode "ease" (the manual treats lifting
//     restrictions as a concession even when it has material effects); the
//     implemented withdrawal of troops, releases and ceasefires are RETREAT.
//   - Truces and agreements reached are AGREE; a tariff reduction agreement
//     is one AGREE, not also a CONCEDE. Signing a formal agreement is
//     SUPPORT, as the CAMEO→PLOVER table codes CAMEO 057.
//   - Demands in reported speech ("X said that Y must…") are REQUEST by
//     the speaker to Y; acts that will not happen ("will not accept",
//     "failed to reach agreement") keep their type with status negated and
//     are REJECT on PLOVER export.
//   - Future cooperative acts ("agreed to resume rare earth exports",
//     "desire to meet") keep their own type (COOPERATE, CONSULT) with status
//     planned; the agreeing itself is not a second event. PLOVER codes such
//     intentions as AGREE: PLOVERType converts them on export, and planned
//     or hypothetical ASSAULT, COERCE and SANCTION become THREATEN.
//   - Verbal acts (demand, urge, accuse, reject, refuse, threaten, warn)
//     are the event; the acts in their complement are not coded. An
//     "attack" on people with no weapon, force or casualty in its clause
//     is ACCUSE disapprove ("Trump attacked Clinton for…"). Planned
//     protests and boycotts are THREATEN on PLOVER export.
//   - Meetings at a place outside every participant's country get mode
//     "third-party".
//   - Modes use today's codebook names (COERCE arrest, not detain; curfew
//     for martial law; REJECT yield for veto and defiance); CONCEDE "ease"
//     is Chronicle's own. The clause refines the trigger's mode where the
//     codebook defines modes by weapon or kind (see mode.go: suicide
//     bombing, heavy weapons, aerial, hunger strike, what a threat
//     threatens), and PLOVERMode gives the mode of the PLOVERType
//     conversion (planned ASSAULT is THREATEN violence).
//
// Invariants: every evidence span is a sentence inside Text; every actor
// and recipient names an entity of doc.Entities; figure ids name
// doc.Figures. An Annotator is safe for concurrent use: its lexicon is
// loaded once and read only.
package event

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"chronicle"
	lexdata "chronicle/lexicon"
	"chronicle/nlp/internal/lower"
)

//go:embed data/triggers.tsv
var dataFS embed.FS

// Options configure an Annotator. The zero value uses the embedded lexicon
// and discards logs.
type Options struct {
	// FS holds data/triggers.tsv; nil means the embedded lexicon.
	FS     fs.FS
	Logger *slog.Logger
}

// An Annotator codes events. It implements chronicle.Annotator.
type Annotator struct {
	lex     *lexicon
	err     error
	log     *slog.Logger
	scratch sync.Pool // *scratch: per-token arrays reused across documents
}

// maxPooled is the most tokens of a document whose arrays are kept for
// the next (news articles have a few hundred to a few thousand).
const maxPooled = 1 << 15

// scratch holds the per-token arrays of a state, reused from document to
// document so that a document costs no new arrays of its length.
type scratch struct {
	words []string
	idx   []int
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
	lx, err := loadLexicon(fsys)
	if err == nil {
		if lx.given, err = lexdata.DefaultGivenNames(); err != nil {
			err = fmt.Errorf("%w: %w", ErrLexicon, err)
		}
	}
	return &Annotator{lex: lx, err: err, log: log}
}

// Annotate sets doc.Events.
func (a *Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	_, err := a.annotate(ctx, doc)
	return err
}

// annotate sets doc.Events and returns their claims, index by index (nil
// for an event the article states), as Event.Claim holds them.
func (a *Annotator) annotate(ctx context.Context, doc *chronicle.Document) ([]*chronicle.Claim, error) {
	if a.err != nil {
		return nil, a.err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc.Events = doc.Events[:0]
	if len(doc.Tokens) == 0 {
		return nil, nil
	}
	sc, _ := a.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	s := newState(a.lex, doc, sc)
	if len(doc.Tokens) <= maxPooled {
		// A very long document's arrays are left to the collector, so
		// the pool does not keep them alive through later documents.
		defer a.scratch.Put(sc)
	}
	lo := 0
	sentences := doc.Sentences
	if len(sentences) == 0 {
		sentences = []chronicle.Sentence{{Start: 0, End: len(doc.Text)}}
	}
	for _, sen := range sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for lo < len(doc.Tokens) && doc.Tokens[lo].Start < sen.Start {
			lo++
		}
		hi := lo
		for hi < len(doc.Tokens) && doc.Tokens[hi].End <= sen.End {
			hi++
		}
		if hi > lo {
			s.sentence(lo, hi, chronicle.Span{Start: sen.Start, End: sen.End})
		}
		lo = hi
	}
	var claims []*chronicle.Claim
	debug := a.log.Enabled(context.Background(), slog.LevelDebug) // as Debug asks: its arguments cost allocations
	for _, c := range s.events {
		if c.dropped {
			continue
		}
		c.ev.ID = "v" + strconv.Itoa(len(doc.Events)+1)
		c.ev.Claim = s.claimOf(c)
		if debug {
			a.log.Debug("event", "id", c.ev.ID, "type", c.ev.Type, "trigger", s.words[c.trig])
		}
		doc.Events = append(doc.Events, c.ev)
		claims = append(claims, c.ev.Claim)
	}
	a.log.Debug("events", "count", len(doc.Events))
	return claims, nil
}

// PLOVERType returns the type an event has in PLOVER's own coding:
// planned or hypothetical cooperative acts (CONSULT, SUPPORT, COOPERATE,
// AID, CONCEDE, RETREAT) are AGREE, planned or hypothetical ASSAULT,
// COERCE, SANCTION and PROTEST ("will boycott") are THREATEN, and negated cooperation ("will not
// accept", "failed to reach agreement") is REJECT; other events keep
// their type.
func PLOVERType(e chronicle.Event) string {
	if e.Status == "negated" {
		switch e.Type {
		case "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT":
			return "REJECT"
		}
		return e.Type
	}
	if e.Status != "planned" && e.Status != "hypothetical" {
		return e.Type
	}
	switch e.Type {
	case "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "SUPPORT":
		return "AGREE"
	case "ASSAULT", "COERCE", "SANCTION", "PROTEST":
		return "THREATEN"
	}
	return e.Type
}

// state is the per-document work of Annotate.
type state struct {
	reporting bool // inside reportingSubject: its subject is not resolved through another claim
	lex       *lexicon
	doc       *chronicle.Document
	words     []string // lower-case token texts
	mention   []int    // token → index in doc.Mentions, -1 if none
	quote     []int    // token → index in doc.Quotes, -1 if none
	timex     []int    // token → index in doc.Timexes, -1 if none
	sorted    bool     // doc.Mentions are in text order
	entities  map[string]*chronicle.Entity
	events    []*cand

	// Indexes that spare scans over the whole document per event.
	timexSorted  bool                      // doc.Timexes are sorted by start
	figureSorted bool                      // doc.Figures are sorted by start
	indexed      int                       // events of earlier sentences: what antecedent, merge and reciprocal read of them is final
	live         map[string][]*cand        // events merge has kept, by type, in order
	ante         map[string][]*cand        // events[:indexed] not dropped that can be antecedents (no ref, actors), by type
	pairs        []*cand                   // events[:indexed] not dropped with two or more participants
	states       []bool                    // quote → its content states something (see stating)
	firstMention map[string]int            // entity → its first mention, built when a claim needs it
	speakers     map[chronicle.Span]string // quote speaker span → its entity, built on first use
	speakerEnds  map[int]string            // end byte of a quote speaker of several words → its entity, built on first use
}

// cand is an event being built.
type cand struct {
	ev      chronicle.Event
	trig    int // trigger token
	end     int // token after the trigger phrase
	e       entry
	anaphor bool  // a definite nominal without participants of its own
	planned bool  // announced by an intent trigger
	nominal bool  // a noun trigger, or a light verb with one ("held talks")
	head    int   // the noun of a nominal trigger
	ref     *cand // the earlier event an anaphoric nominal refers to
	modal   bool  // a demand made with must/should: the rest of its clause is its content
	claim   int   // 1 + the index of the quote whose content claims it; 0 when the article states it
	country bool  // its location names a country, which a city makes more specific
	dropped bool
	figs    map[string]bool // the first figsN of ev.Figures, built by addFigures
	figsN   int
	parts   []string // participants(c), once partsOK
	partsOK bool
	sent    int // first token of its sentence
}

// newState returns the state of doc, whose per-token arrays are sc's
// (grown if need be): valid until sc is used again.
func newState(lx *lexicon, doc *chronicle.Document, sc *scratch) *state {
	s := &state{lex: lx, doc: doc, entities: map[string]*chronicle.Entity{}}
	n := len(doc.Tokens)
	if cap(sc.words) < n {
		sc.words, sc.idx = make([]string, n), make([]int, 3*n)
	}
	s.words = sc.words[:n]
	s.mention, s.quote, s.timex = sc.idx[:n:n], sc.idx[n:2*n:2*n], sc.idx[2*n:3*n]
	var lows lower.Buffer // the lower-cased words share its chunks
	for i, t := range doc.Tokens {
		s.words[i] = lows.Lower(doc.Text[t.Start:t.End])
		s.mention[i], s.quote[i], s.timex[i] = -1, -1, -1
	}
	for i := range doc.Entities {
		s.entities[doc.Entities[i].ID] = &doc.Entities[i]
	}
	s.sorted = slices.IsSortedFunc(doc.Mentions, func(a, b chronicle.Mention) int { return a.Start - b.Start })
	s.timexSorted = slices.IsSortedFunc(doc.Timexes, func(a, b chronicle.Timex) int { return a.Start - b.Start })
	s.figureSorted = slices.IsSortedFunc(doc.Figures, func(a, b chronicle.Figure) int { return a.Start - b.Start })
	s.live, s.ante = map[string][]*cand{}, map[string][]*cand{}
	s.cover(len(doc.Mentions), func(k int) (int, int) { return doc.Mentions[k].Start, doc.Mentions[k].End }, s.mention)
	s.cover(len(doc.Quotes), func(k int) (int, int) { return doc.Quotes[k].Start, doc.Quotes[k].End }, s.quote)
	s.cover(len(doc.Timexes), func(k int) (int, int) { return doc.Timexes[k].Start, doc.Timexes[k].End }, s.timex)
	s.states = s.stating()
	return s
}

// cover marks, for each of n spans, the tokens inside it in idx.
func (s *state) cover(n int, span func(int) (int, int), idx []int) {
	toks := s.doc.Tokens
	i := 0 // where the span before ended
	for k := 0; k < n; k++ {
		a, b := span(k)
		if i == 0 || toks[i-1].Start < a {
			// the first token at or after a is at i or later (spans
			// come in text order): step on to it
			for i < len(toks) && toks[i].Start < a {
				i++
			}
		} else {
			i, _ = slices.BinarySearchFunc(toks, a, func(t chronicle.Token, off int) int { return t.Start - off })
		}
		for ; i < len(toks) && toks[i].End <= b; i++ {
			if idx[i] < 0 {
				idx[i] = k
			}
		}
	}
}

func (s *state) tag(i int) string { return s.doc.Tokens[i].Tag }

func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") }

func isNoun(tag string) bool { return strings.HasPrefix(tag, "NN") }

// sentence codes the events of tokens [lo, hi) spanning sen.
func (s *state) sentence(lo, hi int, sen chronicle.Span) {
	for ; s.indexed < len(s.events); s.indexed++ {
		c := s.events[s.indexed]
		if c.dropped {
			continue
		}
		if c.ref == nil && len(c.ev.Actors) > 0 {
			s.ante[c.ev.Type] = append(s.ante[c.ev.Type], c)
		}
		if len(uniq(append(slices.Clone(c.ev.Actors), c.ev.Recipients...))) >= 2 {
			s.pairs = append(s.pairs, c)
		}
	}
	first := len(s.events)
	consumed := map[int]bool{}
	for i := lo; i < hi; i++ {
		if consumed[i] || s.mention[i] >= 0 || s.doc.Tokens[i].Kind != chronicle.TokenWord {
			continue
		}
		w, t := s.words[i], s.tag(i)
		var (
			e     entry
			ok    bool
			end   = i + 1
			nomin bool
			head  = i // the token whose noun phrase gives the roles of a nominal
		)
		if t == "MD" && (w == "must" || w == "should") {
			if c := s.demand(i, lo, hi, sen); c != nil {
				s.events = append(s.events, c)
			}
			continue
		}
		if t == "JJ" && strings.HasSuffix(w, "ing") && i > lo {
			switch s.words[i-1] {
			case "is", "are", "was", "were", "been", "be":
				t = "VBG" // "are demanding autonomy", tagged as an adjective
			}
		}
		if (t == "NNS" || t == "NN") && i > lo && s.words[i-1] == "who" {
			t = "VBZ" // "anyone who attacks our community", tagged as a noun
		}
		if t == "NN" && i > lo && (s.tag(i-1) == "MD" || (s.tag(i-1) == "RB" && i-1 > lo && s.tag(i-2) == "MD")) {
			t = "VB" // "Israel may attack Lebanon", tagged as a noun
		}
		if t == "VBG" && i+1 < hi && s.words[i+1] == "of" && i > lo && !isVerb(s.tag(i-1)) && s.tag(i-1) != "IN" && s.tag(i-1) != "TO" && s.tag(i-1) != "MD" {
			t = "NN" // "World War I-era killing of Armenians": a gerund heading a noun phrase
		}
		if (t == "VB" || t == "VBP") && i > lo && (s.tag(i-1) == "DT" || (i-2 >= lo && (s.words[i-1] == "“" || s.words[i-1] == "\"" || s.tag(i-1) == "``") && s.tag(i-2) == "DT")) {
			continue // "branded North Korea an “outlaw nation”": a noun tagged as a verb
		}
		if (t == "VBN" || t == "VBG") && s.attributive(i, lo, hi) {
			continue // "wounded American families", "the striking workers": an adjective
		}
		switch {
		case isVerb(t):
			if !s.lex.has('V', w) {
				continue // no entry: no event, whatever its object
			}
			if s.noSense(i, hi) {
				continue // "pleaded guilty", "lifted interest rates", "provided it sticks with reform"
			}
			obj, prep, oi := s.object(i, hi)
			if oi >= 0 {
				if e, ok = s.lex.entries[key{'V', w, singular(obj)}]; ok {
					consumed[oi] = true
					end = oi + 1
					if _, n := s.lex.entries[key{'N', obj, "*"}]; n {
						nomin, head = true, oi // "hold a summit between…"
					}
				}
			}
			if !ok && prep != "" {
				e, ok = s.lex.entries[key{'V', w, prep}]
			}
			if !ok {
				e, ok = s.lex.entries[key{'V', w, "*"}]
				if ok && e.Intransitive && oi >= 0 && prep == "" {
					ok = false // "demonstrated an ambition"
				}
				if ok && e.Transitive && !s.hasObject(i, hi) {
					ok = false // "sales were declining": no refusal
				}
				if ok && e.Infinitive && !s.asksFor(i, hi) {
					ok = false // "asked Mr Sullivan: …?": a question, no request
				}
			}
		case t == "NN" || t == "NNS":
			if i+1 < hi && isNoun(s.tag(i+1)) && s.mention[i+1] < 0 && s.timex[i+1] < 0 && !genericHead(s.words[i+1]) {
				continue // a modifier, not the head of its noun phrase
			}
			e, ok = s.lex.entries[key{'N', w, "*"}]
			nomin = true
			if m, mk := s.lex.entries[key{'N', w, s.words[max(i-1, lo)]}]; ok && i > lo && mk {
				if m.None {
					continue // "political fighting": a sense listed as no event
				}
				e = m // "political attacks": verbal, an accusation
			}
			if ok && (w == "rally" || w == "rallies") && s.campaignRally(i, lo) {
				continue // "flooded his rallies", "a Trump campaign rally": a candidate's meeting, no protest
			}
		}
		if ok && !nomin && end < hi {
			switch s.words[end] {
			case "yourself", "yourselves", "myself", "ourselves":
				ok = false // "you would be shooting yourself in the foot": advice, no act of anyone named
			}
		}
		if ok && !nomin && e.Lemma == "agree" && end+1 < hi && s.words[end] == "with" && (s.tag(end+1) == "." || s.tag(end+1) == ",") {
			continue // "one word that I don't agree with": agreeing with a thing said, no agreement with anybody
		}
		if ok && e.Lemma == "march" && s.figurativeMarch(i, hi) {
			continue // "the march toward Election Day": progress, no protest
		}
		if ok && !nomin && e.Lemma == "warn" && s.warnsOfRisk(i, hi) {
			ok = false // "the IMF had warned that the Brexit vote could depress growth": a forecast, no threat
		}
		if ok && e.Type == "PROTEST" && !nomin && end < hi {
			switch s.words[end] {
			case "why", "how", "that", "whether", "what":
				ok = false // "demonstrate why the purchase creates value": show, not protest
			case "to":
				for k := end + 1; k < hi && k <= end+6; k++ {
					if s.words[k] == "that" || s.words[k] == "how" || s.words[k] == "why" {
						ok = false // "to demonstrate to North Korea that there are consequences"
						break
					}
				}
			}
		}
		if ok && nomin && head == i && patientNoun(singular(w)) && s.thingPatient(i+1, hi) {
			continue // "speed release of records": a thing released is no act on anybody
		}
		if !ok {
			continue
		}
		c := &cand{trig: i, end: end, e: e, sent: lo, nominal: nomin, head: head}
		c.ev = chronicle.Event{Type: e.Type, Mode: e.Mode, Evidence: sen, Context: []string{}, Actors: []chronicle.Actor{}, Recipients: []chronicle.Actor{}, Figures: []string{}}
		if s.unsourced(i) {
			continue
		}
		s.roles(c, lo, hi, nomin)
		if c.e.Recipient && len(c.ev.Recipients) == 0 && len(c.ev.Actors) < 2 {
			continue // "meet his fiscal rules", "fighting climate change"
		}
		if c.e.Lemma == "arrive" && s.takesPost(c, hi) {
			continue // "arrived in Congress", "arrived in Benghazi as base chief": a new post, no visit
		}
		if c.anaphor || (len(c.ev.Actors) == 0 && len(c.ev.Recipients) == 0) {
			s.status(c, lo, hi)
			c.ref = s.antecedent(c)
		}
		s.events = append(s.events, c)
	}
	evs := s.events[first:]
	s.govern(evs, lo)
	for k, c := range evs {
		next := hi
		if k+1 < len(evs) {
			next = evs[k+1].trig
		}
		s.status(c, lo, hi)
		s.when(c, lo, hi)
		if c.ev.Status == Occurred && strings.HasPrefix(c.ev.Date.From, "timex:") && later(c.ev.Date.Value, s.doc.Meta.Published.Value) {
			c.ev.Status = Planned // "when Britain chairs the G8 summit next year"
		}
		if !c.modal {
			s.claim(c) // a demand made in a quote is the speaker's own act
		}
		s.where(c, lo, hi)
		s.context(c, lo, hi)
		ca, cb := s.clause(c.trig, lo, hi)
		s.refineMode(c, ca, cb)
		figs := s.doc.Figures
		if s.figureSorted { // only those starting in [trigger, sentence end] can qualify
			a, _ := slices.BinarySearchFunc(figs, s.doc.Tokens[c.trig].Start, func(f chronicle.Figure, b int) int { return f.Start - b })
			b, _ := slices.BinarySearchFunc(figs, sen.End+1, func(f chronicle.Figure, b int) int { return f.Start - b })
			figs = figs[a:max(a, b)]
		}
		for _, f := range figs {
			if f.Start >= s.doc.Tokens[c.trig].Start && (next >= hi || f.End <= s.doc.Tokens[next].Start) && f.End <= sen.End {
				c.ev.Figures = append(c.ev.Figures, f.ID)
			}
		}
	}
	for _, c := range evs {
		if c.dropped {
			continue
		}
		if c.anaphor || (len(c.ev.Actors) == 0 && len(c.ev.Recipients) == 0) {
			s.refer(c)
			continue
		}
		if len(c.ev.Actors) == 0 || ((c.e.Recipient || s.offersThing(c)) && len(c.ev.Recipients) == 0 && len(c.ev.Actors) < 2) {
			c.dropped = true
			continue
		}
		if c.ev.Type == "ASSAULT" && s.verbal(c, lo, hi) {
			// "Trump attacked Clinton for her support…": a politician
			// attacked in words, not by arms.
			c.ev.Type, c.ev.Mode, c.ev.Context = "ACCUSE", "disapprove", []string{}
		}
		s.merge(c)
	}
}

// noSense reports whether the verb at token i is used in a sense the
// lexicon lists as no event ("-"): with its object head, its preposition
// or particle, or the word after it (and any adverbs) — "pleaded guilty",
// "accepts that nicotine is harmful", "lifted interest rates". "Provided"
// or "providing" before a subject ("provided it sticks with reform") is a
// conjunction.
func (s *state) noSense(i, hi int) bool {
	w := s.words[i]
	k := i + 1
	for k < hi && s.tag(k) == "RB" && s.words[k] != "not" {
		k++
	}
	if k >= hi {
		return false
	}
	if w == "blame" && i-2 >= 0 && s.words[i-1] == "to" {
		switch s.words[i-2] {
		case "is", "are", "was", "were", "be", "been":
			return true // "outsourcing is to blame": the subject is blamed, nobody blames
		}
	}
	if (w == "provided" || w == "providing") && (s.words[k] == "that" || (s.tag(k) == "PRP" && k+1 < hi && (isVerb(s.tag(k+1)) || s.tag(k+1) == "MD"))) {
		return true
	}
	if e, ok := s.lex.entries[key{'V', w, s.words[k]}]; ok && e.None {
		return true
	}
	if s.tag(i) == "VBN" && i > 0 && isNoun(s.tag(i-1)) {
		// A participle after its object: "data provided by the Liberians".
		if e, ok := s.lex.entries[key{'V', w, singular(s.words[i-1])}]; ok && e.None {
			return true
		}
	}
	obj, prep, _ := s.object(i, hi)
	if obj != "" {
		if e, ok := s.lex.entries[key{'V', w, singular(obj)}]; ok && e.None {
			return true
		}
	}
	if prep != "" {
		if e, ok := s.lex.entries[key{'V', w, prep}]; ok && e.None {
			return true
		}
	}
	return false
}

// warnsOfRisk reports whether the warning at token i foretells a risk
// rather than threatens an act: its "that" clause (or the clause after
// its object) says what could or may happen, or what is the case ("warned
// there is a real risk", "warned him such practices were improper"),
// instead of what someone will do ("warned that police will no longer
// tolerate rallies").
func (s *state) warnsOfRisk(i, hi int) bool {
	k := i + 1
	for k < hi && k < i+6 && s.words[k] != "that" && !s.finite(k) && s.words[k] != "to" {
		k++
	}
	if k >= hi || s.words[k] == "to" {
		return false // "warned them to leave": a demand or a threat
	}
	for j := k; j < hi && j < k+12; j++ {
		switch s.words[j] {
		case "could", "might", "may", "risk", "danger", "is", "are", "was", "were", "be", "there":
			return true
		case "will", "would", "shall":
			if j+1 < hi && s.words[j+1] != "be" {
				return false
			}
		}
	}
	return false
}

// asksFor reports whether the verb at token i is followed in its clause
// by "to" and a verb, or by "for", before any colon, quote or question
// word: "asked the UN to send troops", "asked for help".
func (s *state) asksFor(i, hi int) bool {
	for k := i + 1; k < hi && k < i+10; k++ {
		switch w := s.words[k]; w {
		case ":", "“", "\"", "whether", "if", "why", "how", "what", "when", "where", "who", "about", "?":
			return false
		case "for":
			return true
		case "to":
			return k+1 < hi && s.tag(k+1) == "VB"
		}
		if s.tag(k) == "``" || s.finite(k) {
			return false
		}
	}
	return false
}

// hasObject reports whether the verb at token i has a direct object (a
// determiner, a noun, a name or a pronoun after it and any adverbs) or
// an infinitive ("declined to comment"), or is a passive ("the offer was
// declined").
func (s *state) hasObject(i, hi int) bool {
	if s.passive(i, max(0, i-3)) { // passive looks three words back at most

		return true
	}
	k := i + 1
	for k < hi && s.tag(k) == "RB" {
		k++
	}
	if k >= hi {
		return false
	}
	switch t := s.tag(k); {
	case s.words[k] == "to":
		return k+1 < hi && s.tag(k+1) == "VB"
	case t == "DT" || t == "PRP" || t == "PRP$" || t == "CD" || isNoun(t) || strings.HasPrefix(t, "JJ") || s.mention[k] >= 0:
		return s.timex[k] < 0
	}
	return false
}

// attributive reports whether the participle at token i modifies the
// noun after it: it opens the sentence or follows a determiner, a
// possessive, an adjective or an opening quote, and a noun (or an
// adjective and a noun) follows it.
func (s *state) attributive(i, lo, hi int) bool {
	p := i - 1
	if p > lo && s.tag(p) == "RB" && strings.HasSuffix(s.words[p], "ly") {
		p-- // "an exceptionally welcoming scene"
	}
	if i > lo {
		switch s.tag(p) {
		case "DT", "PRP$", "POS", "``", "JJ":
		case "VB", "VBZ", "VBD", "VBP":
			if s.tag(i) != "VBN" || auxiliary(s.words[p]) {
				return false
			}
			// "UK helps raped Rwandan women": a participle right after a
			// full verb modifies its object.
		default:
			if s.words[p] != "“" && s.words[p] != "\"" {
				return false
			}
		}
	}
	j := i + 1
	if j < hi && s.tag(j) == "JJ" {
		j++
	}
	return j < hi && isNoun(s.tag(j)) && s.mention[i] < 0
}

// offersThing reports an intent verb with a plain object instead of an
// act ("offering parents hope", "offered a clear choice"): with nobody
// named to receive it, no cooperation is offered. An intent with "to"
// or "that" ("pledged to turn beliefs into reality", "is committed to
// opening up the economy") is PLOVER's AGREE even without a recipient.
func (s *state) offersThing(c *cand) bool {
	if !c.e.Intent || c.end >= len(s.words) {
		return false
	}
	switch s.words[c.end] {
	case "to", "that", "on", "with", ",", ".":
		return false
	}
	return true
}

// patientNoun reports nominalisations whose possessor undergoes the act
// ("her release", "Chaudhry's arrest") instead of doing it.
func patientNoun(w string) bool {
	switch w {
	case "release", "arrest", "detention", "deportation", "expulsion", "execution", "kidnapping", "abduction",
		"assassination", "killing", "murder", "capture", "imprisonment", "extradition", "torture", "jailing", "sentencing", "conviction":
		return true
	}
	return false
}

// thingPatient reports whether "of" at token j opens a noun phrase with
// no name in it whose head is no noun of people: "the release of
// records", not "the release of 50 prisoners" or "of Aung San Suu Kyi".
func (s *state) thingPatient(j, hi int) bool {
	if j >= hi || s.words[j] != "of" {
		return false
	}
	head := -1
	for k := j + 1; k < hi && k < j+6; k++ {
		if m := s.mention[k]; m >= 0 {
			n := k + 1
			for n < hi && s.mention[n] == m {
				n++
			}
			if n < hi && s.tag(n) == "POS" {
				n++
			}
			if n < hi && s.mention[n] < 0 && (s.tag(n) == "NN" || s.tag(n) == "NNS") {
				k = n - 1 // a name modifying the head: "releases of the Clinton emails"
				continue
			}
			return false
		}
		t := s.tag(k)
		if isNoun(t) {
			head = k
			continue
		}
		if head >= 0 || !(t == "DT" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "PRP$") {
			break
		}
	}
	if head < 0 {
		return false
	}
	w := singular(s.words[head])
	return !peopleNoun(w) && !stateNoun(w) && !humanNoun(w)
}

// humanNoun reports nouns of persons a release, an arrest or a killing
// befalls.
func humanNoun(w string) bool {
	switch w {
	case "prisoner", "hostage", "detainee", "captive", "journalist", "soldier", "man", "woman", "child", "person", "people",
		"suspect", "dissident", "opponent", "member", "reporter", "aid", "sailor", "pilot", "crew", "tourist", "national",
		"student", "protester", "priest", "nun", "missionary", "businessman", "executive", "politician", "lawyer", "doctor",
		"men", "women", "children", "colleague", "deputy", "successor", "predecessor":
		return true
	}
	return false
}

// setting reports whether the noun phrase starting after token k is the
// object of a preposition of place or time with an article ("she had
// seen him at a rally in June", "spoke during the DNC meeting"): a scene,
// not an act of the clause's subject.
func (s *state) setting(k, a int) bool {
	for k > a && s.mention[k] >= 0 {
		k-- // "at an IMF meeting"
	}
	if k-1 < a || (s.words[k] != "a" && s.words[k] != "an" && s.words[k] != "the") {
		return false
	}
	k--
	switch s.words[k] {
	case "at", "during", "after", "before", "since", "following", "amid", "amidst", "throughout":
		return true
	}
	return false
}

// figurativeMarch reports whether the march at i goes toward a date or
// a goal rather than a place: "the march toward Election Day", "the
// march to the nomination".
func (s *state) figurativeMarch(i, hi int) bool {
	j := i + 1
	if j >= hi || (s.words[j] != "toward" && s.words[j] != "towards" && s.words[j] != "to") {
		return false
	}
	for k := j + 1; k < hi && k <= j+4; k++ {
		if s.timex[k] >= 0 {
			return true
		}
		switch singular(s.words[k]) {
		case "election", "nomination", "victory", "war", "power", "presidency", "day", "vote", "primary", "convention", "finish", "majority":
			return true
		}
		if s.mention[k] >= 0 || isNoun(s.tag(k)) || s.tag(k) == "IN" {
			return false // "marched to the capital on Monday": a place
		}
	}
	return false
}

// campaignRally reports whether the rally at i is a candidate's: its noun
// phrase has "campaign", a possessive pronoun or a person's name before it
// ("his own rallies", "Sanders's rally", "Trump rallies").
func (s *state) campaignRally(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-5; k-- {
		switch {
		case s.words[k] == "campaign" || s.words[k] == "his" || s.words[k] == "her":
			return true
		case s.mention[k] >= 0:
			if s.entityType(s.doc.Mentions[s.mention[k]].Entity) == "PERSON" {
				return true
			}
		case s.tag(k) == "POS" || strings.HasPrefix(s.tag(k), "JJ") || isNoun(s.tag(k)):
		default:
			return false
		}
	}
	return false
}

// quantity reports nouns that count the noun phrase after "of".
func quantity(w string) bool {
	switch w {
	case "thousands", "hundreds", "dozens", "millions", "tens", "scores", "number", "group", "groups", "part", "some", "most", "all":
		return true
	}
	return false
}

// genericHead reports nouns that leave the act to their modifier
// ("mediation mission", "peace talks round").
func genericHead(w string) bool {
	switch w {
	case "mission", "missions", "effort", "efforts", "process", "bid", "initiative", "round", "session", "campaign", "operation", "plan":
		return true
	}
	return false
}

// demand codes "X said that Y must/should …" as a REQUEST by the speaker
// of the reported clause to Y, when the speaker is a known entity. The
// acts in the clause are its content, not events.
func (s *state) demand(i, lo, hi int, sen chronicle.Span) *cand {
	a, b := s.clause(i, lo, hi)
	k := i + 1
	for k < b && (s.tag(k) == "RB" || s.words[k] == "not") {
		k++
	}
	if k >= b || s.words[k] == "be" || s.words[k] == "have" {
		return nil // "must not be held back", "should have known": no act asked of anyone
	}
	if h := i - 1; h-1 >= lo && (s.tag(h) == "NN" || s.tag(h) == "NNS") && s.tag(h-1) == "POS" {
		if w := singular(s.words[h]); !peopleNoun(w) && !stateNoun(w) && !humanNoun(w) {
			return nil // "Cruz's victory should give him momentum": a forecast about a thing, no demand
		}
	}
	var speaker []chronicle.Actor
	if q := s.quote[i]; q >= 0 && s.doc.Quotes[q].Speaker != nil {
		if m := s.firstMentionOf(s.doc.Quotes[q].Speaker.Entity); m >= 0 {
			if act, ok := s.actor(m); ok {
				speaker = []chronicle.Actor{act}
			}
		}
	}
	if speaker == nil {
		// "The administration declared Tuesday that China must…": the
		// subject of the verb before "that".
		for k := i - 1; k > lo; k-- {
			if s.words[k] == "that" {
				for v := k - 1; v >= lo && v >= k-8; v-- { // "issued a stern reminder Saturday to Iraq that it must…"
					if t := s.tag(v); t == "VBD" || t == "VBZ" || t == "VBP" {
						speaker = s.subject(v, lo, lo)
						break
					}
				}
				break
			}
		}
	}
	if len(speaker) == 0 {
		return nil
	}
	c := &cand{trig: i, end: b, e: entry{Type: "REQUEST", Speech: true}, sent: lo, head: i, modal: true}
	c.ev = chronicle.Event{Type: "REQUEST", Evidence: sen, Context: []string{}, Figures: []string{}}
	c.ev.Actors, c.ev.Recipients = s.dedupe(speaker, s.subject(i, a, lo))
	if len(c.ev.Recipients) == 0 {
		return nil // "e-mails should be deleted" is no demand on anyone
	}
	return c
}

// verbal reports whether an ASSAULT "attack" is one in words: its object
// is a text, a plan or a claim ("attacked Labour's pledges"), or its
// recipients are all people and its clause names no weapon, force or
// casualty.
func (s *state) verbal(c *cand, lo, hi int) bool {
	if !strings.HasPrefix(s.words[c.trig], "attack") {
		return false
	}
	if obj, _, oi := s.object(c.trig, hi); oi >= 0 {
		if w := singular(obj); thingNoun(w) || claimNoun(w) || textNoun(w) || w == "pledge" || w == "promise" || w == "record" {
			return true // "attacked Labour's six new pledges as vacuous"
		}
	}
	if len(c.ev.Recipients) == 0 {
		return false
	}
	for _, r := range c.ev.Recipients {
		if s.entityType(r.Entity) != "PERSON" {
			return false
		}
	}
	a, b := s.clause(c.trig, lo, hi)
	for k := a; k < b; k++ {
		switch s.words[k] {
		case "military", "troops", "forces", "army", "soldiers", "gunmen", "militants", "rebels", "police",
			"bomb", "bombs", "missile", "missiles", "rocket", "rockets", "gun", "guns", "knife", "killed", "wounded", "injured", "dead":
			return false
		}
	}
	return true
}

// noun reports whether c's trigger is a noun.
func (c *cand) noun() bool { return c.nominal && c.head == c.trig }

// antecedent returns the most recent earlier event of c's type, one of
// the same status if there is one ("described the meeting" is the meeting
// that took place, "to hold the meeting" the one planned), or nil.
func (s *state) antecedent(c *cand) *cand {
	var any *cand
	// The events before, latest first: the current sentence's (whose
	// types may still change), then those of c's type before it.
	cur, earlier := s.events[s.indexed:], s.ante[c.ev.Type]
	for k := len(cur) + len(earlier) - 1; k >= 0; k-- {
		var d *cand
		if k >= len(earlier) {
			d = cur[k-len(earlier)]
		} else {
			d = earlier[k]
		}
		if d.dropped || d.ref != nil || d.ev.Type != c.ev.Type || d.ev.Actors == nil || len(d.ev.Actors) == 0 {
			continue
		}
		if d.ev.Status == c.ev.Status {
			return d
		}
		if any == nil {
			any = d
		}
	}
	return any
}

// object returns the head noun of the object after the verb at i (its
// token index, or -1), and the preposition directly after the verb.
func (s *state) object(i, hi int) (string, string, int) {
	k := i + 1
	prep := ""
	for k < hi && (s.tag(k) == "RP" || s.tag(k) == "RB") {
		if s.tag(k) == "RP" || (prep == "" && (s.words[k] == "out" || s.words[k] == "off" || s.words[k] == "away")) {
			prep = s.words[k] // a particle: "called off", "backed out", "back away"
		}
		k++
	}
	if k < hi && (s.tag(k) == "IN" || s.tag(k) == "TO") {
		if prep == "" {
			prep = s.words[k]
		}
		k++
	}
	head := -1
	for n := 0; k < hi && n < 6; k, n = k+1, n+1 {
		if s.timex[k] >= 0 {
			if head >= 0 {
				break // "signed an agreement today"
			}
			continue // "lifted Friday a day-old blockade"
		}
		t := s.tag(k)
		switch {
		case t == "NN" || t == "NNS":
			if quantity(s.words[k]) && k+1 < hi && s.words[k+1] == "of" {
				k++ // "thousands of refugees": the refugees are the object
				head = -1
				continue
			}
			if genericHead(s.words[k]) && head >= 0 {
				continue // "ended mediation efforts": the act is the modifier
			}
			head = k
			continue
		case t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "VBN" || t == "POS" || t == "HYPH" || s.words[k] == "-" ||
			(t == "VBG" && k+1 < hi && (strings.HasPrefix(s.tag(k+1), "JJ") || isNoun(s.tag(k+1)))): // "imposed sweeping new sanctions"
			if head >= 0 {
				break
			}
			continue
		case t == "NNP" || t == "NNPS":
			continue
		case head < 0 && s.words[k] == "than" && (s.words[k-1] == "more" || s.words[k-1] == "less" || s.words[k-1] == "fewer"):
			continue // "released more than 1,100 pages"
		}
		break
	}
	if head < 0 {
		return "", prep, -1
	}
	return s.words[head], prep, head
}

func (s *state) entityType(id string) string {
	if e := s.entities[id]; e != nil {
		return e.Type
	}
	return ""
}

// boundary reports whether token k ends a clause going outward.
func (s *state) boundary(k int) bool {
	switch s.words[k] {
	case ";", ":", "since", "because", "while", "when", "although", "though", "whereas", "after", "before", "until", "which", "who", "where":
		return true
	case "whether":
		// "whether the Home Office would be able to…" opens a clause;
		// "whether to allow…" shares the subject before it.
		return k+1 >= len(s.words) || s.words[k+1] != "to"
	}
	return false
}

// clause returns the tokens [a, b) of the clause around the trigger at i.
//
// A trigger inside a quote's content has its clause inside that content:
// the speaker and the words around the quote are no part of the act
// reported ("Clarence House has issued a statement saying the prince has
// apologised": Clarence House does not apologise).
func (s *state) clause(i, lo, hi int) (int, int) {
	q := s.claimQuote(i)
	a := i
	for a > lo && !s.boundary(a-1) && !(s.words[a-1] == "," && a < hi && s.tag(a) == "VBG") && (q < 0 || s.quote[a-1] == q) {
		a--
	}
	b := i + 1
	for b < hi && !s.boundary(b) && !(s.words[b] == "," && b+1 < hi && (s.tag(b+1) == "VBG" || s.words[b+1] == "as" || s.words[b+1] == "a")) && (q < 0 || s.quote[b] == q) {
		b++
	}
	return a, b
}

// roles sets the actors and recipients of c.
func (s *state) roles(c *cand, lo, hi int, nominal bool) {
	i := c.trig
	a, b := s.clause(i, lo, hi)
	if nominal {
		i = c.head
		// Possessor: "his meeting", "China's agreement", "their meeting".
		k := i - 1
		for k >= a && (strings.HasPrefix(s.tag(k), "JJ") || s.tag(k) == "NN" || s.tag(k) == "VBN" || s.tag(k) == "RB" || s.words[k] == "-" || s.tag(k) == "CD") && s.mention[k] < 0 {
			k--
		}
		switch {
		case k >= a && s.tag(k) == "PRP$" && patientNoun(s.words[i]):
			c.ev.Recipients = s.pronoun(k, lo, i) // "her release": she was released
		case k >= a && s.tag(k) == "POS" && k-1 >= a && s.mention[k-1] >= 0 && patientNoun(s.words[i]):
			c.ev.Recipients = s.group(k-1, a, -1) // "Chaudhry's release"
		case k >= a && s.tag(k) == "PRP$":
			c.ev.Actors = s.pronoun(k, lo, i)
		case k >= a && s.tag(k) == "POS" && k-1 >= a && s.mention[k-1] >= 0:
			c.ev.Actors = s.group(k-1, a, -1)
			if c.ev.Type == "ACCUSE" {
				c.ev.Recipients = s.answerer(k-1, a, lo) // "Mr. Trump tried to deflect Mr. Khan's criticism": Trump was criticised
			}
		case k >= a && s.tag(k) == "POS" && k-1 >= a && isNoun(s.tag(k-1)):
			// "the government's demands": the possessor, named by no
			// entity, acts; the verb's subject does not.
			c.ev.Actors, c.ev.Recipients = s.dedupe(c.ev.Actors, c.ev.Recipients)
			return
		case k >= a && (s.words[k] == "the" || s.words[k] == "this" || s.words[k] == "that" || s.words[k] == "such" || s.words[k] == "these"):
			c.anaphor = true
		}
		// "between X and Y", "with X", "on X".
		j := c.end
		if j < b && genericHead(s.words[j]) {
			j++ // "mediation mission between…"
		}
		mediated := j < b && (s.words[j] == "between" || s.words[j] == "among") && strings.HasPrefix(s.words[c.head], "mediat")
		if j < b && s.words[j] == "by" {
			// "a probe by the US Securities and Exchange Commission"
			if ps := s.phraseAfter(j+1, b, lo); len(ps) > 0 {
				c.ev.Actors = ps
				c.anaphor = false
			}
		} else if mediated {
			// "undertook mediation between Syria and Arafat": the parties
			// receive, the mediator (the governing verb's subject) acts.
			if ps := s.phraseAfter(j+1, b, lo); len(ps) > 0 {
				c.ev.Recipients = ps
			}
		} else if j < b && (s.words[j] == "between" || s.words[j] == "among") {
			if ps := s.phraseAfter(j+1, b, lo); len(ps) > 0 {
				c.ev.Actors = append(c.ev.Actors, ps...)
				c.anaphor = false
			}
		} else if j < b && s.words[j] == "from" && c.ev.Type != "RETREAT" && len(c.ev.Actors) == 0 {
			// "threats from Russia", "a visit from Hillary Clinton": the
			// source acts (a withdrawal from a place is no act of the place).
			if ps := s.phraseAfter(j+1, b, lo); len(ps) > 0 {
				c.ev.Actors = ps
				c.anaphor = false
			}
		} else if j < b && isRolePrep(s.words[j]) {
			if ps := s.phraseAfter(j+1, b, lo); len(ps) > 0 {
				c.ev.Recipients = ps
				c.anaphor = false
			}
		}
		if len(c.ev.Actors) > 0 {
			c.anaphor = false
		}
		if len(c.ev.Recipients) == 0 && c.head == c.trig {
			c.ev.Recipients = s.facing(i, lo, hi) // "Facing criticism from Democrats, Mr. Trump…": Trump is criticised
		}
		if len(c.ev.Actors) > 0 || (c.anaphor && s.antecedent(c) != nil) || (c.e.Own && c.head == c.trig) {
			c.ev.Actors, c.ev.Recipients = s.dedupe(c.ev.Actors, c.ev.Recipients)
			return
		}
		// The subject of the verb governing the noun phrase acts ("renewed
		// negotiations", "declared a ceasefire"); a light verb is that verb.
		// A noun phrase setting the scene ("she had seen him at a rally
		// in June") has no governing verb.
		v := c.trig
		if c.head == c.trig && s.setting(k, a) {
			c.ev.Actors, c.ev.Recipients = s.dedupe(c.ev.Actors, c.ev.Recipients)
			return
		}
		if c.head == c.trig && s.headsClause(c.trig, b) {
			// "he says a nuclear terrorist attack is the main danger": the
			// nominal is its clause's subject, no verb's object.
			c.ev.Actors, c.ev.Recipients = s.dedupe(c.ev.Actors, c.ev.Recipients)
			return
		}
		if c.head == c.trig {
			v = -1
			for k := c.trig - 1; k >= a && k >= c.trig-6; k-- {
				if isVerb(s.tag(k)) {
					v = k
					break
				}
			}
		}
		if v < 0 && mediated {
			// "Klibi undertook mediation …" with the verb mistagged: the
			// mention before the noun mediates.
			c.ev.Actors = s.subject(c.trig, a, lo)
		}
		if v < 0 || (v != c.trig && (s.lex.responds[s.words[v]] || s.topic(v, c.head))) {
			// "Mr Ebbers denied the allegations", "Italy and Germany
			// favour an early start to talks": the subject responds to the
			// act, it does not do it.
			c.ev.Actors, c.ev.Recipients = s.dedupe(c.ev.Actors, c.ev.Recipients)
			return
		}
		c.anaphor = false
		if v != c.trig && s.receives(v, c.head) {
			// "Suu Kyi has faced sharp criticism", "the UN came under
			// withering criticism": the subject is the target; only a
			// source after "from" or "by" acts.
			c.ev.Recipients = s.subject(v, a, lo)
			c.ev.Actors, c.ev.Recipients = s.dedupe(c.ev.Actors, c.ev.Recipients)
			return
		}
		i = v
		if len(c.ev.Recipients) > 0 {
			c.ev.Actors, c.ev.Recipients = s.dedupe(s.subject(i, a, lo), c.ev.Recipients)
			return
		}
	}
	if s.passive(i, a) || s.reducedRelative(i, a, b) {
		// "A camp was attacked by Burundian militiamen": the agent acts,
		// the subject receives; so in "six WorldCom executives indicted
		// in the case".
		c.ev.Recipients = s.subject(s.auxStart(i, a), a, lo)
		for k := i + 1; k < b; k++ {
			if s.words[k] == "by" {
				c.ev.Actors = s.phraseAfter(k+1, b, lo)
				break
			}
		}
		if len(c.ev.Actors) == 0 {
			// No agent: the authority of the place acts ("was arrested
			// in Lebanon"), as the PLOVER gold standard codes it.
			c.ev.Actors = s.authority(i, b, lo)
			if len(c.ev.Actors) > 0 && s.entityType(c.ev.Actors[0].Entity) == "FAC" {
				c.ev.Actors = nil // "was murdered in the White House": a building has no authority
			}
			if len(c.ev.Actors) > 0 && slices.ContainsFunc(c.ev.Recipients, func(r chronicle.Actor) bool { return r.Entity == c.ev.Actors[0].Entity }) {
				c.ev.Actors = nil
			}
		}
		c.ev.Actors, c.ev.Recipients = s.dedupeDistinct(c.ev.Actors, c.ev.Recipients)
		return
	}
	c.ev.Actors = s.subject(i, a, lo)
	c.ev.Recipients = s.recipients(c.trig+1, b, lo, c.e.Speech || c.e.Intent)
	if c.e.Type == "ACCUSE" && c.trig+1 < b && s.words[c.trig+1] == "to" {
		// "Lebanon complained to the United Nations … over two Israeli air
		// raids": the complaint's target, not its addressee, receives.
		for k := c.trig + 2; k < b; k++ {
			if w := s.words[k]; (w == "over" || w == "about" || w == "against") && s.mention[k] < 0 {
				if rs := s.recipients(k+1, b, lo, false); len(rs) > 0 {
					c.ev.Recipients = rs
				}
				break
			}
		}
	}
	if len(c.ev.Recipients) == 0 && i-1 > a && s.words[i-1] == "to" && s.tag(i) == "VB" {
		// A purpose infinitive takes the governing verb's recipient: "sent
		// 21 personnel to Bosnia on Wednesday to investigate".
		for k := i - 2; k > a; k-- {
			if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" {
				if objectControl(s.words[k]) && s.mention[i-2] >= 0 && !s.afterPrep(i-2, a) {
					break // "expected Japan's Nippon to agree": the object acts, it is no purpose
				}
				start := k + 1
				for x := k + 1; x+1 < i-1; x++ {
					if s.words[x] == "from" {
						// "came from England to Egypt to apologise": the origin is no party
						e := x + 1
						for e < i-1 && (s.mention[e] >= 0 || s.tag(e) == "DT") {
							e++
						}
						start = e
					}
				}
				for _, r := range s.recipients(start, i-1, lo, false) {
					if !slices.ContainsFunc(c.ev.Actors, func(x chronicle.Actor) bool { return x.Entity == r.Entity }) {
						c.ev.Recipients = append(c.ev.Recipients, r)
					}
				}
				break
			}
		}
	}
	s.domestic(c.ev.Actors, c.ev.Recipients)
	if c.e.Type == "CONSULT" && c.e.Mode != "visit" && len(c.ev.Recipients) == 1 && s.isPlace(c.ev.Recipients[0], c.trig+1, b) {
		c.ev.Recipients = nil // "meeting in Brussels": the place, not a party
	}
	if len(c.ev.Recipients) == 0 && c.e.Retaliate {
		for k := len(s.events) - 1; k >= 0 && s.events[k].sent == c.sent; k-- {
			if len(s.events[k].ev.Actors) > 0 {
				c.ev.Recipients = slices.Clone(s.events[k].ev.Actors)
				break
			}
		}
	}
	c.ev.Actors, c.ev.Recipients = s.dedupeDistinct(c.ev.Actors, c.ev.Recipients)
}

// headsClause reports whether the nominal at token i is the subject of a
// finite verb, directly or after an of-phrase ("an attack is the main
// danger", "the killing of Armenians constituted genocide").
func (s *state) headsClause(i, b int) bool {
	j := i + 1
	if j < b && s.words[j] == "of" {
		j++
		for j < b && (s.mention[j] >= 0 || isNoun(s.tag(j)) || strings.HasPrefix(s.tag(j), "JJ") || s.tag(j) == "DT" || s.tag(j) == "CD") {
			j++
		}
	}
	return j < b && s.finite(j)
}

// finite reports whether token k is a finite verb or a modal.
func (s *state) finite(k int) bool {
	switch s.tag(k) {
	case "VBZ", "VBD", "VBP", "MD":
		return true
	}
	return false
}

// topic reports whether a preposition of topic comes between the verb's
// object and the nominal at head: "make recommendations on the ethnic
// clashes" names what the recommendations are about, not an act of the
// verb's subject ("remained on alert" is the subject's own state).
func (s *state) topic(v, head int) bool {
	noun := false // the verb's own object comes first ("remained on alert" has none)
	for k := v + 1; k < head; k++ {
		switch s.words[k] {
		case "on", "about", "over", "regarding", "concerning", "into":
			if noun {
				return true
			}
		}
		if isNoun(s.tag(k)) {
			noun = true
		}
	}
	return false
}

// receives reports whether the verb at v takes the noun phrase ending at
// head as something that befalls its subject: "faced criticism", "drew
// threats", "came under criticism".
func (s *state) receives(v, head int) bool {
	switch s.words[v] {
	case "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", "receive", "receives", "received",
		"receiving", "attract", "attracts", "attracted", "attracting", "suffer", "suffers", "suffered", "suffering",
		"endure", "endures", "endured", "sparked", "provoked", "prompted", "weather", "weathered", "risk", "risks", "risked", "risking":
		return true
	case "come", "comes", "came", "coming":
		for k := v + 1; k < head; k++ {
			if s.words[k] == "under" {
				return true
			}
		}
	}
	return false
}

// passive reports whether the verb at i is a passive participle: "was
// attacked", "has been indicted", "were killed".
func (s *state) passive(i, a int) bool {
	if s.tag(i) != "VBN" || stative(s.words[i]) {
		return false
	}
	for k := i - 1; k >= a && k >= i-3; k-- {
		switch s.words[k] {
		case "was", "were", "been", "be", "being", "is", "are", "got", "get":
			return true
		}
		if s.tag(k) != "RB" {
			return false
		}
	}
	return false
}

// authority returns the actors of an agentless passive at token i: the
// place where it was done ("was arrested in Lebanon"), the first name
// after the participle that is no person or possessor, before any clause
// or complement ("was accused of using $50 million … in New York" names no
// authority), and only for an act in the past: "are detained at Belmarsh
// Prison in London" describes a state.
func (s *state) authority(i, b, lo int) []chronicle.Actor {
	k := i - 1
	for k > lo && s.tag(k) == "RB" {
		k--
	}
	switch s.words[k] {
	case "is", "are", "get", "gets", "be":
		return nil // "could be met", "will be arrested": not done yet
	}
	if s.words[k] == "being" && k-1 >= lo && (s.words[k-1] == "is" || s.words[k-1] == "are") {
		return nil // "He is being investigated over …": still under way, by nobody named
	}
	end := i + 1
	for end < b {
		w, t := s.words[end], s.tag(end)
		if w == "that" || w == "," || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" ||
			((w == "of" || w == "for" || w == "to") && end+1 < b && (s.tag(end+1) == "VBG" || s.tag(end+1) == "VB")) {
			break // "was accused of using…", "blamed for introducing cholera to Haiti"
		}
		end++
	}
	for k := i + 1; k < end; k++ {
		m := s.mention[k]
		if m < 0 {
			continue
		}
		e := k
		for e+1 < end && s.mention[e+1] == m {
			e++
		}
		if typ := s.entityType(s.doc.Mentions[m].Entity); typ != "PERSON" && (typ != "ORG" || s.prevWord(k, i) == "from") && (e+1 >= len(s.words) || s.tag(e+1) != "POS") {
			// An organisation only as the body one leaves ("was expelled
			// from Labour"), not as a place ("amid chaotic scenes in the
			// Commons").
			// "killed in a suicide car bombing in central Baghdad", not
			// "investigated over the visa application of Mrs Quinn's nanny"
			if act, ok := s.place(m); ok && act.Code != "" {
				return []chronicle.Actor{act}
			}
		}
		k = e
	}
	return nil
}

// reducedRelative reports whether the participle at i modifies the
// common noun just before it, with no auxiliary and no object after it
// ("six WorldCom executives indicted in the case"), or is followed by an
// agent ("a coalition … backed by the West"): a passive, whose noun
// receives.
func (s *state) reducedRelative(i, a, b int) bool {
	if (s.tag(i) == "VBN" || s.tag(i) == "VBD") && i-2 >= a && s.words[i-1] == "," && s.mention[i-2] >= 0 && i+1 < b &&
		(s.tag(i+1) == "IN" || s.tag(i+1) == "CD" || s.timex[i+1] >= 0) {
		for k := i + 2; k < b && k < i+9; k++ {
			if s.words[k] == "," {
				if k+1 < b && (s.tag(k+1) == "VBD" || s.tag(k+1) == "VBZ" || s.tag(k+1) == "VBP" || s.tag(k+1) == "MD") {
					return true // "Captain Khan, killed 12 years ago, was a hero": an apposition in the passive
				}
				break
			}
		}
	}
	if s.tag(i) != "VBN" || stative(s.words[i]) || i-1 < a {
		return false
	}
	if i+1 < b && s.words[i+1] == "by" {
		switch s.words[i-1] {
		case "has", "have", "had", "having":
			return false
		}
		return true // "a coalition led by Saudi Arabia and backed by the West"
	}
	if s.mention[i-1] >= 0 || s.timex[i-1] >= 0 || !isNoun(s.tag(i-1)) {
		return false
	}
	if i+1 >= b {
		return true
	}
	switch t := s.tag(i + 1); {
	case t == "IN" || t == "TO" || t == "," || t == "." || t == "RB" || t == "CC":
		return s.words[i+1] != "that"
	}
	return false
}

// stative reports participles that after a form of "be" describe the
// subject's state, not an act done to it: "Israel is opposed to French
// mediation", "Serb forces were engaged in ethnic cleansing".
func stative(w string) bool {
	switch w {
	case "opposed", "engaged", "involved", "committed", "determined", "prepared", "interested", "dedicated", "resolved":
		return true
	}
	return false
}

// auxStart returns the first token of the verb group ending at i.
func (s *state) auxStart(i, a int) int {
	k := i
	for k > a && (isVerb(s.tag(k-1)) || s.tag(k-1) == "MD" || s.tag(k-1) == "RB") {
		k--
	}
	return k
}

func isRolePrep(w string) bool {
	switch w {
	case "with", "on", "against", "to", "for", "from", "toward", "towards", "over", "of":
		return true
	}
	return false
}

// subject returns the actors before the verb at i: the nearest mention or
// pronoun in the clause [a, i), with its coordinated mentions.
func (s *state) subject(i, a, lo int) []chronicle.Actor {
	// An infinitive: "prompting Beijing to retaliate" (the mention before
	// "to" acts), "expressed his desire to meet" (the governing verb's
	// subject acts).
	if i-2 >= a && s.words[i-1] == "to" && permitVerb(s.words[i]) && (thingNoun(singular(s.words[i-2])) ||
		(s.tag(i-2) == "VBN" && i-3 >= a && isNoun(s.tag(i-3)) && s.mention[i-3] < 0)) {
		return nil // "an agreement to allow Mexican trucks…", "a basis built to allow the debt to be addressed": what a thing permits
	}
	if i-4 >= a && s.words[i-1] == "to" && evaluative(s.words[i-2]) && (s.isBe(i-3) || s.words[i-3] == "was") && s.words[i-4] == "it" {
		return nil // "said it was fair to criticise the timing": nobody named criticises
	}
	if g, ok := s.nounInfinitive(i, a, lo); ok {
		return g // "its decision to back the plans", "a failure to reach an agreement could…"
	}
	if i-1 > a && s.words[i-1] == "to" && (s.mention[i-2] < 0 || s.afterPrep(i-2, a)) {
		for k := i - 2; k > a; k-- {
			if isVerb(s.tag(k)) && s.tag(k) != "VBN" {
				if g := s.subject(k, a, lo); len(g) > 0 {
					return g
				}
				if s.mention[i-2] >= 0 {
					return nil // "The minister came from Syria to Lebanon to apologise": Lebanon does not
				}
				break
			}
		}
	}
	// A verb coordinated with an earlier one shares its subject: "An
	// explosion near Samarra killed two Iraqi youths and wounded five
	// others" (the youths did not wound anyone).
	if v := s.auxStart(i, a); v-1 > a && s.words[v-1] == "and" && (s.tag(i) == "VBD" || s.tag(i) == "VBN" || v < i) {
		// Also across auxiliaries: "cannot accept the offer and will
		// oppose it", "told him about changes and had warned him".
		for k := v - 2; k > a; k-- {
			if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || (t == "MD" && v < i) {
				return s.subject(k, a, lo)
			}
		}
	}
	// A participle after the object of a finite verb shares that verb's
	// subject: "parents sent a letter to the NAACP board urging them to
	// reconsider" (the NAACP does not urge).
	if s.tag(i) == "VBG" && i-1 > a && s.thingSubject(i-1, i, i) {
		return nil // "established a policy urging employees to report": the policy urges
	}
	if s.tag(i) == "VBG" && i-1 > a && isNoun(s.tag(i-1)) && s.timex[i-1] < 0 &&
		(s.mention[i-1] < 0 || (s.afterPrep(i-1, a) && s.prevWord(i-1, a) != "of")) { // "millions of Americans supporting Trump" do support
		noun := false
		for k := i - 1; k > a; k-- {
			if isNoun(s.tag(k)) {
				noun = true
			}
			if t := s.tag(k); (t == "VBD" || t == "VBZ" || t == "VBP") && noun {
				if perceives(s.words[k]) && !isVerb(s.tag(k+1)) && s.tag(k+1) != "RB" {
					return nil // "Zidane had the press opposing them": the object, unnamed, acts
				}
				return s.subject(k, a, lo)
			}
		}
	}
	var place []chronicle.Actor // "Demonstrators in Baghdad blocked…"
	v := s.auxStart(i, a)
	if g, ok := s.relative(v, lo); ok {
		return g // "Ed Rendell, who served as chairman of the DNC, agreed", "the raid that killed bin Laden"
	}
	if g := s.appositive(v, a); len(g) > 0 {
		return g // "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on…"
	}
	if h := v - 1; h-1 >= a && isNoun(s.tag(h)) && s.mention[h] < 0 && s.tag(h-1) == "PRP$" &&
		(h-2 < a || (s.tag(h-2) != "IN" && s.tag(h-2) != "TO" && s.words[h-2] != "and" && s.words[h-2] != ",")) { // "Washington along with its allies demanded", "the United States and its allies will seek"
		// "its members reject such claims": the subject is the
		// possessive's; "his" and "her" name a person, "its" and "their"
		// nobody named here.
		if w := s.words[h-1]; w == "his" || w == "her" {
			return s.pronoun(h-1, lo, i)
		}
		return nil
	}
	for k := i - 1; k >= a; k-- {
		if s.thingSubject(k, i, v) {
			return nil // "a visa program that allows wealthy foreigners…"
		}
		if m := s.mention[k]; m >= 0 {
			if pw := s.prevWord(k, a); isLocationPrep(pw) || pw == "of" {
				// "sides of … Cyprus", "Demonstrators in Baghdad": the
				// head of the subject comes before.
				if act, ok := s.place(m); ok && place == nil {
					// "an explosion near the town of Samarra", "civil
					// servants in Wales": people of the place's country,
					// not its government.
					if s.doc.Mentions[m].Type == "GPE" && len(act.Code) > 3 {
						act.Code = act.Code[:3]
					}
					place = []chronicle.Actor{act}
				}
				k = s.mentionStart(k, a)
				continue
			}
			if pk := s.prevTok(s.coordStart(k, a), a); pk >= a && modifierPrep(s.words[pk]) {
				// "the new gambling bill going through Westminster will
				// allow…", "countries like India": the object of such a
				// preposition is no subject.
				k = s.mentionStart(k, a)
				continue
			}
			if e := s.entities[s.doc.Mentions[m].Entity]; e != nil && e.Type != "PERSON" && namesNoActor(e.Name) && k+1 < i &&
				(k+1 == v || s.words[k+1] == "that" || s.words[k+1] == "which") {
				return nil // "the U.N. Charter that allows for sanctions"
			}
			if s.placeModifier(k, a, i) || s.possessedThing(k, i) || s.followers(k, i) {
				// "the London exchange is holding talks", "If Trump's plan
				// rejected single mothers": a business or a thing acts;
				// "a Trump supporter punched him": the supporter does.
				return nil
			}
			if g := s.group(k, a, -1); len(g) > 0 {
				return g
			}
			k = s.mentionStart(k, a)
			continue
		}
		if k+1 == v && s.mention[k] < 0 && isNoun(s.tag(k)) {
			// A description the quote stage resolved as a speaker: "The
			// prime minister criticised …" is the person who holds the
			// office, "the company said" the body named before.
			if id := s.speakerEnding(k); id != "" {
				if g := s.nearestActor(id, s.doc.Tokens[k].Start); len(g) > 0 {
					return g
				}
			}
		}
		if sp := s.speakerPronoun(k, lo); sp != nil {
			return sp // "Hungary has said it will support…"
		}
		if s.words[k] == "it" && s.tag(k) == "PRP" && (k+1 == v || isVerb(s.tag(k+1)) || s.tag(k+1) == "MD") && !s.itNames(k, a) {
			return nil // "said it was fair to criticise", "expect that it will continue to support": a thing, or nobody, not a name before it
		}
		switch s.words[k] {
		case "i", "we":
			if s.tag(k) == "PRP" && (k+1 == v || isVerb(s.tag(k+1)) || s.tag(k+1) == "MD") {
				return nil // "I am persuaded to agree with…" outside a quote: the writer, no name before
			}
		case "there":
			if k+1 <= i && (s.isBe(k+1) || s.words[k+1] == "was" || s.words[k+1] == "were") {
				return place // "I think there are areas of cooperation": nobody acts
			}
		case "he", "she", "his", "her":
			return s.pronoun(k, lo, i)
		case "they", "their", "both", "two":
			if s.words[k] == "they" && s.opens(k, lo) {
				if g := s.prevOpener(lo, "they"); len(g) > 0 {
					return g // "They said they would press Labour… And they pledged…"
				}
			}
			if s.reciprocalPhrase(k) {
				if ps := s.reciprocal(k, lo); len(ps) > 0 {
					return ps
				}
			}
		}
	}
	return place
}

// nounInfinitive resolves the subject of an infinitive at token i that
// complements a common noun ("its decision to back", "China's agreement
// to buy", "a failure to reach"): the noun's possessor ("his" and "her"
// a person, a name its entity, "its" and "their" nobody named here), or,
// without one, nobody when the noun phrase opens its clause (it is no
// verb's object or a preposition's: "and a failure to reach an agreement
// could have had…"). ok is false when the infinitive complements no
// noun, or when the noun phrase follows a verb or a preposition, whose
// subject acts ("made a decision to", "in a bid to").
func (s *state) nounInfinitive(i, a, lo int) ([]chronicle.Actor, bool) {
	n := i - 2
	if n < a || s.words[i-1] != "to" || (s.tag(n) != "NN" && s.tag(n) != "NNS") || s.mention[n] >= 0 || s.timex[n] >= 0 {
		return nil, false
	}
	p := n - 1
	for p >= a && s.mention[p] < 0 && (isNoun(s.tag(p)) || strings.HasPrefix(s.tag(p), "JJ") || s.tag(p) == "VBN" || s.tag(p) == "RB") {
		p--
	}
	if p >= a && s.tag(p) == "PRP$" {
		if w := s.words[p]; w == "his" || w == "her" {
			return s.pronoun(p, lo, i), true
		}
		if p-1 >= a && (isVerb(s.tag(p-1)) || s.words[p-1] == "in") {
			return nil, false // "continued their hunger strike to demand", "in its bid to": the verb's subject
		}
		return nil, true // "split over its decision to back": nobody named here
	}
	if p >= a && s.tag(p) == "POS" && p-1 >= a && s.mention[p-1] >= 0 {
		return s.group(p-1, a, -1), true
	}
	for p >= a && s.mention[p] < 0 && (s.tag(p) == "DT" || s.tag(p) == "CD") {
		p--
	}
	if p < a || s.words[p] == "and" || s.words[p] == "but" || s.words[p] == "," {
		return nil, true
	}
	return nil, false
}

// relative resolves the subject of a verb group starting at v that is
// the subject of a relative clause ("Don Fowler, who helmed the DNC", "the
// raid that killed bin Laden"), or that follows one ("Ed Rendell, who
// served as general chairman of the DNC during the 2000 election,
// agreed"): the antecedent acts, a name when it is one, nobody named when
// it is a common noun other than one of people. ok is false when v is in
// no such place.
func (s *state) relative(v, lo int) ([]chronicle.Actor, bool) {
	if v-1 < lo {
		return nil, false
	}
	r := -1 // the relative pronoun
	switch w := s.words[v-1]; {
	case w == "who" || w == "which" || (w == "that" && s.tag(v-1) == "WDT"):
		r = v - 1
	case w == ",":
		// A relative clause closed by a comma before the verb.
		for k := v - 2; k > lo && k >= v-25; k-- {
			if s.words[k] == "," && k+1 < v-1 && s.words[k+1] == "who" {
				r = k + 1
				break
			}
			if s.words[k] == ";" || s.words[k] == ":" {
				break
			}
		}
	}
	if r < 0 || r-1 < lo {
		return nil, false
	}
	h := r - 1
	if s.words[h] == "," && h-1 >= lo {
		h--
	}
	switch s.words[h] {
	case "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "those", "whoever":
		return nil, true // "go after anyone who attacks our community": nobody named
	}
	if m := s.mention[h]; m >= 0 {
		if s.words[r] == "who" || s.entityType(s.doc.Mentions[m].Entity) == "PERSON" {
			if p := s.appositionHead(h, lo); p >= 0 {
				return s.group(p, lo, -1), true // "Kasich, a Republican who has refused…": Kasich
			}
			return s.group(h, lo, -1), true
		}
		return nil, false // "the U.S. Charter that…" and the like: left to the rules for names
	}
	if isNoun(s.tag(h)) && s.words[r] != "who" {
		w := singular(s.words[h])
		if !peopleNoun(w) && !stateNoun(w) && !humanNoun(w) {
			return nil, true // "the 2011 raid that killed Osama bin Laden": a thing
		}
	}
	return nil, false
}

// takesPost reports whether the arrival c is taking up a post: its place
// is an organisation ("arrived in Congress", "at the Treasury") or "as"
// and a role follow ("arrived in Benghazi as base chief").
func (s *state) takesPost(c *cand, hi int) bool {
	for _, r := range c.ev.Recipients {
		if s.entityType(r.Entity) == "ORG" {
			return true
		}
	}
	for k := c.end; k < hi && k < c.end+8; k++ {
		if s.words[k] == "as" && k+1 < hi && (isNoun(s.tag(k+1)) || strings.HasPrefix(s.tag(k+1), "JJ") || s.tag(k+1) == "DT") {
			return true
		}
		if s.words[k] == "," || s.words[k] == "to" || s.words[k] == "for" {
			break
		}
	}
	return false
}

// facing returns the subject of the main clause when the nominal at i
// is the object of an opening "Facing" or "Under" phrase ("Facing
// mounting criticism from Democrats, Mr. Trump released…"): that subject
// undergoes the act.
func (s *state) facing(i, lo, hi int) []chronicle.Actor {
	f := lo
	if f < hi && (s.words[f] == "but" || s.words[f] == "and") {
		f++
	}
	if f >= i || (s.words[f] != "facing" && s.words[f] != "under") || i-f > 4 {
		return nil
	}
	for k := i + 1; k < hi && k < i+12; k++ {
		if s.words[k] == "," {
			return s.phraseAfter(k+1, hi, lo)
		}
	}
	return nil
}

// answerer returns the subject of a verb answering the accusation whose
// possessor's mention ends at token k ("Mr. Trump tried to deflect Mr.
// Khan's criticism"): the one answering is the one accused.
func (s *state) answerer(k, a, lo int) []chronicle.Actor {
	k = s.mentionStart(k, a)
	v := k - 1
	if v > a && s.tag(v) == "DT" {
		v--
	}
	if v < a || !isVerb(s.tag(v)) {
		return nil
	}
	for _, p := range []string{"deflect", "rebut", "counter", "answer", "shrug", "parr", "brush"} {
		if strings.HasPrefix(s.words[v], p) {
			return s.subject(v, a, lo)
		}
	}
	return nil
}

// appositionHead returns the last token of the person named before the
// indefinite apposition whose mention ends at token h ("Kasich, a
// Republican"), or -1.
func (s *state) appositionHead(h, lo int) int {
	k := s.mentionStart(h, lo)
	if k-2 < lo || (s.words[k-1] != "a" && s.words[k-1] != "an") || s.words[k-2] != "," {
		return -1
	}
	p := k - 3
	if p >= lo && s.mention[p] >= 0 && s.entityType(s.doc.Mentions[s.mention[p]].Entity) != "PERSON" {
		q := p
		for q > lo && s.mention[q-1] == s.mention[p] {
			q--
		}
		if q-2 >= lo && s.words[q-1] == "of" {
			p = q - 2 // "Gov. John Kasich of Ohio, a Republican"
		}
	}
	if p < lo || s.mention[p] < 0 || s.entityType(s.doc.Mentions[s.mention[p]].Entity) != "PERSON" {
		return -1
	}
	return p
}

// appositive returns the actors of a name followed by an apposition that
// ends with a comma just before the verb group at v: "Rep. Adam Schiff,
// the top Democrat on the House Intelligence Committee, called on…" (the
// committee inside the apposition does not act).
func (s *state) appositive(v, a int) []chronicle.Actor {
	if v-1 <= a || s.words[v-1] != "," {
		return nil
	}
	for k := v - 2; k > a && k >= v-16; k-- {
		if s.words[k] != "," {
			continue
		}
		switch s.tag(k + 1) {
		case "DT", "PRP$", "JJ", "JJS":
		default:
			return nil
		}
		if s.words[k+1] == "which" || s.words[k+1] == "that" {
			return nil
		}
		if m := s.mention[k-1]; m >= 0 && s.entityType(s.doc.Mentions[m].Entity) == "PERSON" {
			g := s.group(k-1, a, -1)
			// The apposition's international body codes the person ("Kenzo
			// Oshima, the United Nations Emergency Relief Coordinator").
			for j := k + 1; j < v-1 && len(g) == 1; j++ {
				if n := s.mention[j]; n >= 0 {
					if act, ok := s.actor(n); ok && strings.HasPrefix(act.Code, "IGO") {
						g[0].Code = act.Code
						break
					}
				}
			}
			return g
		}
		return nil
	}
	return nil
}

// placeModifier reports whether the place mention ending at token k (and
// before token i) modifies a common noun that is no arm of a government:
// "the London exchange", "the US company". Such a noun phrase names a
// business or a thing, not the state.
func (s *state) placeModifier(k, a, i int) bool {
	m := s.mention[k]
	if s.doc.Mentions[m].Type != "GPE" || s.afterPrep(k, a) {
		return false
	}
	j := k + 1
	for j < i && s.mention[j] == m {
		j++
	}
	h := j // the head: the last noun of the compound ("U.S. border patrol agents", "a US defence and telecommunications company")
	for h < i && (s.tag(h) == "NN" || s.tag(h) == "NNS" || (s.words[h] == "and" && h > j && h+1 < i && isNoun(s.tag(h+1)))) && s.mention[h] < 0 && s.timex[h] < 0 {
		h++
	}
	if h == j {
		return false
	}
	return !stateNoun(singular(s.words[h-1]))
}

// followers reports whether the person mention at token k (before token
// i) modifies or possesses a noun naming the person's followers: "Bernie
// supporters", "a Trump supporter", "Clinton's aides" are not the person.
func (s *state) followers(k, i int) bool {
	m := s.mention[k]
	if s.entityType(s.doc.Mentions[m].Entity) != "PERSON" {
		return false
	}
	j := k + 1
	for j < i && s.mention[j] == m {
		j++
	}
	if j < i && s.tag(j) == "POS" {
		j++
	}
	if j >= i || s.mention[j] >= 0 {
		return false
	}
	switch singular(s.words[j]) {
	case "supporter", "voter", "aide", "adviser", "advisor", "backer", "ally", "fan", "staffer", "surrogate", "loyalist",
		"delegate", "donor", "follower", "critic", "opponent", "detractor", "entourage", "bodyguard":
		return true
	}
	return false
}

// possessedThing reports whether the mention ending at token k (before
// token i) possesses the head of the subject, and that head is a thing
// that cannot act for it: "Trump's plan", "the party's bylaws".
func (s *state) possessedThing(k, i int) bool {
	m := s.mention[k]
	j := k + 1
	for j < i && s.mention[j] == m {
		j++
	}
	if j >= i || s.tag(j) != "POS" {
		return false
	}
	h := j + 1
	for h < i && (isNoun(s.tag(h)) || strings.HasPrefix(s.tag(h), "JJ")) && s.mention[h] < 0 {
		h++
	}
	if h == j+1 {
		return false
	}
	return thingNoun(singular(s.words[h-1]))
}

// thingNoun reports nouns naming a text, a rule or a plan, which cannot
// act for anybody: "Trump's plan", "a visa program that allows…", "the
// new gambling bill … will allow…".
func thingNoun(w string) bool {
	switch w {
	case "plan", "policy", "proposal", "bill", "law", "report", "document", "website", "statement", "budget", "program",
		"programme", "decision", "idea", "speech", "book", "letter", "tweet", "comment", "remark", "rule", "bylaw", "record",
		"platform", "agenda", "strategy", "approach", "economy", "position", "legacy", "view", "stance", "argument",
		"legislation", "charter", "article", "clause", "provision", "constitution", "treaty", "agreement", "deal", "accord",
		"pact", "measure", "scheme", "system", "lawsuit", "suit", "conclusion", "study", "survey", "poll", "analysis",
		"regulation", "directive", "framework", "project", "reform", "change", "amendment", "code", "guideline", "contract":
		return true
	}
	return false
}

// textNoun reports thing nouns through which their author speaks.
func textNoun(w string) bool {
	switch w {
	case "report", "statement", "letter", "speech", "book", "tweet", "comment", "remark", "document", "website", "study", "analysis":
		return true
	}
	return false
}

// itNames reports whether the subject "it" at token k may stand for the
// name before it in [a, k) ("Japan said on Tuesday it had halted…"):
// not when it opens "it is fair to…" (nobody), nor when that name is a
// person's or a possessor's ("Lord Falconer said it was…", "France's
// growth… analysts expect that it will continue").
func (s *state) itNames(k, a int) bool {
	if k+3 < len(s.words) && (s.isBe(k+1) || s.words[k+1] == "was") && strings.HasPrefix(s.tag(k+2), "JJ") && s.words[k+3] == "to" {
		return false
	}
	for j := k - 1; j >= a; j-- {
		m := s.mention[j]
		if m < 0 {
			continue
		}
		if s.entityType(s.doc.Mentions[m].Entity) == "PERSON" {
			return false
		}
		return j+1 >= len(s.words) || s.tag(j+1) != "POS"
	}
	return false
}

// evaluative reports adjectives that judge an act rather than describe
// a subject's intent: "it was fair to criticise" (against "it is willing
// to withdraw").
func evaluative(w string) bool {
	switch w {
	case "fair", "unfair", "right", "wrong", "important", "necessary", "unnecessary", "hard", "difficult", "easy", "possible",
		"vital", "essential", "crucial", "reasonable", "unreasonable", "legitimate", "appropriate", "inappropriate", "premature",
		"sensible", "wise", "unwise", "silly", "ridiculous", "absurd", "natural", "understandable", "acceptable", "unacceptable":
		return true
	}
	return false
}

// objectControl reports verbs whose object is the subject of the
// infinitive after it ("expected Nippon to agree", "urged France to").
func objectControl(w string) bool {
	switch w {
	case "expected", "expects", "wanted", "wants", "urged", "urges", "asked", "asks", "allowed", "allows", "persuaded",
		"convinced", "forced", "invited", "encouraged", "told", "tells", "ordered", "required", "prompted", "pressed", "needed":
		return true
	}
	return false
}

// auxiliary reports the forms of have, be and get, after which a
// participle is a verb.
func auxiliary(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "get", "gets", "got", "gotten":
		return true
	}
	return false
}

// perceives reports verbs whose object does the act of a participle after
// it: "had the press opposing them", "saw troops attacking".
func perceives(w string) bool {
	switch w {
	case "had", "has", "have", "saw", "sees", "see", "heard", "hears", "found", "finds", "kept", "keeps", "left", "leaves",
		"watched", "watches", "got", "gets", "caught", "catches":
		return true
	}
	return false
}

// permitVerb reports the verbs of letting happen.
func permitVerb(w string) bool {
	switch w {
	case "allow", "permit", "enable", "let":
		return true
	}
	return false
}

// thingSubject reports whether the word at j, before the verb at i
// whose group starts at v, is a thing noun heading the subject: the verb
// group, a relative pronoun, a participle or a preposition follows it
// ("a visa program that allows", "lawsuits seeking information", "the
// bill going through Westminster will allow").
func (s *state) thingSubject(j, i, v int) bool {
	if !isNoun(s.tag(j)) || s.tag(j) == "NNP" || s.tag(j) == "NNPS" || s.mention[j] >= 0 || s.timex[j] >= 0 || !thingNoun(singular(s.words[j])) {
		return false
	}
	p := j - 1
	for p >= 0 && s.mention[p] < 0 && (isNoun(s.tag(p)) || strings.HasPrefix(s.tag(p), "JJ") || s.tag(p) == "DT" || s.tag(p) == "CD") {
		p--
	}
	if p >= 0 && s.words[p] == "of" {
		return false // "the leaders of the G-20 group of world economies held…": not the head
	}
	if p >= 0 && (s.tag(p) == "PRP$" || s.tag(p) == "POS") && textNoun(singular(s.words[j])) {
		return false // "His report demands an overhaul": the author speaks through it
	}
	n := j + 1
	if n == v || n == i {
		return true
	}
	switch t := s.tag(n); {
	case t == "WDT" || s.words[n] == "that" || s.words[n] == "which":
		return n+1 == v || n+1 == i
	case t == "VBG" || t == "VBN" || t == "IN":
		// "the bill going through Westminster will allow": a finite verb
		// after the modifier ("a proposal for increased cooperation" has none).
		switch s.tag(v) {
		case "VBD", "VBZ", "VBP", "MD":
			return s.words[n] != "of"
		}
	}
	return false
}

// stateNoun reports nouns that name a state's organs or people, which a
// country before them does not stop from acting for it.
func stateNoun(w string) bool {
	switch w {
	case "government", "official", "authority", "leader", "president", "minister", "ministry", "force", "troop", "army",
		"military", "police", "navy", "soldier", "diplomat", "negotiator", "delegation", "administration", "envoy", "ambassador",
		"embassy", "parliament", "lawmaker", "regime", "side", "prime", "foreign", "defense", "defence", "state", "secretary",
		"spokesman", "spokeswoman", "senator", "congress", "cabinet", "court", "judge", "prosecutor", "agency", "department",
		"office", "council", "people", "citizen", "national", "team", "representative", "legislator", "chancellor", "premier",
		"agent", "guard", "intelligence", "service", "airforce", "unit", "commander", "general", "officer":
		return true
	}
	return peopleNoun(w)
}

// afterPrep reports whether the mention at token k is the object of a
// preposition ("sent personnel to Bosnia to investigate": Bosnia does not
// investigate).
func (s *state) afterPrep(k, a int) bool {
	m := s.mention[k]
	for k >= a && s.mention[k] == m {
		k--
	}
	for k >= a && (s.tag(k) == "DT" || strings.HasPrefix(s.tag(k), "JJ")) && s.mention[k] < 0 {
		k--
	}
	return k >= a && (s.tag(k) == "IN" || s.tag(k) == "TO")
}

// reciprocalPhrase reports whether token k starts or is "they", "their",
// "both sides" or "the two (foreign) ministers".
func (s *state) reciprocalPhrase(k int) bool {
	switch s.words[k] {
	case "they", "their", "them":
		return true
	case "both", "two":
		if s.words[k] == "two" && (k == 0 || s.words[k-1] != "the") {
			return false
		}
		j := k + 1
		for j < len(s.words) && strings.HasPrefix(s.tag(j), "JJ") {
			j++
		}
		return j < len(s.words) && s.tag(j) == "NNS" && s.mention[j] < 0
	}
	return false
}

// modifierPrep reports prepositions whose object, inside a subject,
// belongs to a modifier of its head ("the bill going through
// Westminster", "low-cost countries like India", "a coalition backed by
// the West"). People from a place, for a group, of a country, in a city
// are left to the rules for places and groups.
func modifierPrep(w string) bool {
	switch w {
	case "through", "via", "into", "under", "over", "about", "like", "despite", "beyond", "behind", "against", "by", "unlike", "toward", "towards":
		return true
	}
	return false
}

// mentionStart returns the first token, not before lo, of the mention
// (or non-mention run) that token k is in.
func (s *state) mentionStart(k, lo int) int {
	for m := s.mention[k]; k > lo && s.mention[k-1] == m; {
		k--
	}
	return k
}

// coordStart returns the first token of the mentions coordinated with
// the one at token k ("India or South Africa") within [a, k].
func (s *state) coordStart(k, a int) int {
	k = s.mentionStart(k, a)
	for k-2 >= a && (s.words[k-1] == "and" || s.words[k-1] == "or" || s.words[k-1] == ",") && s.mention[k-2] >= 0 {
		k -= 2
		k = s.mentionStart(k, a)
	}
	return k
}

// prevTok returns the token before the mention that token k belongs to,
// or a-1.
func (s *state) prevTok(k, a int) int {
	m := s.mention[k]
	for k >= a && s.mention[k] == m {
		k--
	}
	return k
}

// prevWord returns the word before the mention that token k belongs to.
func (s *state) prevWord(k, a int) string {
	m := s.mention[k]
	for k >= a && s.mention[k] == m {
		k--
	}
	if k < a {
		return ""
	}
	return s.words[k]
}

func isLocationPrep(w string) bool { return w == "in" || w == "at" || w == "near" || w == "during" }

// recipients returns the first mentions after the trigger phrase in
// [j, b) that are not places after in/at.
//
// A verb of speech or intent reaches into its complement ("threatened to
// cut off electricity to Nakhichevan"). Without such a mention, a place
// after in/at names the recipient ("lifted a curfew in Montenegro").
func (s *state) recipients(j, b, lo int, complement bool) []chronicle.Actor {
	var place, uncoded, group []chronicle.Actor
	for k := j; k < b; k++ {
		t, w := s.tag(k), s.words[k]
		if s.mention[k] < 0 && (w == "but" || w == "," || ((w == "and" || w == "or") && s.clauseAfter(k+1, b)) ||
			(!complement && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"))) {
			break
		}
		if k > j && k+1 < b && (w == "of" || w == "to" || w == "for") && (s.tag(k+1) == "VBG" || s.tag(k+1) == "VB") && s.unnamedObject(j, k) {
			break // "accusing the prime minister of hiding from London's media": the recipient is the unnamed object
		}
		if complement && k > j && isNoun(s.tag(k-1)) && s.mention[k-1] < 0 && s.clauseAfterNoun(k, b) {
			break // "rejected allegations he pressured Scott Sullivan…": the allegation's content
		}
		if m := s.mention[k]; m >= 0 && s.describes(k, j) {
			// "fund the line between Edinburgh and Tweedbank", "towns
			// including Cardiff": names describing a thing, no party.
			for k+1 < b && s.mention[k+1] >= 0 {
				k++
			}
			continue
		}
		if m := s.mention[k]; m >= 0 {
			if isLocationPrep(s.prevWord(k, j)) || s.placeInPhrase(k, j) {
				if act, ok := s.place(m); ok && place == nil && !(s.doc.Mentions[m].Type == "NORP" && s.placeInPhrase(k, j)) {
					place = []chronicle.Actor{act}
				}
				for k+1 < b && s.mention[k+1] == m {
					k++
				}
				continue
			}
			if g := s.group(k, j, b); len(g) > 0 {
				if g[0].Code != "" {
					return g
				}
				if uncoded == nil {
					uncoded = g
				}
			} else if act, ok := s.place(m); ok && place == nil {
				place = []chronicle.Actor{act} // "accused Darfur rebels"
			} else if e := s.entities[s.doc.Mentions[m].Entity]; !ok && group == nil && e != nil && e.Type == "MISC" && s.groupModifier(m, b) {
				group = []chronicle.Actor{{Entity: e.ID, Name: e.Name}} // "Tamil civilian refugees"
				if place == nil && uncoded == nil {
					return group // "captured a Karen guerrilla stronghold on the Thai border"
				}
			}
			for k+1 < b && s.mention[k+1] == m {
				k++
			}
			continue
		}
		switch w {
		case "him", "her", "his":
			if t == "PRP$" && s.personNounAfter(k+1, b) {
				continue // "accused the prime minister and his chancellor", "praised his minister": another person, unnamed
			}
			return s.pronoun(k, lo, k)
		case "two", "both":
			if s.reciprocalPhrase(k) {
				if ps := s.reciprocal(k, lo); len(ps) > 0 {
					return ps
				}
			}
		}
	}
	if place != nil {
		return place
	}
	if uncoded != nil {
		return uncoded
	}
	return group
}

// unnamedObject reports whether [j, k) is a noun phrase without a name
// whose head names people or an organ of state: "the prime minister",
// "the government", "other ministers". Its complement after of/to/for
// names no recipient of the act.
func (s *state) unnamedObject(j, k int) bool {
	for n := j; n < k; n++ {
		if s.mention[n] >= 0 || !(s.tag(n) == "DT" || s.tag(n) == "PRP$" || strings.HasPrefix(s.tag(n), "JJ") || s.tag(n) == "NN" || s.tag(n) == "NNS" || s.words[n] == "and") {
			return false
		}
	}
	w := singular(s.words[k-1])
	return isNoun(s.tag(k-1)) && (stateNoun(w) || peopleNoun(w) || humanNoun(w) || bodyNoun(w))
}

// bodyNoun reports common nouns naming an organisation or a body of
// people: "accused the party of signing up to a deal with the Tories".
func bodyNoun(w string) bool {
	switch w {
	case "party", "company", "firm", "union", "organisation", "organization", "pair", "club", "board", "bank", "body", "coalition", "alliance":
		return true
	}
	return false
}

// personNounAfter reports whether the noun phrase starting at token j
// (before b) is headed by a common noun naming a person or an organ
// ("his chancellor", "her ministers").
func (s *state) personNounAfter(j, b int) bool {
	h := -1
	for n := j; n < b && n < j+4 && s.mention[n] < 0 && (isNoun(s.tag(n)) || strings.HasPrefix(s.tag(n), "JJ")); n++ {
		if isNoun(s.tag(n)) {
			h = n
		}
	}
	if h < 0 {
		return false
	}
	w := singular(s.words[h])
	return stateNoun(w) || peopleNoun(w) || humanNoun(w)
}

// describes reports whether the mention at token k (with the mentions
// coordinated before it) follows "between" or "including" after a common
// noun that names no event, people or organ of state: "the line between
// Edinburgh and Tweedbank", "towns and cities including Cardiff".
func (s *state) describes(k, j int) bool {
	p := s.prevTok(s.coordStart(k, j), j)
	if p-1 < j || (s.words[p] != "between" && s.words[p] != "including") || s.mention[p-1] >= 0 || !isNoun(s.tag(p-1)) {
		return false
	}
	w := singular(s.words[p-1])
	if _, ev := s.lex.entries[key{'N', s.words[p-1], "*"}]; ev || peopleNoun(w) || stateNoun(w) || humanNoun(w) {
		return false
	}
	return true
}

// placeInPhrase reports whether the mention at token k modifies a
// common noun in a phrase after in/at ("in the US market", "in the
// German mobile phone market"): a place (a nationality not even that),
// not a party.
func (s *state) placeInPhrase(k, j int) bool {
	m := s.mention[k]
	p := s.mentionStart(k, j) - 1
	for p >= j && s.mention[p] < 0 && (s.tag(p) == "DT" || strings.HasPrefix(s.tag(p), "JJ") || s.tag(p) == "CD") {
		p--
	}
	if p < j || p == k-1 || !isLocationPrep(s.words[p]) {
		return false
	}
	e := k
	for e+1 < len(s.words) && s.mention[e+1] == m {
		e++
	}
	h := -1 // the head noun after the modifier and any adjectives
	for n := e + 1; n < len(s.words) && n <= e+4 && s.mention[n] < 0 && (isNoun(s.tag(n)) || strings.HasPrefix(s.tag(n), "JJ")); n++ {
		if isNoun(s.tag(n)) {
			h = n
		}
	}
	return h >= 0 && !peopleNoun(singular(s.words[h])) && !stateNoun(singular(s.words[h]))
}

// clauseAfterNoun reports whether a clause opens at token k after a noun:
// a subject pronoun followed by a finite verb ("allegations he
// pressured…"), or "that" after a noun of claiming ("the suggestion
// that he had told…"). After other nouns "that" may well open the
// content of a demand ("its demand today that Israel ease restrictions").
func (s *state) clauseAfterNoun(k, b int) bool {
	if s.words[k] == "that" && claimNoun(singular(s.words[k-1])) {
		return true // "rejected the allegation that Mr Brown had been sidelined"
	}
	if s.tag(k) != "PRP" || k+1 >= b || s.timex[k-1] >= 0 {
		return false
	}
	switch s.words[k] {
	case "he", "she", "they", "it", "we", "i":
		t := s.tag(k + 1)
		return t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" || t == "MD"
	}
	return false
}

// claimNoun reports nouns whose "that" clause is what is claimed, not
// the act's target: "the allegation that Mr Brown had been sidelined".
func claimNoun(w string) bool {
	switch w {
	case "allegation", "claim", "suggestion", "speculation", "rumour", "rumor", "accusation", "charge", "notion", "idea",
		"belief", "assertion", "report", "fear", "concern", "view", "argument", "impression", "perception", "theory":
		return true
	}
	return false
}

// groupModifier reports whether mention m modifies a noun naming people
// within two words after it in [., b): "Tamil civilian refugees", "Darfur
// rebels", "Moslem fundamentalist demonstrators".
func (s *state) groupModifier(m, b int) bool {
	k, _ := slices.BinarySearchFunc(s.doc.Tokens, s.doc.Mentions[m].Start, func(t chronicle.Token, off int) int { return t.Start - off })
	for k < b && s.mention[k] == m {
		k++
	}
	for j := k; j < b && j < k+3 && s.mention[j] < 0; j++ {
		if peopleNoun(singular(s.words[j])) {
			return true
		}
		if !isNoun(s.tag(j)) && !strings.HasPrefix(s.tag(j), "JJ") {
			return false
		}
	}
	return false
}

// peopleNoun reports nouns that name a group of people.
func peopleNoun(w string) bool {
	switch w {
	case "refugee", "rebel", "guerrilla", "guerilla", "fighter", "militant", "demonstrator", "protester", "protestor",
		"civilian", "separatist", "insurgent", "fundamentalist", "villager", "minority", "population", "militia",
		"militiaman", "group", "force", "community", "activist", "leader", "worker", "student", "settler", "tribesman":
		return true
	}
	return false
}

// domestic codes the ethnic or religious groups among the recipients that
// have no country ("The Sri Lankan army has been holding Tamil civilian
// refugees") with the country of the first actor, as CAMEO codes a group
// by the country it lives in: an act of a state's forces on an uncoded
// group is taken to be domestic. Actors without a country (IGO, NGO, ...)
// give nothing.
func (s *state) domestic(actors, recips []chronicle.Actor) {
	if len(actors) == 0 || len(actors[0].Code) < 3 {
		return
	}
	c := actors[0].Code[:3]
	switch c {
	case "IGO", "NGO", "MNC", "IMG":
		return
	}
	for i, r := range recips {
		if r.Code == "" && s.entityType(r.Entity) == "MISC" {
			recips[i].Code = c
		}
	}
}

// isPlace reports whether actor a is named after in/at/near in [j, b).
func (s *state) isPlace(a chronicle.Actor, j, b int) bool {
	for k := j; k < b; k++ {
		if m := s.mention[k]; m >= 0 && s.doc.Mentions[m].Entity == a.Entity && isLocationPrep(s.prevWord(k, j)) {
			return true
		}
	}
	return false
}

// clauseAfter reports whether a clause starts at token k: a subject (a
// mention or a determiner and a mention) followed by a verb.
func (s *state) clauseAfter(k, b int) bool {
	if k < b && s.tag(k) == "DT" {
		k++
	}
	if k >= b || s.mention[k] < 0 {
		return k < b && isVerb(s.tag(k))
	}
	m := s.mention[k]
	for k < b && s.mention[k] == m {
		k++
	}
	return k < b && isVerb(s.tag(k)) && s.tag(k) != "VBN"
}

// place returns the actor for a place mention: an acting GPE, or a LOC or
// FAC with a country.
func (s *state) place(m int) (chronicle.Actor, bool) {
	if act, ok := s.actor(m); ok {
		return act, true
	}
	e := s.entities[s.doc.Mentions[m].Entity]
	if e == nil || e.Country == "" {
		return chronicle.Actor{}, false
	}
	return chronicle.Actor{Entity: e.ID, Name: e.Name, Code: e.Country}, true
}

// phraseAfter returns the participants named in [j, b): mentions joined by
// "and", or a reciprocal phrase ("the two foreign ministers").
func (s *state) phraseAfter(j, b, lo int) []chronicle.Actor {
	for k := j; k < b && k < j+4; k++ {
		if s.mention[k] >= 0 {
			if isLocationPrep(s.prevWord(k, j)) {
				return nil // "meeting on Thursday in Brussels"
			}
			if s.followers(k, b) {
				return nil // "met a lot of Bernie supporters"
			}
			return s.group(k, j, b)
		}
		switch s.words[k] {
		case "two", "both":
			if s.reciprocalPhrase(k) {
				return s.reciprocal(k, lo)
			}
		case "him", "her":
			return s.pronoun(k, lo, k)
		}
	}
	return nil
}

// group returns the actor of the mention at token k and of the mentions
// coordinated with it ("the US and China", "Trump and Xi") within [a, b);
// b < 0 looks only leftwards. Of a title phrase ("US Secretary of State
// Marco Rubio") the last mention, the head, is taken.
func (s *state) group(k, a, b int) []chronicle.Actor {
	// Move to the head (last) mention of the noun phrase.
	for {
		e := k
		for e+1 < len(s.mention) && s.mention[e+1] == s.mention[k] {
			e++
		}
		n := e + 1
		for n < len(s.mention) && (b < 0 || n < b) && (s.tag(n) == "NNP" || s.tag(n) == "NN") && s.mention[n] < 0 {
			n++
		}
		if n < len(s.mention) && (b < 0 || n < b) && s.mention[n] >= 0 && n > e+1 {
			k = n
			continue
		}
		if e+1 < len(s.mention) && (b < 0 || e+1 < b) && s.mention[e+1] >= 0 && s.mention[e+1] != s.mention[k] {
			k = e + 1
			continue
		}
		break
	}
	var ms []int // mentions of the group
	add := func(k int) { ms = append(ms, s.mention[k]) }
	add(k)
	// Left: ", X and" / "X and" / "both X and".
	m := k
	for m >= a && s.mention[m] == s.mention[k] {
		m--
	}
	joined := false // an "and" was crossed: a comma before it lists ("A, B and C"); alone it is an apposition ("the chairman of the Bar Council, Guy Mansfield")
	for m >= a {
		if s.words[m] != "and" && (s.words[m] != "," || !joined) {
			break
		}
		if s.words[m] == "and" {
			joined = true
		}
		p := m - 1
		for p >= a && s.mention[p] < 0 && (s.tag(p) == "NNP" || s.tag(p) == "NN" || s.tag(p) == "DT" || strings.HasPrefix(s.tag(p), "JJ")) && p > m-4 {
			p--
		}
		if p < a || s.mention[p] < 0 || isLocationPrep(s.prevWord(p, a)) {
			break // "At their meeting in London, G7 ministers": a place, not a party
		}
		add(p)
		q := s.mention[p]
		m = p
		for m >= a && s.mention[m] == q {
			m--
		}
		// Skip a title phrase before it.
		for m >= a && s.mention[m] >= 0 && s.mention[m] != q && s.words[m] != "and" {
			m--
		}
	}
	// Right: "X and Y" when looking forwards.
	if b >= 0 {
		e := k
		for e+1 < b && s.mention[e+1] == s.mention[k] {
			e++
		}
		crossed := false // after "and", a comma ends the list: "criticism from Democrats and Republicans, Mr. Trump released…"
		for e+1 < b && (s.words[e+1] == "and" || (s.words[e+1] == "," && !crossed)) {
			crossed = crossed || s.words[e+1] == "and"
			p := e + 2
			for p < b && s.mention[p] < 0 && p < e+5 && (s.tag(p) == "NNP" || s.tag(p) == "NN" || s.tag(p) == "DT" || strings.HasPrefix(s.tag(p), "JJ")) {
				p++
			}
			if p >= b || s.mention[p] < 0 {
				break
			}
			// Take the head of a title phrase.
			for p+1 < b && s.mention[p+1] >= 0 {
				p++
			}
			add(p)
			e = p
		}
	}
	slices.Sort(ms)
	var out []chronicle.Actor
	for _, m := range ms {
		if act, ok := s.actor(m); ok {
			out = append(out, act)
		}
	}
	return uniq(out)
}

// actor returns the actor for mention m, if it names an entity that can act.
func (s *state) actor(m int) (chronicle.Actor, bool) {
	mn := s.doc.Mentions[m]
	e := s.entities[mn.Entity]
	if e == nil {
		return chronicle.Actor{}, false
	}
	if e.Type != "PERSON" && namesNoActor(e.Name) {
		return chronicle.Actor{}, false
	}
	switch e.Type {
	case "PERSON", "ORG", "GPE", "NORP":
	case "FAC":
		if e.Sector == "" {
			return chronicle.Actor{}, false
		}
	default:
		return chronicle.Actor{}, false
	}
	code := Code(*e)
	if e.Type == "NORP" && s.ethnic(mn.Start) {
		// "ethnic Albanians … in southeastern Serbia": an ethnic group is
		// coded by the country it lives in, when the sentence names one.
		if c := s.soleCountry(mn.Start, e.ID, len(s.doc.Text)); c != "" {
			code = c
		}
	}
	if code == "" && e.Type == "ORG" && intlBody(e.Name) {
		// "The International Labor Office", "the European Community": an
		// international body unknown to the entity stage is no country's.
		return chronicle.Actor{Entity: e.ID, Name: e.Name, Code: "IGO" + acronym(e.Name)}, true
	}
	if code == "" && (e.Type == "PERSON" || e.Type == "ORG") {
		// "U.S. Secretary of State Warren Christopher", "Iran's leader
		// Khomeini": the country of a modifier before the name; else the
		// one country the sentence speaks of ("President Museveni banned
		// Ugandan opposition candidates").
		c := s.modifierCountry(mn.Start)
		if c == "" && e.Type == "PERSON" {
			// "U.N. mediator Diego Cordovez": an official of an
			// international body named before him acts for it.
			if body := s.modifierBody(mn.Start); body != "" {
				return chronicle.Actor{Entity: e.ID, Name: e.Name, Code: body}, true
			}
		}
		if c == "" {
			// An official (GOV, MIL, JUD, LEG) anywhere in the sentence;
			// anyone else only before or just after the name ("parties
			// in Nepal").
			limit := mn.End + 40 // before the name or just after it
			switch e.Sector {
			case "GOV", "MIL", "JUD", "LEG":
				limit = len(s.doc.Text)
			}
			c = s.soleCountry(mn.Start, e.ID, limit)
			if c == "" {
				c = s.placeAfter(mn.End) // "opposition parties in Nepal"
			}
			if c == "" && limit < len(s.doc.Text) {
				// The one country of the whole sentence ("Aristide has been
				// accused … by current Haitian government officials"): the
				// country is known, the role is not, so no sector is guessed.
				if c = s.soleCountry(mn.Start, e.ID, len(s.doc.Text)); c != "" {
					return chronicle.Actor{Entity: e.ID, Name: e.Name, Code: c + e.Sector}, true
				}
			}
		}
		if c != "" {
			sector := e.Sector
			if sector == "" && e.Type == "PERSON" {
				sector = "GOV"
			}
			code = c + sector
		}
	}
	return chronicle.Actor{Entity: e.ID, Name: e.Name, Code: code}, true
}

// namesNoActor reports names, other than a person's ("Theresa May"), that
// the recogniser may take for an organisation but that name a time ("the New Year", "Christmas") or a
// text ("Article 21", "the UN Charter"): neither acts nor receives.
func namesNoActor(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if len(f) > 1 && strings.Trim(last, "0123456789") == "" {
		last = f[len(f)-2] // "Article 21"
	}
	switch last {
	case "year", "christmas", "easter", "ramadan", "eid", "thanksgiving", "halloween", "hanukkah", "diwali", "passover",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return len(f) <= 3
	case "article", "charter", "constitution", "clause", "amendment":
		return true
	case "river", "lake", "sea", "ocean", "mountain", "mountains", "valley", "bridge", "street", "road", "square":
		return true // "the Thames River", "Millennium Bridge": a place's feature
	}
	switch f[0] {
	case "river", "lake", "mount", "loch":
		return len(f) <= 3 // "the River Tyne", "Lake Victoria": no one acts
	}
	return false
}

// ethnic reports whether the word before byte offset start is "ethnic".
func (s *state) ethnic(start int) bool {
	k, _ := slices.BinarySearchFunc(s.doc.Tokens, start, func(t chronicle.Token, off int) int { return t.Start - off })
	return k > 0 && strings.EqualFold(s.words[k-1], "ethnic")
}

// placeAfter returns the country of a GPE mention joined to the noun
// phrase ending at byte offset end by "in", "of" or "from".
func (s *state) placeAfter(end int) string {
	ms := s.doc.Mentions
	if s.sorted { // only those starting in (end, end+12] qualify
		a, _ := slices.BinarySearchFunc(ms, end+1, func(m chronicle.Mention, b int) int { return m.Start - b })
		b, _ := slices.BinarySearchFunc(ms, end+13, func(m chronicle.Mention, b int) int { return m.Start - b })
		ms = ms[a:max(a, b)]
	}
	for _, m := range ms {
		if m.Start <= end || m.Start > end+12 || (m.Type != "GPE" && m.Type != "NORP") {
			continue
		}
		switch strings.TrimSpace(strings.ToLower(s.doc.Text[end:m.Start])) {
		case "in", "of", "from", "in the", "of the", "from the":
			if e := s.entities[m.Entity]; e != nil {
				return e.Country
			}
		}
	}
	return ""
}

// soleCountry returns the country of the GPE and NORP mentions of the
// sentence containing byte offset off (those starting before limit) when
// they name exactly one, else "".
func (s *state) soleCountry(off int, self string, limit int) string {
	var sen chronicle.Span
	if k, found := slices.BinarySearchFunc(s.doc.Sentences, off, func(x chronicle.Sentence, o int) int { return x.Start - o }); found {
		sen = chronicle.Span{Start: s.doc.Sentences[k].Start, End: s.doc.Sentences[k].End}
	} else if k > 0 && off < s.doc.Sentences[k-1].End {
		sen = chronicle.Span{Start: s.doc.Sentences[k-1].Start, End: s.doc.Sentences[k-1].End}
	}
	if sen.End == 0 {
		sen.End = len(s.doc.Text)
	}
	c := ""
	ms := s.doc.Mentions
	first := 0
	if s.sorted {
		first, _ = slices.BinarySearchFunc(ms, sen.Start, func(m chronicle.Mention, off int) int { return m.Start - off })
	}
	for _, m := range ms[first:] {
		if s.sorted && m.Start >= sen.End {
			break
		}
		if m.Start < sen.Start || m.End > sen.End || m.Entity == self || (m.Type != "GPE" && m.Type != "NORP") {
			continue
		}
		if m.Start > limit {
			continue
		}
		e := s.entities[m.Entity]
		if e == nil || e.Country == "" {
			continue
		}
		if c != "" && c != e.Country {
			return ""
		}
		c = e.Country
	}
	return c
}

// modifierCountry returns the country of a GPE or NORP mention that
// modifies the noun phrase ending at byte offset start across title words.
func (s *state) modifierCountry(start int) string {
	k, _ := slices.BinarySearchFunc(s.doc.Tokens, start, func(t chronicle.Token, off int) int { return t.Start - off })
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if m := s.mention[j]; m >= 0 {
			mn := s.doc.Mentions[m]
			if e := s.entities[mn.Entity]; e != nil && (e.Type == "GPE" || e.Type == "NORP") {
				return e.Country
			}
			return ""
		}
		if t := s.tag(j); t != "NNP" && t != "NN" && t != "POS" && t != "JJ" && s.words[j] != "of" {
			return ""
		}
	}
	return ""
}

// intlBody reports organisation names that an international body bears:
// "International …" (but not "… International", as Amnesty International,
// a non-governmental body), "United Nations …", "European Community",
// "European Union", "World …", "Organization of …", "… of African Unity".
func intlBody(name string) bool {
	for _, p := range []string{"International ", "United Nations", "European Community", "European Union", "World ", "Organization of ", "Organisation of "} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return strings.Contains(name, "United Nations")
}

// modifierBody returns the code of an international body (IGO) whose
// mention modifies the noun phrase ending at byte offset start across
// title words ("U.N. mediator Diego Cordovez"), else "".
func (s *state) modifierBody(start int) string {
	k, _ := slices.BinarySearchFunc(s.doc.Tokens, start, func(t chronicle.Token, off int) int { return t.Start - off })
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if m := s.mention[j]; m >= 0 {
			if e := s.entities[s.doc.Mentions[m].Entity]; e != nil && e.Type == "ORG" && e.Sector == "IGO" {
				return Code(*e)
			}
			return ""
		}
		if t := s.tag(j); t != "NNP" && t != "NN" && t != "JJ" {
			return ""
		}
	}
	return ""
}

// Code returns the actor code of an entity: its country (ISO3) and sector
// ("USAGOV"); a country or capital named as an actor (GPE) has sector GOV,
// a city or region known by another knowledge-base id its country alone;
// a nationality (NORP) is its country alone; an international body is IGO
// followed by its acronym ("IGOASEAN"), and a non-governmental body or a
// multinational without a country NGO or MNC followed by its acronym. It
// returns "" when the country is not known.
func Code(e chronicle.Entity) string {
	switch e.Sector {
	case "IGO":
		return "IGO" + acronym(e.Name)
	case "NGO", "MNC":
		if e.Country == "" {
			return e.Sector + acronym(e.Name)
		}
	}
	if e.Country == "" {
		return ""
	}
	switch e.Type {
	case "GPE":
		if e.Sector != "" {
			return e.Country + e.Sector
		}
		if e.KB != "" && !strings.HasPrefix(e.KB, "iso3166:") {
			return e.Country // a city or region, not a government
		}
		return e.Country + "GOV"
	case "NORP":
		return e.Country
	}
	return e.Country + e.Sector
}

func isAcronym(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// acronym returns name if it is one, else the initials of its capitalised words.
func acronym(name string) string {
	if a := strings.ReplaceAll(name, ".", ""); isAcronym(a) {
		return a
	}
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// pronoun resolves a personal pronoun at token k to the most recent PERSON
// mention before it (not after limit).
func (s *state) pronoun(k, lo, limit int) []chronicle.Actor {
	w := s.words[k]
	if w == "their" || w == "they" || w == "them" {
		return s.reciprocal(k, lo)
	}
	if w != "he" && w != "she" && w != "his" && w != "her" && w != "him" {
		return nil
	}
	start := s.doc.Tokens[k].Start
	// In a direct quote "he" is not the speaker, and whoever else it is
	// must be named in the quote: the last person named before it is as
	// likely a bystander ("He has apologised," said Mr Clarke).
	self, from := "", s.window(start)
	if q := s.claimQuote(k); q >= 0 && s.doc.Quotes[q].Kind == "direct" {
		self, from = s.speakerOf(k), max(from, s.doc.Quotes[q].Start)
	}
	if s.opens(k, lo) && self == "" && (w == "he" || w == "she") {
		// A subject opening its sentence continues the previous
		// sentence's subject: "Mr Balls rejected the allegation that Mr
		// Brown had been sidelined… He rejected speculation…".
		if act, ok := s.prevSubject(lo, w); ok {
			return []chronicle.Actor{act}
		}
		if g := s.prevOpener(lo, w); len(g) > 0 {
			return g // "He said Mr Hulme-Cross and himself… He accused the party…"
		}
	}
	last := len(s.doc.Mentions) - 1
	if s.sorted {
		n, _ := slices.BinarySearchFunc(s.doc.Mentions, start, func(m chronicle.Mention, off int) int { return m.Start - off })
		last = n - 1
	}
	if self == "" && (w == "he" || w == "she") {
		id, ok := s.speakerAt(k)
		if ok && id == "" {
			return nil // an unnamed person: "a spokesman said … He added"
		}
		if id != "" && s.entityType(id) == "PERSON" {
			// The pronoun speaks: the quote stage resolved it, with the
			// document's speakers and titles ("He and the Archbishop of
			// Canterbury have both spoken out… he criticised" is not the
			// archbishop). The actor is its nearest mention before.
			if g := s.nearestActor(id, start); len(g) > 0 {
				return g
			}
		}
	}
	for m := last; m >= 0; m-- {
		mn := s.doc.Mentions[m]
		if mn.End <= from {
			break
		}
		if mn.End <= start && s.entityType(mn.Entity) == "PERSON" && (self == "" || mn.Entity != self) && !s.otherGender(mn.Entity, w) {
			if act, ok := s.actor(m); ok {
				return []chronicle.Actor{act}
			}
		}
	}
	return nil
}

// prevSubject returns the person opening the sentence before the one
// starting at token lo (after at most a title or honorific), when its
// gender does not contradict pronoun w.
func (s *state) prevSubject(lo int, w string) (chronicle.Actor, bool) {
	if lo == 0 {
		return chronicle.Actor{}, false
	}
	n, _ := slices.BinarySearchFunc(s.doc.Sentences, s.doc.Tokens[lo].Start, func(x chronicle.Sentence, o int) int { return x.Start - o })
	if n == 0 {
		return chronicle.Actor{}, false
	}
	prev := s.doc.Sentences[n-1]
	k, _ := slices.BinarySearchFunc(s.doc.Tokens, prev.Start, func(t chronicle.Token, off int) int { return t.Start - off })
	for j := k; j < lo && j < k+4; j++ {
		m := s.mention[j]
		if m < 0 {
			continue
		}
		id := s.doc.Mentions[m].Entity
		if s.entityType(id) != "PERSON" || s.otherGender(id, w) {
			return chronicle.Actor{}, false
		}
		e := j
		for e+1 < lo && s.mention[e+1] == m {
			e++
		}
		if e+1 < lo && (isVerb(s.tag(e+1)) || s.tag(e+1) == "MD") {
			return s.actor(m)
		}
		return chronicle.Actor{}, false
	}
	return chronicle.Actor{}, false
}

// opens reports whether token k opens the sentence starting at lo, after
// at most a conjunction ("And they pledged…").
func (s *state) opens(k, lo int) bool {
	if k == lo {
		return true
	}
	if k != lo+1 {
		return false
	}
	switch s.words[lo] {
	case "and", "but", "so", "yet", "then":
		return true
	}
	return false
}

// prevOpener resolves a subject pronoun w ("they", "he", "she") opening
// the sentence at token lo to the subject opening the sentence before:
// the same pronoun there, as the quote stage resolved it as a speaker
// ("They said they would also press Labour… And they pledged…"), or, for
// "they", an organisation or a country named first and followed by its
// verb. It returns nil when the sentence before opens otherwise.
func (s *state) prevOpener(lo int, w string) []chronicle.Actor {
	if lo == 0 {
		return nil
	}
	n, _ := slices.BinarySearchFunc(s.doc.Sentences, s.doc.Tokens[lo].Start, func(x chronicle.Sentence, o int) int { return x.Start - o })
	if n == 0 {
		return nil
	}
	j := s.tokenAt(s.doc.Sentences[n-1].Start)
	if j+1 < lo && s.opens(j+1, j) {
		j++
	}
	if j >= lo {
		return nil
	}
	if s.words[j] == w {
		off := s.doc.Tokens[j].Start
		for q := range s.doc.Quotes {
			if sp := s.doc.Quotes[q].Speaker; sp != nil && sp.Start == off && sp.Entity != "" {
				if m := s.speakerMention(q); m >= 0 {
					if act, ok := s.actor(m); ok {
						return []chronicle.Actor{act}
					}
				}
				return nil
			}
		}
		return nil
	}
	if j+1 < lo && s.words[j] == "the" {
		j++
	}
	m := s.mention[j]
	if w != "they" || m < 0 || s.entityType(s.doc.Mentions[m].Entity) == "PERSON" {
		return nil
	}
	e := j
	for e+1 < lo && s.mention[e+1] == m {
		e++
	}
	if e+1 < lo && (isVerb(s.tag(e+1)) || s.tag(e+1) == "MD") {
		if act, ok := s.actor(m); ok {
			return []chronicle.Actor{act}
		}
	}
	return nil
}

// otherGender reports whether the person id is known to be of the other
// gender than pronoun w: a speaker the quote stage resolved from the
// other pronoun, a mention titled with the other honorific ("Mr Blair"
// is not "she"), or a given name of the other gender ("Joe Biden").
func (s *state) otherGender(id, w string) bool {
	female := w == "she" || w == "her"
	if e := s.entities[id]; e != nil && strings.Contains(e.Name, " ") {
		// The first word of a full name is a given name ("Howard" alone
		// may be a surname: Mrs Howard).
		first, _, _ := strings.Cut(e.Name, " ")
		switch s.lex.given[first] {
		case 'f':
			return !female
		case 'm':
			return female
		}
	}
	for _, q := range s.doc.Quotes {
		// The quote stage resolved "she said" to the entity: its gender is known.
		if q.Speaker != nil && q.Speaker.Entity == id {
			switch strings.ToLower(q.Speaker.Text) {
			case "he", "him", "his":
				return female
			case "she", "her":
				return !female
			}
		}
	}
	for _, mn := range s.doc.Mentions {
		if mn.Entity != id {
			continue
		}
		before := strings.ToLower(s.doc.Text[max(0, mn.Start-6):mn.Start])
		before = strings.TrimRight(before, " ")
		switch {
		case strings.HasSuffix(before, "mr") || strings.HasSuffix(before, "mr.") || strings.HasSuffix(before, "sir") || strings.HasSuffix(before, "lord") || strings.HasSuffix(before, "king"):
			return female
		case strings.HasSuffix(before, "mrs") || strings.HasSuffix(before, "mrs.") || strings.HasSuffix(before, "ms") || strings.HasSuffix(before, "ms.") ||
			strings.HasSuffix(before, "miss") || strings.HasSuffix(before, "lady") || strings.HasSuffix(before, "dame") || strings.HasSuffix(before, "queen"):
			return !female
		}
	}
	return false
}

// window returns where the sentence two before the one at byte offset
// off starts: a pronoun's antecedent is named in its sentence or the two
// before it, or it is not resolved ("Keeps saying she opposed the Iraq
// War" does not refer to Putin, named paragraphs earlier).
func (s *state) window(off int) int {
	sens := s.doc.Sentences
	n, _ := slices.BinarySearchFunc(sens, off+1, func(x chronicle.Sentence, o int) int { return x.Start - o })
	if n -= 3; n < 0 || n >= len(sens) {
		return 0
	}
	return sens[n].Start
}

// reciprocal resolves "their", "both sides", "the two foreign ministers":
// the coordinated mentions at the head of the sentence, else the
// participants of the most recent event with two or more.
//
// A plain "they", "their" or "them" is resolved so only when no plural
// noun before it in its sentence names the people it refers to
// ("ministers had kept to their pledge", "Proponents … say they
// support"), and only to an event of its sentence or the two before it.
func (s *state) reciprocal(k, lo int) []chronicle.Actor {
	if g := s.coordinated(lo, k); len(g) >= 2 {
		return g
	}
	plain := false
	switch s.words[k] {
	case "they", "their", "them":
		plain = true
		if s.pluralSubject(lo, k) {
			return nil
		}
	}
	// An act the sentence refers to: "described the meeting…, adding that
	// both sides agreed".
	for e := len(s.events) - 1; e >= 0 && s.events[e].sent == lo; e-- {
		if d := s.events[e].ref; d != nil {
			if ps := uniq(append(slices.Clone(d.ev.Actors), d.ev.Recipients...)); len(ps) >= 2 {
				return ps
			}
		}
	}
	// The latest event with two or more participants: of this sentence,
	// else the last such of the earlier ones.
	for e := len(s.events) - 1; e >= s.indexed; e-- {
		c := s.events[e]
		if c.dropped {
			continue
		}
		ps := append(slices.Clone(c.ev.Actors), c.ev.Recipients...)
		if ps = uniq(ps); len(ps) >= 2 {
			return ps
		}
	}
	if n := len(s.pairs); n > 0 {
		c := s.pairs[n-1]
		if plain && s.doc.Tokens[c.sent].Start < s.window(s.doc.Tokens[k].Start) {
			return nil
		}
		if plain && !mutual(c) {
			return nil // "Alan Milburn accusing Mr Howard…, the trouble-shooter they asked": not accuser and accused together
		}
		return uniq(append(slices.Clone(c.ev.Actors), c.ev.Recipients...))
	}
	return nil
}

// mutual reports whether the participants of c act together, so that a
// plain "they" may name them all: two or more actors ("the US and China
// reached…"), or a meeting or cooperation between its sides (not a
// promise made to one: "Lord Falconer had promised the archbishop of
// Cardiff…").
func mutual(c *cand) bool {
	if len(uniq(c.ev.Actors)) >= 2 {
		return true
	}
	switch c.ev.Type {
	case "CONSULT", "COOPERATE":
		return true
	}
	return false
}

// tokenAt returns the index of the first token starting at or after byte
// offset off.
func (s *state) tokenAt(off int) int {
	k, _ := slices.BinarySearchFunc(s.doc.Tokens, off, func(t chronicle.Token, o int) int { return t.Start - o })
	return k
}

// pluralSubject reports whether a plural common noun heads a subject in
// [lo, k): a plural noun, not part of a name or a time, followed by a
// verb, a modal or a comma ("Ministers insist", "Proponents, including…").
func (s *state) pluralSubject(lo, k int) bool {
	for j := lo; j+1 < k; j++ {
		if (s.tag(j) != "NNS" && s.tag(j) != "NNPS") || s.mention[j] >= 0 || s.timex[j] >= 0 || quantity(s.words[j]) {
			continue
		}
		if t := s.tag(j + 1); isVerb(t) || t == "MD" || s.words[j+1] == "," {
			return true
		}
	}
	return false
}

// coordinated returns the actors of the head mentions before token k in
// the sentence starting at lo when they are joined by "and" ("Rubio (left)
// and Chinese Foreign Minister Wang Yi at their meeting").
func (s *state) coordinated(lo, k int) []chronicle.Actor {
	var out []chronicle.Actor
	last := -1 // token after the previous head mention
	for j := lo; j < k; j++ {
		m := s.mention[j]
		if m < 0 {
			continue
		}
		e := j
		for e+1 < k && s.mention[e+1] == m {
			e++
		}
		if s.modifier(e, k) {
			j = e
			continue
		}
		if last >= 0 && !slices.Contains(s.words[last:j], "and") {
			break
		}
		if act, ok := s.actor(m); ok {
			out = append(out, act)
		}
		last, j = e+1, e
	}
	return uniq(out)
}

// modifier reports whether the mention ending at token e only modifies a
// PERSON mention after it across title words ("US Secretary of State
// Marco Rubio", "Chinese Foreign Minister Wang Yi").
func (s *state) modifier(e, k int) bool {
	for j := e + 1; j < k && j <= e+6; j++ {
		if m := s.mention[j]; m >= 0 {
			return s.entityType(s.doc.Mentions[m].Entity) == "PERSON"
		}
		if t := s.tag(j); t != "NNP" && t != "NN" && s.words[j] != "of" {
			return false
		}
	}
	return false
}

func uniq(as []chronicle.Actor) []chronicle.Actor {
	var out []chronicle.Actor
	for _, a := range as {
		if !slices.ContainsFunc(out, func(b chronicle.Actor) bool { return b.Entity == a.Entity }) {
			out = append(out, a)
		}
	}
	return out
}

// dedupe removes duplicate actors and recipients that are also actors.
func (s *state) dedupe(actors, recips []chronicle.Actor) ([]chronicle.Actor, []chronicle.Actor) {
	return s.dedupeSides(actors, recips, false)
}

// dedupeDistinct is dedupe for actors and recipients found on either side
// of the trigger, from different mentions: a nationality (NORP) then stays
// on both sides, as it names different groups of one country ("Palestinian
// police … from Palestinian armed groups").
func (s *state) dedupeDistinct(actors, recips []chronicle.Actor) ([]chronicle.Actor, []chronicle.Actor) {
	return s.dedupeSides(actors, recips, true)
}

func (s *state) dedupeSides(actors, recips []chronicle.Actor, distinct bool) ([]chronicle.Actor, []chronicle.Actor) {
	actors = uniq(actors)
	var r []chronicle.Actor
	for _, x := range uniq(recips) {
		if (distinct && s.entityType(x.Entity) == "NORP") || !slices.ContainsFunc(actors, func(b chronicle.Actor) bool { return b.Entity == x.Entity }) {
			r = append(r, x)
		}
	}
	if actors == nil {
		actors = []chronicle.Actor{}
	}
	if r == nil {
		r = []chronicle.Actor{}
	}
	return actors, r
}
