package dedup

import (
	"strings"
	"time"

	"chronicle"
)

// DateWindow is the most days between the dates of two reports of one
// event.
const DateWindow = 3

// maxFine is the widest interval (days) that is not coarse: a month.
const maxFine = 31

// An Interval is the span of days an event date names, Lo and Hi
// inclusive (YYYY-MM-DD). A Coarse interval (wider than a month: a
// quarter, a half, a season, a year) keeps its TIMEX3 Value and matches
// only the same value.
type Interval struct {
	Lo, Hi string
	Coarse bool
	Value  string
}

// EventSpan returns the interval of e's date: a day, an ISO week, a month,
// or a coarse value (quarter, half, season, year). Without a date of its
// own the event is placed on published's day. ok is false when there is
// no day at all.
func EventSpan(e *chronicle.Event, published string) (iv Interval, ok bool) {
	start := chronicle.EventDay(e, published)
	if start == "" {
		return Interval{}, false
	}
	lo, err := time.Parse(time.DateOnly, start)
	if err != nil {
		return Interval{}, false
	}
	v := e.Date.Value
	hi := lo
	switch {
	case v == "" || chronicle.EventDay(&chronicle.Event{Date: e.Date}, "") == "":
		// Filed under the publication day.
	case len(v) >= 10 && v[4] == '-' && v[7] == '-' && isDigits(v[5:7]):
		// A day (or a time on it).
	case len(v) >= 8 && v[5] == 'W':
		if len(v) == 8 {
			hi = lo.AddDate(0, 0, 6)
		}
	case len(v) == 7 && isDigits(v[5:7]):
		hi = lo.AddDate(0, 1, -1)
	default:
		months := 0
		switch {
		case len(v) == 4:
			months = 12
		case len(v) == 7 && (v[5] == 'Q' || v[5:] == "SP" || v[5:] == "SU" || v[5:] == "FA" || v[5:] == "WI"):
			months = 3
		case len(v) == 7 && v[5] == 'H':
			months = 6
		}
		if months > 0 {
			hi = lo.AddDate(0, months, -1)
		}
		return Interval{Lo: start, Hi: hi.Format(time.DateOnly), Coarse: true, Value: v}, true
	}
	return Interval{Lo: start, Hi: hi.Format(time.DateOnly)}, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// CandidateRange returns the least and greatest Lo of an interval that
// can match iv, for an index range scan: iv's own Lo when coarse, else
// the fine intervals within DateWindow days.
func (iv Interval) CandidateRange() (lo, hi string) {
	if iv.Coarse {
		return iv.Lo, iv.Lo
	}
	l, _ := time.Parse(time.DateOnly, iv.Lo)
	h, _ := time.Parse(time.DateOnly, iv.Hi)
	return l.AddDate(0, 0, -DateWindow-maxFine).Format(time.DateOnly), h.AddDate(0, 0, DateWindow).Format(time.DateOnly)
}

// near says whether two intervals are within DateWindow days.
func near(a, b Interval) bool {
	if a.Coarse || b.Coarse {
		return a.Coarse && b.Coarse && a.Value == b.Value
	}
	alo, _ := time.Parse(time.DateOnly, a.Lo)
	ahi, _ := time.Parse(time.DateOnly, a.Hi)
	blo, _ := time.Parse(time.DateOnly, b.Lo)
	bhi, _ := time.Parse(time.DateOnly, b.Hi)
	w := DateWindow * 24 * time.Hour
	return !alo.After(bhi.Add(w)) && !blo.After(ahi.Add(w))
}

// StatusClass returns the class of an event status SameEvent compares:
// "real" (occurred, ongoing, or none), "future" (planned, hypothetical)
// or "negated".
func StatusClass(status string) string {
	switch status {
	case "planned", "hypothetical":
		return "future"
	case "negated":
		return "negated"
	}
	return "real"
}

// ActorKey returns the lookup key of an actor: the first three letters of
// its code (its country or organisation), or "~" and its lower-case name
// when it has no code, or "" when it has neither.
func ActorKey(a chronicle.Actor) string {
	if a.Code != "" {
		if len(a.Code) > 3 {
			return a.Code[:3]
		}
		return a.Code
	}
	if n := strings.ToLower(strings.TrimSpace(a.Name)); n != "" {
		return "~" + n
	}
	return ""
}

// ActorKeys returns the distinct lookup keys of e's actors: any event
// SameEvent matches with e shares one of them.
func ActorKeys(e *chronicle.Event) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range e.Actors {
		if k := ActorKey(a); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// sameActor says whether two actors name the same participant: codes one
// of which is a prefix of the other, or, when neither has a code, equal
// names. An actor with a code never matches one without (ActorKey could
// not find it).
func sameActor(a, b chronicle.Actor) bool {
	if a.Code != "" || b.Code != "" {
		return a.Code != "" && b.Code != "" && (strings.HasPrefix(a.Code, b.Code) || strings.HasPrefix(b.Code, a.Code))
	}
	an, bn := strings.TrimSpace(a.Name), strings.TrimSpace(b.Name)
	return an != "" && strings.EqualFold(an, bn)
}

func overlap(as, bs []chronicle.Actor) bool {
	for _, a := range as {
		for _, b := range bs {
			if sameActor(a, b) {
				return true
			}
		}
	}
	return false
}

// samePlace says whether two locations can be the same place.
func samePlace(a, b chronicle.Location) bool {
	if a.Country != "" && b.Country != "" {
		return a.Country == b.Country
	}
	if a.Name != "" && b.Name != "" {
		return strings.EqualFold(a.Name, b.Name)
	}
	return true
}

// SameEvent says whether events a and b, with the intervals of their dates
// (EventSpan), report one real-world event; see the package comment.
func SameEvent(a *chronicle.Event, ia Interval, b *chronicle.Event, ib Interval) bool {
	if a.Type != b.Type || (a.Mode != "" && b.Mode != "" && a.Mode != b.Mode) ||
		StatusClass(a.Status) != StatusClass(b.Status) {
		return false
	}
	if !overlap(a.Actors, b.Actors) {
		return false
	}
	if len(a.Recipients) > 0 && len(b.Recipients) > 0 && !overlap(a.Recipients, b.Recipients) {
		return false
	}
	return samePlace(a.Location, b.Location) && near(ia, ib)
}
