package chronicle

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Errors a Store returns, wrapped in a *StoreError; test them with errors.Is.
var (
	ErrNotFound = errors.New("chronicle: not found")
	ErrInvalid  = errors.New("chronicle: invalid")
)

// A StoreError records a failed store operation: Op names the backend and
// the operation ("sqlite: get"), ID the document it concerned if any.
type StoreError struct {
	Op  string
	ID  string
	Err error
}

func (e *StoreError) Error() string {
	if e.ID != "" {
		return e.Op + " " + e.ID + ": " + e.Err.Error()
	}
	return e.Op + ": " + e.Err.Error()
}

func (e *StoreError) Unwrap() error { return e.Err }

// A Store keeps Documents and answers queries over all of them. Documents
// are stored whole (as their JSON) and flattened into tables for queries:
// articles, sources, entities, quotes, figures, events and their actors.
//
// Every list query pages: a page holds at most Limit items (0 means
// DefaultLimit; more than MaxLimit means MaxLimit) and carries a Next cursor
// whenever more items exist. Nothing is ever dropped silently: following
// Next until it is "" visits every match once. Cursors are opaque strings
// valid for the same query on the same backend; a malformed cursor is
// ErrInvalid.
//
// Implementations are safe for concurrent use.
type Store interface {
	// PutDocument stores doc, found at src, and returns its ID. Storing is
	// idempotent on the content hash: doc.ID is the hash of the cleaned
	// text (when empty, DocumentID(doc.Text) is stored and set in doc), and
	// putting a Document whose ID is stored again returns created == false,
	// adds src to its sources if new, and replaces its layers if they
	// changed. The same URL with different text is a different document;
	// the same ID with different text is ErrInvalid. doc must pass Check.
	PutDocument(ctx context.Context, doc *Document, src ArticleSource) (id string, created bool, err error)

	// GetDocument returns the stored Document with the given ID, or an
	// error wrapping ErrNotFound.
	GetDocument(ctx context.Context, id string) (*Document, error)

	// Sources returns where the document with the given ID was found, in
	// the order they were added, or an error wrapping ErrNotFound.
	Sources(ctx context.Context, id string) ([]ArticleSource, error)

	// Search returns articles whose title or text contain every word of
	// q.Text (stemmed, case-insensitive), best match first; with an empty
	// Text it lists every article, newest first.
	Search(ctx context.Context, q SearchQuery) (ArticlePage, error)

	// Events returns the events matching f in order of date, then document,
	// then position in the document: every report of an event, each with
	// the merged event it belongs to.
	Events(ctx context.Context, f EventFilter) (EventPage, error)

	// MergedEvents returns the real-world events some report of which
	// matches f, each once with every report of it (see package dedup for
	// the merging rules), in order of their day, then ID. Limit counts
	// merged events.
	MergedEvents(ctx context.Context, f EventFilter) (MergedEventPage, error)

	// Quotes returns the quotes matching f in order of publication date,
	// then document, then position.
	Quotes(ctx context.Context, f QuoteFilter) (QuotePage, error)

	// Entities returns the entities matching f grouped by name, type and
	// country across documents, the most widely reported first.
	Entities(ctx context.Context, f EntityFilter) (EntityPage, error)

	// Timeline counts the merged events between two actors, in either
	// direction (an actor code starting with actorA and a recipient code
	// starting with actorB, or the reverse) or together (two actors, one
	// code starting with each), in buckets of one period. A merged event
	// counts once, on its own day, however many documents report it.
	// Buckets run from the first event's to the last event's, empty ones
	// included; undated events are left out, and events dated only to a
	// period that does not fit in one bucket (a month in a weekly
	// timeline, a year in a monthly one) are counted apart, in
	// Timeline.Wider. An empty actor matches any code. Only events whose
	// days overlap [q.Since, q.Until] count. A timeline of more than
	// MaxTimelineBuckets buckets is refused with ErrInvalid before it is
	// built.
	Timeline(ctx context.Context, q TimelineQuery) (Timeline, error)

	// Close releases the store's resources.
	Close() error
}

// DocumentID returns the content hash that identifies a document with the
// given text: the hex of the first 16 bytes of its SHA-256.
func DocumentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Page sizes of Store queries.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// PageLimit returns the page size a Store uses for a requested limit.
func PageLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// ArticleSource says where a stored document was found.
type ArticleSource struct {
	URL     string    `json:"url"`     // canonical URL, "" if none
	Path    string    `json:"path"`    // file path or input name, "" if none
	Fetched time.Time `json:"fetched"` // when it was read; zero if unknown
}

// SearchQuery selects articles by their words and the entities they hold.
type SearchQuery struct {
	Text string // words that must all occur; "" lists every article
	// Entity, when its Name is set, keeps the articles holding an entity
	// of exactly that name, and of that type and country when those are
	// set: the documents an entity page lists, however they name it.
	Entity EntityKey
	Cursor string
	Limit  int
}

// An EntityKey names an entity across documents, as EntityHit groups
// them: its name, type and country ("" type or country: any).
type EntityKey struct {
	Name, Type, Country string
}

// An ArticleHit is one stored article in a list or search result.
type ArticleHit struct {
	ID        string `json:"id"`
	Group     string `json:"group"` // its near-duplicate group: the ID of the group's first document
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"` // Meta.Published.Value
	Snippet   string `json:"snippet"`   // text around the matched words, "" when listing
	Events    int    `json:"events"`
	Quotes    int    `json:"quotes"`
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Articles []ArticleHit `json:"articles"`
	Next     string       `json:"next"` // cursor of the next page, "" on the last
}

// EventFilter selects events. Zero fields match everything. Codes match by
// prefix ("USA" matches "USAGOV"); an event matches when any of its actors
// (recipients) matches. Since and Until are inclusive: their calendar days
// (in their own locations) are compared with the event's Day; setting either
// excludes undated events.
type EventFilter struct {
	Actor     string // actor code prefix
	Recipient string // recipient code prefix
	Type      string // PLOVER event type, exact (SANCTION)
	Since     time.Time
	Until     time.Time
	Place     string // location country code, or words of its name (case-insensitive)
	Document  string // only events of this document
	// Newest lists the latest days first, undated events last; by default
	// the earliest come first, after the undated ones. A cursor belongs to
	// the order it was made in.
	Newest bool
	Cursor string
	Limit  int
}

// An EventHit is a stored event with the document it came from.
type EventHit struct {
	Document  string `json:"document"`
	Group     string `json:"group"`  // the document's near-duplicate group
	Merged    string `json:"merged"` // ID of the merged event it reports
	Title     string `json:"title"`
	Published string `json:"published"`
	Day       string `json:"day"` // EventDay of the event, "" if undated
	Event     Event  `json:"event"`
	Evidence  string `json:"evidence"` // the text of Event.Evidence
}

// EventPage is one page of events.
type EventPage struct {
	Events []EventHit `json:"events"`
	Next   string     `json:"next"`
}

// A MergedEvent is one real-world event reported by one or more
// documents: its fields are those of its first report (the one its ID
// names), completed from the others, and Mentions lists every report.
type MergedEvent struct {
	ID         string     `json:"id"`  // "document/index" of its first report
	Day        string     `json:"day"` // EventDay of its first report, "" if undated
	Type       string     `json:"type"`
	Mode       string     `json:"mode"`
	Context    []string   `json:"context"`
	Status     string     `json:"status"`
	Actors     []Actor    `json:"actors"`     // every report's actors, once per code (name when no code)
	Recipients []Actor    `json:"recipients"` // likewise
	Date       EventDate  `json:"date"`
	Location   Location   `json:"location"` // the first report's that has one
	Sources    int        `json:"sources"`  // documents reporting it
	Groups     int        `json:"groups"`   // near-duplicate groups among them: independent reports
	Mentions   []EventHit `json:"mentions"` // every report, in order of day, document, position
}

// MergedEventPage is one page of merged events.
type MergedEventPage struct {
	Events []MergedEvent `json:"events"`
	Next   string        `json:"next"`
}

// QuoteFilter selects quotes. Zero fields match everything.
type QuoteFilter struct {
	Speaker  string // words of the speaker's entity name or speaker text (case-insensitive)
	Text     string // words that must all occur in the quote (stemmed)
	Document string // only quotes of this document
	Cursor   string
	Limit    int
}

// A QuoteHit is a stored quote with its speaker resolved to a name.
type QuoteHit struct {
	Document  string `json:"document"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Speaker   string `json:"speaker"` // the speaker entity's name, else the speaker text, else ""
	Quote     Quote  `json:"quote"`
}

// QuotePage is one page of quotes.
type QuotePage struct {
	Quotes []QuoteHit `json:"quotes"`
	Next   string     `json:"next"`
}

// EntityFilter selects entities. Zero fields match everything.
type EntityFilter struct {
	Name    string // words of the name (case-insensitive substring)
	Type    string // PERSON, ORG, GPE, ... exact
	Country string // ISO 3166-1 alpha-3, exact
	Cursor  string
	Limit   int
}

// An EntityHit is an entity grouped across documents by name, type and
// country.
type EntityHit struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Country   string `json:"country"`
	Sector    string `json:"sector"`    // the greatest sector seen, "" if none
	Documents int    `json:"documents"` // documents it appears in
	Mentions  int    `json:"mentions"`  // mentions across them

	Aliases []EntityAlias `json:"aliases"` // the texts of its mentions across documents, most frequent first
	Titles  []EntityTitle `json:"titles"`  // the titles documents give it, in order of first sighting
}

// An EntityAlias is one way documents name an entity.
type EntityAlias struct {
	Text  string `json:"text"`
	Count int    `json:"count"` // mentions with this text
}

// An EntityTitle is a title ("Secretary of State") given to an entity,
// with the first and last days (the publication days of the documents)
// it was seen; days are "" when no such document is dated.
type EntityTitle struct {
	Title     string `json:"title"`
	First     string `json:"first"`
	Last      string `json:"last"`
	Documents int    `json:"documents"` // documents giving it
}

// EntityPage is one page of entities.
type EntityPage struct {
	Entities []EntityHit `json:"entities"`
	Next     string      `json:"next"`
}

// A TimelineQuery selects the events a timeline counts and the width of
// its buckets.
type TimelineQuery struct {
	ActorA, ActorB string // actor code prefixes; "" matches any code
	By             Period
	// Since and Until (YYYY-MM-DD; "" leaves that end open) keep the
	// events whose first to last day overlaps them.
	Since, Until string
}

// Check reports an invalid period or date of q as ErrInvalid.
func (q TimelineQuery) Check() error {
	if _, err := q.By.Truncate(time.Time{}); err != nil {
		return err
	}
	for _, d := range [...]struct{ name, v string }{{"since", q.Since}, {"until", q.Until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return fmt.Errorf("%w %s %q (want YYYY-MM-DD)", ErrInvalid, d.name, d.v)
		}
	}
	if q.Since != "" && q.Until != "" && q.Until < q.Since {
		return fmt.Errorf("%w range: until %s is before since %s", ErrInvalid, q.Until, q.Since)
	}
	return nil
}

// MaxTimelineBuckets bounds the buckets of one timeline (about 13 years
// of days): a stray date centuries away would otherwise make a daily
// timeline of hundreds of thousands of empty buckets, megabytes per
// request.
const MaxTimelineBuckets = 5000

// A Period is the width of a timeline bucket.
type Period string

// The periods of a timeline. Weeks start on Monday.
const (
	PeriodDay   Period = "day"
	PeriodWeek  Period = "week"
	PeriodMonth Period = "month"
)

// Truncate returns the start of the period holding t (a UTC midnight).
func (p Period) Truncate(t time.Time) (time.Time, error) {
	y, m, d := t.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch p {
	case PeriodDay:
		return day, nil
	case PeriodWeek:
		return day.AddDate(0, 0, -(int(day.Weekday())+6)%7), nil
	case PeriodMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("%w period %q (want day, week or month)", ErrInvalid, string(p))
}

// Next returns the start of the period after the one starting at t.
func (p Period) Next(t time.Time) time.Time {
	switch p {
	case PeriodWeek:
		return t.AddDate(0, 0, 7)
	case PeriodMonth:
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// A Timeline counts events per period.
type Timeline struct {
	Buckets []TimelineBucket `json:"buckets"`
	// Wider counts the events whose date spans more than one bucket (an
	// event dated "2025" in a monthly timeline): they are in no bucket,
	// since which one they belong to is not known.
	Wider []TimelineSpan `json:"wider"`
}

// A TimelineBucket counts the events of one period.
type TimelineBucket struct {
	Start  string         `json:"start"` // first day of the period, YYYY-MM-DD
	Total  int            `json:"total"`
	ByType map[string]int `json:"by_type"` // event type → count; empty types omitted
}

// A TimelineSpan counts the events dated to one period longer than a
// timeline's buckets.
type TimelineSpan struct {
	Start  string         `json:"start"` // first day, YYYY-MM-DD
	End    string         `json:"end"`   // last day, YYYY-MM-DD
	Total  int            `json:"total"`
	ByType map[string]int `json:"by_type"`
}

// A DayCount is the number of events of one type dated to one day or
// span of days, the input of Buckets.
type DayCount struct {
	Day   string // YYYY-MM-DD, the first day
	End   string // YYYY-MM-DD, the last day; "" is Day
	Type  string
	Count int
}

// Buckets sums day counts into consecutive periods from the first day's
// to the last day's, empty periods included. Counts whose days lie in two
// or more periods go to Wider instead, one span per distinct date, in
// order of start and end. Counts whose Day or End does not parse are left
// out. More than MaxTimelineBuckets periods from the first day's to the
// last day's is an ErrInvalid error naming the range, returned before any
// bucket is built.
func Buckets(counts []DayCount, by Period) (Timeline, error) {
	if _, err := by.Truncate(time.Time{}); err != nil {
		return Timeline{}, err
	}
	sums := map[time.Time]*TimelineBucket{}
	wider := map[[2]string]*TimelineSpan{}
	var first, last time.Time
	for _, c := range counts {
		d, err := time.Parse(time.DateOnly, c.Day)
		if err != nil {
			continue
		}
		start, _ := by.Truncate(d)
		if c.End != "" && c.End != c.Day {
			e, err := time.Parse(time.DateOnly, c.End)
			if err != nil || e.Before(d) {
				continue
			}
			if end, _ := by.Truncate(e); !end.Equal(start) {
				k := [2]string{c.Day, c.End}
				w := wider[k]
				if w == nil {
					w = &TimelineSpan{Start: c.Day, End: c.End, ByType: map[string]int{}}
					wider[k] = w
				}
				w.Total += c.Count
				w.ByType[c.Type] += c.Count
				continue
			}
		}
		b := sums[start]
		if b == nil {
			b = &TimelineBucket{Start: start.Format(time.DateOnly), ByType: map[string]int{}}
			sums[start] = b
		}
		b.Total += c.Count
		b.ByType[c.Type] += c.Count
		if first.IsZero() || start.Before(first) {
			first = start
		}
		if start.After(last) {
			last = start
		}
	}
	out := Timeline{Buckets: []TimelineBucket{}, Wider: []TimelineSpan{}}
	for _, w := range wider {
		out.Wider = append(out.Wider, *w)
	}
	slices.SortFunc(out.Wider, func(a, b TimelineSpan) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	if len(sums) == 0 {
		return out, nil
	}
	n := 0
	for t := first; !t.After(last); t = by.Next(t) {
		if n++; n > MaxTimelineBuckets {
			return Timeline{}, fmt.Errorf("%w timeline: more than %d %s buckets from %s to %s; narrow it with since and until, or count by a longer period",
				ErrInvalid, MaxTimelineBuckets, by, first.Format(time.DateOnly), last.Format(time.DateOnly))
		}
	}
	out.Buckets = make([]TimelineBucket, 0, n)
	for t := first; !t.After(last); t = by.Next(t) {
		if b := sums[t]; b != nil {
			out.Buckets = append(out.Buckets, *b)
		} else {
			out.Buckets = append(out.Buckets, TimelineBucket{Start: t.Format(time.DateOnly), ByType: map[string]int{}})
		}
	}
	return out, nil
}

// EventDay returns the calendar day (YYYY-MM-DD) an event is filed under:
// its date when that names a day, month (its first day) or year (1
// January), else the publication date, else "".
func EventDay(e *Event, published string) string {
	if d := day(e.Date.Value); d != "" {
		return d
	}
	return day(published)
}

// day reads the first day of a TIMEX3 date value: YYYY-MM-DD, YYYY-MM,
// YYYY, an ISO week YYYY-Www (its Monday), a quarter YYYY-Qn, a half
// YYYY-Hn or a season YYYY-SP|SU|FA|WI (meteorological: March, June,
// September, December).
func day(v string) string {
	if d := periodStart(v); d != "" {
		return d
	}
	for _, n := range []int{10, 7, 4} {
		if len(v) < n || (len(v) > n && v[n] != 'T' && v[n] != ' ' && v[n] != '-') {
			continue
		}
		var layout, suffix string
		switch n {
		case 10:
			layout = time.DateOnly
		case 7:
			layout, suffix = "2006-01", "-01"
		case 4:
			layout, suffix = "2006", "-01-01"
		}
		if _, err := time.Parse(layout, v[:n]); err == nil {
			return v[:n] + suffix
		}
	}
	return ""
}

// periodStart returns the first day of a week, quarter, half or season
// value, or "" if v is none of them.
func periodStart(v string) string {
	if len(v) < 7 || v[4] != '-' {
		return ""
	}
	year, err := strconv.Atoi(v[:4])
	if err != nil {
		return ""
	}
	rest := v[5:]
	month := 0
	switch {
	case rest[0] == 'W' && rest != "WI":
		w := rest[1:]
		if i := strings.IndexByte(w, '-'); i >= 0 {
			w = w[:i] // YYYY-Www-D: the week's Monday is close enough for a day bucket
		}
		n, err := strconv.Atoi(w)
		if err != nil || n < 1 || n > 53 {
			return ""
		}
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
		return monday.Format(time.DateOnly)
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		month = 3*int(rest[1]-'1') + 1
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		month = 6*int(rest[1]-'1') + 1
	case rest == "SP":
		month = 3
	case rest == "SU":
		month = 6
	case rest == "FA":
		month = 9
	case rest == "WI":
		month = 12
	default:
		return ""
	}
	return time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}
