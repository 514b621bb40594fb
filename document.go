package chronicle

import (
	"fmt"
	"unicode/utf8"
)

// A Document is an Article after preparation: one immutable Text and the
// layers that stages add to it. Field names and JSON tags follow the output
// contract of `chronicle extract`.
type Document struct {
	ID        string     `json:"id,omitempty"` // stable content hash, set by the preparer
	Text      string     `json:"text"`
	Meta      Meta       `json:"meta"`
	Zones     []Zone     `json:"zones"`
	Tokens    []Token    `json:"tokens,omitempty"` // omitted from extract output unless asked for
	Sentences []Sentence `json:"sentences"`
	Mentions  []Mention  `json:"mentions"`
	Entities  []Entity   `json:"entities"`
	Timexes   []Timex    `json:"timexes"`
	Quotes    []Quote    `json:"quotes"`
	Figures   []Figure   `json:"figures"`
	Events    []Event    `json:"events"`
	Warnings  []Warning  `json:"warnings"`

	// Segments maps Text back to the prepared input: each segment says that
	// Text[Start:End] was copied from the source bytes at Source. It is nil
	// when no such map exists (text extracted from HTML).
	Segments []Segment `json:"-"`
}

// Meta describes a document.
type Meta struct {
	Title     string    `json:"title"`
	Authors   []string  `json:"authors"`
	Wire      []string  `json:"wire"`
	Captions  []Caption `json:"captions"`
	URL       string    `json:"url"`
	Language  string    `json:"language"`
	Published Published `json:"published"`
}

// A Caption is a photo caption kept once, with its credit ("AP").
type Caption struct {
	Text   string `json:"text"`
	Credit string `json:"credit"`
}

// Published is the publication date and where it came from.
type Published struct {
	Value  string     `json:"value"` // ISO 8601 date or datetime, "" if unknown
	Source DateSource `json:"source"`
}

// DateSource says where a publication date came from.
type DateSource string

// The sources of a publication date, in the contract's vocabulary.
const (
	DateUser     DateSource = "user"
	DateJSONLD   DateSource = "jsonld"
	DateMeta     DateSource = "meta"
	DateFeed     DateSource = "feed"
	DateURL      DateSource = "url"
	DateDateline DateSource = "dateline"
	DateText     DateSource = "text"
	DateInferred DateSource = "inferred" // from the text's undated evidence: days, tense, dated roles
	DateNone     DateSource = "none"
)

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Slice returns the text of span s.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// ZoneKind names the part of an article a zone is.
type ZoneKind string

// The zones of an article.
const (
	ZoneTitle   ZoneKind = "title"
	ZoneBody    ZoneKind = "body"
	ZoneCaption ZoneKind = "caption"
	ZoneByline  ZoneKind = "byline"
	ZoneCredit  ZoneKind = "credit"
)

// A Zone is a region of Text with one role. Zones do not overlap, are in
// order, and a sentence never crosses a zone boundary.
type Zone struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Kind  ZoneKind `json:"kind"`
}

// A Segment records that Text[Start:End] was copied from the source at
// byte offset Source.
type Segment struct {
	Start, End int
	Source     int
}

// SourceOffset maps an offset in Text to an offset in the prepared input.
// It returns -1 when no map exists or off is in text the preparer inserted.
func (d *Document) SourceOffset(off int) int {
	for _, s := range d.Segments {
		if s.Start <= off && off <= s.End {
			return s.Source + off - s.Start
		}
	}
	return -1
}

// TokenKind classifies a token.
type TokenKind uint8

// The kinds of token.
const (
	TokenWord   TokenKind = iota // letters, possibly with inner apostrophes, hyphens or periods (U.S.)
	TokenNumber                  // digits with separators: 145, 3.5, 1,000, 11/7, 2025-07-11
	TokenPunct                   // punctuation, including quote marks
	TokenSymbol                  // currency, percent and other symbols
	TokenOther                   // anything else (emoji, control characters)
)

// A Token is a word, number, punctuation mark or symbol. Tag is its
// part-of-speech tag (Penn Treebank) once a tagger has run.
type Token struct {
	Start int       `json:"start"`
	End   int       `json:"end"`
	Kind  TokenKind `json:"kind"`
	Tag   string    `json:"tag,omitempty"`
}

// A Sentence is a span of Text inside one zone. Sentences are in order and
// do not overlap.
type Sentence struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Zone  ZoneKind `json:"zone,omitempty"`
}

// A Mention is a named-entity mention.
type Mention struct {
	ID     string `json:"id"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`   // PERSON, ORG, GPE, LOC, NORP, EVENT, FAC, MISC
	Entity string `json:"entity"` // id of the Entity it belongs to, "" if none
}

// An Entity groups the mentions of one real-world thing in a document.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Country  string   `json:"country"` // ISO 3166-1 alpha-3 or ""
	Sector   string   `json:"sector"`  // GOV, MIL, LEG, JUD, IGO, BUS, MED, ... or ""
	Titles   []string `json:"titles"`
	KB       string   `json:"kb"`
	Mentions []string `json:"mentions"`
}

// A Timex is a temporal expression normalised in TIMEX3 terms.
type Timex struct {
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"` // DATE, TIME, DURATION, SET
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

// A Quote is direct, partial, indirect or mixed speech. Start/End cover the
// content only, without quote marks.
type Quote struct {
	ID      string   `json:"id"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Kind    string   `json:"kind"` // direct, partial, indirect, mixed
	Speaker *Speaker `json:"speaker"`
	Cue     *Cue     `json:"cue"`
}

// A Speaker is the words naming who said a quote and the entity they resolve to.
type Speaker struct {
	Entity string `json:"entity"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// A Cue is the verb or phrase that introduces speech ("said").
type Cue struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// A Figure is a stated quantity.
type Figure struct {
	ID    string  `json:"id"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Mod   string  `json:"mod"`
	About string  `json:"about"`
}

// An Event is one real-world act in the PLOVER ontology.
type Event struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	Mode       string    `json:"mode"`
	Context    []string  `json:"context"`
	Actors     []Actor   `json:"actors"`
	Recipients []Actor   `json:"recipients"`
	Date       EventDate `json:"date"`
	Location   Location  `json:"location"`
	Status     string    `json:"status"` // occurred, ongoing, planned, hypothetical, negated
	Figures    []string  `json:"figures"`
	Evidence   Span      `json:"evidence"`
	// Claim is set when the act is reported in a quote's content rather
	// than stated by the article; null when the article states it.
	Claim *Claim `json:"claim"`
}

// A Claim says who reports an event: the quote whose content holds its
// trigger, and that quote's speaker as an actor (null when the speaker is
// not a known entity). A claimed event's Status already carries the
// speaker's attitude (a hedge makes it hypothetical, a denial negated).
type Claim struct {
	Quote   string `json:"quote"`
	Speaker *Actor `json:"speaker"`
}

// An Actor is an entity taking part in an event, with its actor code.
type Actor struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Code   string `json:"code"`
}

// EventDate is when an event happened and how that was decided.
type EventDate struct {
	Value string `json:"value"`
	From  string `json:"from"` // "timex:<id>", "published" or "inferred"
}

// Location is where an event happened.
type Location struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

// A Warning reports something a user should know about a document.
type Warning struct {
	Code    string `json:"code"` // kebab-case: date-conflict, ambiguous-date, ...
	Message string `json:"message"`
}

// Warn appends a warning to the document.
func (d *Document) Warn(code, format string, args ...any) {
	d.Warnings = append(d.Warnings, Warning{Code: code, Message: fmt.Sprintf(format, args...)})
}

// Check verifies the span invariants of every layer: offsets inside Text and
// on rune boundaries, zones and sentences in order without overlap, and
// annotation texts equal to the text they span. It returns the first
// violation found.
func (d *Document) Check() error {
	n := len(d.Text)
	ok := func(layer string, i, s, e int) error {
		if s < 0 || s > e || e > n {
			return fmt.Errorf("%s[%d]: span [%d,%d) outside text of %d bytes", layer, i, s, e, n)
		}
		if (s < n && !utf8.RuneStart(d.Text[s])) || (e < n && !utf8.RuneStart(d.Text[e])) {
			return fmt.Errorf("%s[%d]: span [%d,%d) not on rune boundaries", layer, i, s, e)
		}
		return nil
	}
	text := func(layer string, i, s, e int, t string) error {
		if d.Text[s:e] != t {
			return fmt.Errorf("%s[%d]: text %q differs from span text %q", layer, i, t, d.Text[s:e])
		}
		return nil
	}
	prev := 0
	for i, z := range d.Zones {
		if err := ok("zones", i, z.Start, z.End); err != nil {
			return err
		}
		if z.Start < prev {
			return fmt.Errorf("zones[%d]: starts at %d before the previous end %d", i, z.Start, prev)
		}
		prev = z.End
	}
	prev = 0
	for i, t := range d.Tokens {
		if err := ok("tokens", i, t.Start, t.End); err != nil {
			return err
		}
		if t.Start < prev || t.Start == t.End {
			return fmt.Errorf("tokens[%d]: [%d,%d) empty or before the previous end %d", i, t.Start, t.End, prev)
		}
		prev = t.End
	}
	prev = 0
	for i, s := range d.Sentences {
		if err := ok("sentences", i, s.Start, s.End); err != nil {
			return err
		}
		if s.Start < prev || s.Start == s.End {
			return fmt.Errorf("sentences[%d]: [%d,%d) empty or before the previous end %d", i, s.Start, s.End, prev)
		}
		prev = s.End
	}
	for i, m := range d.Mentions {
		if err := ok("mentions", i, m.Start, m.End); err != nil {
			return err
		}
		if err := text("mentions", i, m.Start, m.End, m.Text); err != nil {
			return err
		}
	}
	for i, t := range d.Timexes {
		if err := ok("timexes", i, t.Start, t.End); err != nil {
			return err
		}
		if err := text("timexes", i, t.Start, t.End, t.Text); err != nil {
			return err
		}
	}
	for i, q := range d.Quotes {
		if err := ok("quotes", i, q.Start, q.End); err != nil {
			return err
		}
		if err := text("quotes", i, q.Start, q.End, q.Text); err != nil {
			return err
		}
		if q.Speaker != nil {
			if err := ok("quotes.speaker", i, q.Speaker.Start, q.Speaker.End); err != nil {
				return err
			}
		}
		if q.Cue != nil {
			if err := ok("quotes.cue", i, q.Cue.Start, q.Cue.End); err != nil {
				return err
			}
		}
	}
	for i, f := range d.Figures {
		if err := ok("figures", i, f.Start, f.End); err != nil {
			return err
		}
		if err := text("figures", i, f.Start, f.End, f.Text); err != nil {
			return err
		}
	}
	for i, e := range d.Events {
		if err := ok("events.evidence", i, e.Evidence.Start, e.Evidence.End); err != nil {
			return err
		}
	}
	return nil
}
