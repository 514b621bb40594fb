// Package entity is the document-entity stage: it corrects and completes
// the named-entity mentions a statistical recogniser wrote, then groups them
// into document entities with a name, type, country, sector, titles and a
// knowledge-base id.
//
// Input: Document.Text, Document.Zones (to skip bylines and credits),
// Document.Meta.Published.Value (the date at which people's roles are read
// from the lexicon; when it is empty no dated role applies, so a known
// person's sector comes only from a title stated in the text and the
// country from the lexicon's nationality) and Document.Mentions as a recogniser left them (types
// PERSON, ORG, LOC, MISC or finer; Entity ""). Tokens and sentences are not
// needed.
//
// Output: Document.Mentions rewritten and Document.Entities replaced.
//   - Mentions: a mention never crosses a line break; titles and country
//     qualifiers are cut off person names ("US Secretary of State Marco
//     Rubio" gives GPE "US" and PERSON "Marco Rubio"); credits ("Photo: AP",
//     bylines) and non-names ("Photo", weekdays) are dropped; countries and
//     cities are GPE, demonyms NORP, organisations from the lexicon ORG or
//     FAC ("White House"), named meetings EVENT ("ASEAN Foreign Ministers'
//     Meeting"); a name never crosses a comma or a double quote ("Kuala
//     Lumpur, Malaysia" is two), a party word before a person is a NORP of
//     its own ("Republican" Donald Trump), plural titles and plurals of
//     acronyms name no one ("MPs" goes, "Labour MPs" keeps "Labour",
//     "CSOs" is MISC), laws and bills are MISC and whole ("Health Service
//     (Miscellaneous Provisions) Bill"), names in title-case headings
//     stay only when the lexicon or the body confirms them, and a name the
//     text calls a company ("shares in Elan") is an ORG, unless it is a
//     given name and a surname ("games maker Peter Molyneux"), which is a
//     PERSON also when the recogniser said place or thing; what a known
//     organisation owns is cut off after its possessive ("BBC's" Paul
//     Reynolds), and so is a person named right after it ("BBC" Michael
//     Howard); "and" between two known names splits ("FBI and Justice
//     Department"), an ampersand joins a firm's name ("Johnson &
//     Johnson"); a plural title gives each coordinated name after it a
//     person of that title ("Princes William and Harry"); a peer's style
//     is a PERSON ("Duke of Edinburgh", "Archbishop of Canterbury"); a
//     demonym + "man" is NORP ("Irishman"); mentions the recogniser
//     missed are added from the lexicon
//     and from ministry and event patterns. Mentions are sorted by offset and
//     renumbered "m1", "m2", …; they do not overlap, except that a mention
//     the lexicon knows may lie inside an EVENT mention.
//   - Entities: "e1", "e2", … in order of first mention; every mention's
//     Entity is set. A person's full name, surname, given name and title +
//     surname are one entity, whichever comes first; an acronym and its
//     expansion are one entity; a country's names and its capital used as a
//     government ("Washington and Beijing will …") are one entity, while a
//     capital used as a place ("in Kuala Lumpur") is a city entity of its own.
//     A name that institutions of several countries share ("Treasury",
//     "Parliament", "Supreme Court") links to the one of the country the
//     text points to (a country word before it, else the country most of
//     the document's known names belong to; when the text names no
//     country at all, the country of its audience: its URL's country
//     domain, or GBR when its money is in pounds alone) and to none
//     without evidence; a country word before a body of that country
//     links to it ("US Department of Justice"). A unit or brand of a
//     known organisation ("BBC News", "BBC Radio 4", "UN Development
//     Programme") is an ORG entity of its own with the parent's country
//     and sector and no knowledge-base id: the lexicon knows the parent,
//     not the unit.
//
// An Annotator holds only the read-only lexicon and tables derived from it
// at New, and is safe for concurrent use.
package entity

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"

	"chronicle"
	"chronicle/lexicon"
	"chronicle/nlp/internal/lower"
)

// ErrNoLexicon is returned by Annotate when the Annotator has no lexicon.
var ErrNoLexicon = errors.New("entity: no lexicon")

// Options configure an Annotator. The zero value is ready to use.
type Options struct {
	// Logger receives debug messages; nil discards them.
	Logger *slog.Logger
	// KeepCredits keeps mentions in bylines, credit zones and photo
	// credits ("Photo: AP"), which are dropped by default because the
	// preparer records them in Meta.Authors, Meta.Wire and Meta.Captions.
	KeepCredits bool
}

// An Annotator is the document-entity stage. It implements chronicle.Annotator.
type Annotator struct {
	lex  *lexicon.Lexicon
	opts Options
	log  *slog.Logger
	// sharedLast holds the last words (lower case) of the names that
	// organisations of several countries share ("treasury", "court").
	sharedLast map[string]bool
	scratch    sync.Pool // *scratch: per-document arrays reused across documents
}

// New returns an Annotator reading names, titles and roles from lex.
func New(lex *lexicon.Lexicon, opts Options) *Annotator {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &Annotator{lex: lex, opts: opts, log: log, sharedLast: map[string]bool{}}
	if lex != nil {
		for _, o := range lex.Orgs() {
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				if sharedOrgs(lex.Lookup(n)) {
					a.sharedLast[lastWord(lexicon.Normalize(n))] = true
				}
			}
		}
	}
	return a
}

// endsShared reports whether name ends in the last word of a name that
// organisations of several countries share ("the Indian Parliament").
func (a *Annotator) endsShared(name string) bool {
	var buf [96]byte
	b := lexicon.AppendNormal(buf[:0], name)
	if k := bytes.LastIndexAny(b, " -"); k >= 0 {
		b = b[k+1:]
	}
	return a.sharedLast[string(b)]
}

// lastWord returns the part of s after its last space or hyphen.
func lastWord(s string) string {
	return s[strings.LastIndexAny(s, " -")+1:]
}

// Annotate rewrites doc.Mentions and replaces doc.Entities.
func (a *Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if a == nil || a.lex == nil {
		return ErrNoLexicon
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	sc, _ := a.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	st := newState(a, doc, sc)
	st.fixMentions()
	st.group()
	if len(st.words) <= maxPooled {
		// A very long document's arrays are left to the collector, so
		// the pool does not keep them alive through later stages.
		st.keep(sc)
		a.scratch.Put(sc)
	}
	a.log.Debug("entity: annotated", "mentions", len(doc.Mentions), "entities", len(doc.Entities))
	return nil
}

// maxPooled is the most words of a document whose arrays are kept for the
// next (news articles have a few hundred to a few thousand).
const maxPooled = 1 << 15

// particle reports whether w, in any case, is a word inside names ("von").
func particle(w string) bool {
	var buf [64]byte
	return lexicon.NameParticle(string(lower.Append(buf[:0], w)))
}

// inLower reports whether m holds strings.ToLower(w), without allocating
// for an ASCII w.
func inLower(m map[string]bool, w string) bool {
	var buf [64]byte
	return m[string(lower.Append(buf[:0], w))]
}

// lowerIn reports whether strings.ToLower(w) is one of words, without
// allocating for an ASCII w.
func lowerIn(w string, words ...string) bool {
	var buf [64]byte
	l := lower.Append(buf[:0], w)
	for _, x := range words {
		if string(l) == x {
			return true
		}
	}
	return false
}

// isHonorific reports whether w, in any case and with or without a final
// period, is an honorific ("Mr", "DR.").
func isHonorific(w string) bool {
	var buf [64]byte
	return honorifics[string(bytes.TrimSuffix(lower.Append(buf[:0], w), []byte(".")))]
}

// inNormal reports whether m holds lexicon.Normalize(s), without
// allocating for a short s.
func inNormal(m map[string]bool, s string) bool {
	var buf [64]byte
	return m[string(lexicon.AppendNormal(buf[:0], s))]
}

// sameNormal reports whether lexicon.Normalize(a) == lexicon.Normalize(b),
// without allocating for short a and b.
func sameNormal(a, b string) bool {
	var ba, bb [64]byte
	return bytes.Equal(lexicon.AppendNormal(ba[:0], a), lexicon.AppendNormal(bb[:0], b))
}
