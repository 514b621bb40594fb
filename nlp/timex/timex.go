// Package timex finds temporal expressions in English news text and
// normalises them in TimeML TIMEX3 terms: a type (DATE, TIME, DURATION,
// SET), a value (2025-07-10, 2025-07, 2025-W28, 2025-Q3, 2025-SU, 199X,
// 2025-07-11T15:00, P3Y, PT2H, PRESENT_REF, XXXX-WXX-4, ...) and a mod
// (START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER,
// LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE).
//
// Recognition is rule-based, in the manner of HeidelTime: the text is
// split into runs of letters, runs of digits and single symbols, and
// hand-written rules match expressions left to right, longest first.
// Relative expressions are resolved against a reference date (the
// publication date) and the tense of their clause: "met on Thursday" is
// the Thursday before the reference, "will take place in early August"
// the next August. Numeric dates such as 11/7 are read day/month or
// month/day from evidence: impossible readings elsewhere in the text, the
// locale of the document's URL, a weekday named with the date, the tense,
// and nearness to the reference; when nothing decides, month/day is
// assumed and an ambiguous-date warning is given.
//
// Inputs: Document.Text, Meta (URL, Published) and, to infer a missing
// publication date, Document.Entities (people with the titles the text
// gives them, as the entity stage writes them). Outputs: Document.Timexes
// with ids t1, t2, ... in text order, non-overlapping, each a byte span of
// Text on rune boundaries; warnings date-conflict, ambiguous-date,
// published-inferred and published-unknown; and Meta.Published when it was
// empty. A given date is never replaced.
//
// A missing publication date is taken from the URL path (/2025/07/11/,
// source "url"), else inferred by constraint solving (source "inferred");
// a full date the text states is an event's, not the text's, and is never
// taken for it. In the inference the candidates are the days the text
// states without a year in a past clause or a photo caption (both
// readings of a numeric 11/7, a weekday stated with one) in every year
// the roles of the people it names with a title allow ("Secretary of
// State Marco Rubio": from 2025-01-21, the lexicon's people data;
// open-ended roles reach the lexicon's knowledge horizon, 2025-12-31, and
// a date in that year says a later one is not ruled out); the candidate
// holding the most roles and breaking the fewest tense clues wins ("In
// May, … reached": May is not after it; "will take place in early
// August": August is not before it; a caption's day is not after it).
// Only adverbial dates ("in May", "on 11/7") are clues, not dates that
// modify a noun ("the March 1 primaries"). When readings or years stay
// tied, the evidence contradicts itself, or no role or day is stated,
// nothing is inferred and the published-unknown warning says why. The
// entity stage's titles are needed, so the inference works in the
// pipeline, not on bare text. Without any reference date relative values
// keep X placeholders (XXXX-WXX-4 for "Thursday") rather than guessing a
// year.
//
// Spans follow TimeML: "the" of a noun the date modifies ("the Aug. 7
// bombing"), "within" and "earlier"/"later" before a day are left out.
// Business-news anaphora resolves against the quarter last reported ("the
// quarter", "the year-ago period", "the quarter a year ago") and
// "the following year", "the previous Friday" against the date just
// mentioned.
//
// Evaluation: eval.ScoreTimex on TimeBank + AQUAINT (tbaq-cleaned, 1,822
// gold TIMEX3) gives strict span F1 0.893, relaxed span F1 0.948, type F1
// 0.906 and value F1 0.821; the regression gate in eval/timex_test.go
// holds those figures. go-dateparser was tried for absolute dates and
// scored lower (value F1 0.801 when it normalises them), so it is not used.
//
// Closed-class words (months, units, numbers, holidays) are embedded in
// data/words.tsv, loaded once by New; a Tagger is safe for concurrent use.
package timex

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"chronicle"
	lexdata "chronicle/lexicon"
)

// Options configure a Tagger. The zero value works.
type Options struct {
	Logger *slog.Logger // nil: slog.Default()
	// People is the lexicon of people with dated roles, read to infer a
	// publication date from the titles the text names them with. nil: the
	// embedded lexicon (lexicon.Default), loaded the first time a date
	// must be inferred; pass the pipeline's to share it.
	People *lexdata.Lexicon
}

// A Tagger finds and normalises temporal expressions. It holds only
// read-only lexicons and is safe for concurrent use.
type Tagger struct {
	lx      *lexicon
	log     *slog.Logger
	people  func() *lexdata.Lexicon // the people lexicon, loaded once on first use
	scratch sync.Pool               // *[]tok: token arrays reused across documents
}

// New returns a Tagger with the embedded lexicon.
func New(opts Options) *Tagger {
	t, err := NewFS(dataFS, opts)
	if err != nil {
		// the embedded lexicon is tested; should it ever fail, tag nothing
		t = &Tagger{lx: &lexicon{}, log: logger(opts), people: peopleFunc(opts, logger(opts))}
		t.log.Error("timex: embedded lexicon", "err", err)
	}
	return t
}

// peopleFunc returns the people lexicon of opts, or a loader of the
// embedded one that runs once, on first use.
func peopleFunc(opts Options, log *slog.Logger) func() *lexdata.Lexicon {
	if opts.People != nil {
		return func() *lexdata.Lexicon { return opts.People }
	}
	return sync.OnceValue(func() *lexdata.Lexicon {
		lx, err := lexdata.Default()
		if err != nil {
			// the embedded lexicon is tested; without it no role dates a text
			log.Error("timex: people lexicon", "err", err)
			return nil
		}
		return lx
	})
}

// NewFS returns a Tagger whose lexicon is read from fsys (data/words.tsv).
func NewFS(fsys fs.FS, opts Options) (*Tagger, error) {
	lx, err := loadLexicon(fsys)
	if err != nil {
		return nil, err
	}
	log := logger(opts)
	return &Tagger{lx: lx, log: log, people: peopleFunc(opts, log)}, nil
}

func logger(opts Options) *slog.Logger {
	if opts.Logger != nil {
		return opts.Logger
	}
	return slog.Default()
}

// Find returns the temporal expressions of text, resolved against ref
// when refKnown (otherwise relative values keep X placeholders: XXXX-05,
// XXXX-WXX-4). Ids are t1, t2, ... in text order. A text of 2 GiB or more
// has none.
func (t *Tagger) Find(text string, ref time.Time, refKnown bool) []chronicle.Timex {
	if len(text) > maxText {
		return nil // past the offsets tokenize keeps
	}
	xs, _, _ := t.find(text, tokenize(text), ref, refKnown, 0)
	return xs
}

// find is Find over the tokens of text with a locale hint for numeric dates (+1 day/month, -1
// month/day, 0 unknown); it also returns the notes for warnings and how
// each date was stated (kinds[i] for result i).
func (t *Tagger) find(text string, toks []tok, ref time.Time, refKnown bool, order int) ([]chronicle.Timex, []note, []kind) {
	if t.lx == nil || t.lx.month == nil {
		return nil, nil, nil
	}
	p := &parser{lx: t.lx, text: text, toks: toks, known: refKnown}
	if refKnown {
		y, m, d := ref.Date()
		p.ref = date(y, int(m), d)
	}
	p.caps = mostlyUpper(p.toks)
	p.order = order
	if p.order == 0 {
		p.order = numericEvidence(p.toks)
	}
	ms := p.run()
	out := make([]chronicle.Timex, 0, len(ms))
	kinds := make([]kind, 0, len(ms))
	for _, m := range ms {
		kinds = append(kinds, m.kind)
		s, e := int(p.toks[m.i].s), int(p.toks[m.end-1].e)
		out = append(out, chronicle.Timex{
			ID: fmt.Sprintf("t%d", len(out)+1), Start: s, End: e, Text: text[s:e],
			Type: m.typ, Value: m.val, Mod: m.mod,
		})
	}
	return out, p.notes, kinds
}

// mostlyUpper reports whether most letters are in words written all in
// capitals, so that case cannot tell "May" from "may".
func mostlyUpper(toks []tok) bool {
	up, all := 0, 0
	for _, t := range toks {
		if t.kind == 'a' && len(t.w) > 1 {
			all++
			if t.upper() {
				up++
			}
		}
	}
	return all > 0 && up*10 > all*7
}

// numericEvidence looks at every slashed or dotted numeric date: one whose
// first number exceeds 12 shows a day/month text, one whose second does a
// month/day text. It returns +1, -1 or 0 (none, or both).
func numericEvidence(toks []tok) int {
	dm, md := 0, 0
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind != 'd' || toks[i+2].kind != 'd' || toks[i+1].sp() || toks[i+2].sp() {
			continue
		}
		if s := toks[i+1].w; s != "/" && s != "." {
			continue
		}
		if i > 0 && !toks[i].sp() && (toks[i-1].w == "/" || toks[i-1].w == ".") {
			continue
		}
		if len(toks[i].w) > 2 || len(toks[i+2].w) > 2 {
			continue
		}
		// the dotted form needs a year after it: 11.07.2025
		if toks[i+1].w == "." && !(i+4 < len(toks) && toks[i+3].w == "." && toks[i+4].kind == 'd' && !toks[i+4].sp()) {
			continue
		}
		a, b := atoi(toks[i].w), atoi(toks[i+2].w)
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			dm++
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			md++
		}
	}
	switch {
	case dm > 0 && md == 0:
		return 1
	case md > 0 && dm == 0:
		return -1
	}
	return 0
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// Annotate finds the temporal expressions of doc.Text and writes
// doc.Timexes. When doc.Meta.Published.Value is empty it infers the
// publication date from the URL or the text's own dates (with a
// published-inferred warning) and resolves against it; when nothing gives
// a date it resolves nothing relative (X placeholders) and says so. It
// warns ambiguous-date for numeric dates nothing decides and date-conflict
// for dates of one occasion that disagree.
func (t *Tagger) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(doc.Text) > maxText {
		return fmt.Errorf("timex: text of %d bytes is longer than the stage's limit of 2 GiB", len(doc.Text))
	}
	order := localeOrder(doc.Meta.URL)
	buf, _ := t.scratch.Get().(*[]tok)
	if buf == nil {
		buf = new([]tok)
	}
	toks := appendTokens(*buf, doc.Text) // read-only from here on: shared by every pass
	if len(toks) <= maxPooled {
		// A very long document's tokens are left to the collector, so
		// the pool does not keep them alive through later stages.
		*buf = toks
		defer t.scratch.Put(buf)
	}
	ref, known := parsePublished(doc.Meta.Published.Value)
	var pass *findResult // a pass of find already made with ref unknown
	if !known && doc.Meta.Published.Value != "" {
		doc.Warn("published-unknown", "publication date %q is not an ISO 8601 date; relative dates are left unresolved", doc.Meta.Published.Value)
	} else if !known {
		v, src, why, r := t.inferPublished(doc, toks, order)
		if v != "" {
			doc.Meta.Published = chronicle.Published{Value: v, Source: src}
			doc.Warn("published-inferred", "publication date %s inferred from %s", v, why)
			ref, known = parsePublished(v)
		} else {
			pass = r // nothing to resolve against: that pass is the answer
			if doc.Meta.Published.Source == "" {
				doc.Meta.Published.Source = chronicle.DateNone
			}
			doc.Warn("published-unknown", "no publication date and none can be inferred (%s); relative dates are left unresolved", why)
		}
	}
	if pass == nil {
		xs, notes, kinds := t.find(doc.Text, toks, ref, known, order)
		pass = &findResult{xs, notes, kinds}
	}
	xs, notes, kinds := pass.xs, pass.notes, pass.kinds
	doc.Timexes = xs
	seen := map[string]bool{}
	for _, n := range notes {
		if !seen[n.code+n.msg] {
			seen[n.code+n.msg] = true
			doc.Warn(n.code, "%s", n.msg)
		}
	}
	for _, c := range conflicts(toks, xs, kinds) {
		if !seen["date-conflict"+c] {
			seen["date-conflict"+c] = true
			doc.Warn("date-conflict", "%s", c)
		}
	}
	t.log.Debug("timex", "doc", doc.ID, "timexes", len(xs), "ref", doc.Meta.Published.Value)
	return nil
}

// maxPooled is the most tokens of a document whose array is kept for the
// next (news articles have a few hundred to a few thousand).
const maxPooled = 1 << 15

// parsePublished reads the date part of an ISO 8601 date or datetime.
func parsePublished(v string) (time.Time, bool) {
	if len(v) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// localeOrder guesses the numeric date order from a URL's country domain:
// +1 (day/month) for most countries, -1 for .us, 0 when unknown.
func localeOrder(rawURL string) int {
	host := rawURL
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/:?#"); i >= 0 {
		host = host[:i]
	}
	i := strings.LastIndexByte(host, '.')
	if i < 0 {
		return 0
	}
	switch tld := strings.ToLower(host[i+1:]); tld {
	case "us":
		return -1
	case "com", "org", "net", "info", "io", "news", "tv", "co", "biz", "ph", "fm":
		return 0
	default:
		if len(tld) == 2 {
			return 1
		}
	}
	return 0
}

var urlDate = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

// findResult is what find returns.
type findResult struct {
	xs    []chronicle.Timex
	notes []note
	kinds []kind
}

// inferPublished infers a publication date: from the URL path, else by
// inferDate from the roles and dates the text states.
// It returns "" and the reason when nothing gives one, with the result
// of find over the text with no reference, when it made that pass.
func (t *Tagger) inferPublished(doc *chronicle.Document, toks []tok, order int) (string, chronicle.DateSource, string, *findResult) {
	if m := urlDate.FindStringSubmatch(doc.Meta.URL); m != nil {
		v := m[1] + "-" + m[2] + "-" + m[3]
		if _, ok := parsePublished(v); ok {
			return v, chronicle.DateURL, "the URL", nil
		}
	}
	// A full date the text states is no publication date: news texts
	// state the dates of past and coming events, rarely their own (on
	// TimeBank and AQUAINT the latest such date missed the document's date
	// by more than a week in 19 of the 20 texts it was tried on).
	xs, notes, kinds := t.find(doc.Text, toks, time.Time{}, false, order)
	pass := &findResult{xs, notes, kinds}
	var people *lexdata.Lexicon
	if t.people != nil {
		people = t.people()
	}
	horizon := ""
	if people != nil {
		horizon = people.Horizon()
	}
	inf := inferDate(t.clues(doc, toks, xs, order), statedRoles(people, doc), horizon)
	if inf.value == "" {
		return "", "", inf.why, pass
	}
	return inf.value, SourceInferred, inf.why, nil
}

// conflicts reports day dates that the text gives for one occasion and
// that disagree: a weekday or "yesterday" resolved against the reference
// and an explicit calendar date, at most a week apart, each following the
// same event noun ("the meeting ... on Thursday", "their meeting ... on
// 11/7"). Dates of different occasions rarely share their noun and lie
// within a week of each other.
func conflicts(toks []tok, xs []chronicle.Timex, kinds []kind) []string {
	type dated struct {
		x    chronicle.Timex
		k    kind
		noun string
		t    time.Time
	}
	var ds []dated
	for i, x := range xs {
		if x.Type != "DATE" || !isDayValue(x.Value) || i >= len(kinds) || kinds[i] == kindOther {
			continue
		}
		tm, err := time.Parse("2006-01-02", x.Value)
		if err != nil {
			continue
		}
		at := sort.Search(len(toks), func(k int) bool { return int(toks[k].s) >= x.Start })
		n := eventNoun(toks, at)
		if n == "" {
			continue
		}
		ds = append(ds, dated{x, kinds[i], n, tm})
	}
	var out []string
	for a := 0; a < len(ds); a++ {
		for b := a + 1; b < len(ds) && b <= a+50; b++ { // bounded: dates of one occasion are near each other
			x, y := ds[a], ds[b]
			if x.noun != y.noun || x.x.Value == y.x.Value || x.k == y.k {
				continue
			}
			d := x.t.Sub(y.t).Hours() / 24
			if d < -7 || d > 7 {
				continue
			}
			out = append(out, fmt.Sprintf("the %s is dated %q (%s) and %q (%s)", x.noun, x.x.Text, x.x.Value, y.x.Text, y.x.Value))
		}
	}
	return out
}

// eventNoun returns the event noun the date at toks[i] attaches to: the
// nearest of a small set of occasion nouns before it in its sentence,
// within twelve tokens.
func eventNoun(toks []tok, i int) string {
	if i >= len(toks) {
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-12 && toks[k].sent == toks[i].sent; k-- {
		switch w := toks[k].w; w {
		case "meeting", "meetings", "talks", "summit", "visit", "conference", "election", "vote",
			"attack", "ceremony", "speech", "call", "interview", "announcement", "session",
			"trip", "rally", "protest", "strike", "hearing", "trial", "match", "game", "launch",
			"signing", "talk", "debate", "raid", "explosion", "crash", "earthquake", "funeral":
			return strings.TrimSuffix(w, "s")
		}
	}
	return ""
}
