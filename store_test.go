package chronicle

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestEventDay(t *testing.T) {
	tests := []struct {
		date, published, want string
	}{
		{"2025-07-10", "2025-07-11", "2025-07-10"},
		{"2025-07-10T09:30:00Z", "", "2025-07-10"},
		{"2025-07", "2025-07-11", "2025-07-01"},
		{"2025", "", "2025-01-01"},
		{"", "2025-07-11T08:00:00+07:00", "2025-07-11"},
		{"PRESENT_REF", "2025-07-11", "2025-07-11"},
		{"2025-W28", "", "2025-07-07"},
		{"2025-W01", "", "2024-12-30"},
		{"2026-W53", "", "2026-12-28"},
		{"2025-W28-4", "", "2025-07-07"},
		{"2025-W54", "2025-07-11", "2025-01-01"}, // not a week: the year stands
		{"2025-Q3", "", "2025-07-01"},
		{"2025-H2", "", "2025-07-01"},
		{"2025-SU", "", "2025-06-01"},
		{"2025-WI", "", "2025-12-01"},
		{"2025-Q5", "2025-07-11", "2025-01-01"},
		{"2025-13-01", "", "2025-01-01"},
		{"", "", ""},
		{"junk", "also junk", ""},
		{"20250710", "", ""},
	}
	for _, tt := range tests {
		e := Event{Date: EventDate{Value: tt.date}}
		if got := EventDay(&e, tt.published); got != tt.want {
			t.Errorf("EventDay(%q, %q) = %q; want %q", tt.date, tt.published, got, tt.want)
		}
	}
}

func TestPeriodTruncate(t *testing.T) {
	tests := []struct {
		p        Period
		day      string
		want     string
		wantNext string
	}{
		{PeriodDay, "2025-07-11", "2025-07-11", "2025-07-12"},
		{PeriodWeek, "2025-07-11", "2025-07-07", "2025-07-14"}, // Friday
		{PeriodWeek, "2025-07-07", "2025-07-07", "2025-07-14"}, // Monday
		{PeriodWeek, "2025-07-13", "2025-07-07", "2025-07-14"}, // Sunday
		{PeriodWeek, "2025-01-01", "2024-12-30", "2025-01-06"},
		{PeriodMonth, "2025-07-31", "2025-07-01", "2025-08-01"},
		{PeriodMonth, "2024-12-15", "2024-12-01", "2025-01-01"},
	}
	for _, tt := range tests {
		d, _ := time.Parse(time.DateOnly, tt.day)
		got, err := tt.p.Truncate(d)
		if err != nil || got.Format(time.DateOnly) != tt.want {
			t.Errorf("Period(%q).Truncate(%s) = %s, %v; want %s", tt.p, tt.day, got.Format(time.DateOnly), err, tt.want)
		}
		if next := tt.p.Next(got).Format(time.DateOnly); next != tt.wantNext {
			t.Errorf("Period(%q).Next(%s) = %s; want %s", tt.p, tt.want, next, tt.wantNext)
		}
	}
	if _, err := Period("year").Truncate(time.Now()); !errors.Is(err, ErrInvalid) {
		t.Errorf(`Period("year").Truncate() error = %v; want ErrInvalid`, err)
	}
}

func TestBuckets(t *testing.T) {
	counts := []DayCount{
		{"2025-07-11", "", "CONSULT", 2},
		{"2025-07-29", "2025-07-29", "SANCTION", 1},
		{"2025-07-08", "", "SANCTION", 1},
		{"2025-07-01", "2025-07-31", "AGREE", 1},   // a month
		{"2025-07-14", "2025-07-20", "CONSULT", 1}, // a week
		{"2025-06-30", "2025-07-06", "CONSULT", 1}, // a week over two months
		{"2025-01-01", "2025-12-31", "AID", 2},     // a year
		{"bad", "", "AID", 5},
		{"2025-07-02", "bad", "AID", 5},
		{"2025-07-02", "2025-07-01", "AID", 5}, // ends before it starts
	}
	format := func(tl Timeline) string {
		var parts []string
		for _, b := range tl.Buckets {
			parts = append(parts, fmt.Sprintf("%s:%d:%d:%d", b.Start, b.Total, b.ByType["CONSULT"], b.ByType["SANCTION"]))
		}
		for _, w := range tl.Wider {
			parts = append(parts, fmt.Sprintf("%s/%s:%d", w.Start, w.End, w.Total))
		}
		return strings.Join(parts, " ")
	}
	tests := []struct {
		by   Period
		want string
	}{
		{PeriodWeek, "2025-06-30:1:1:0 2025-07-07:3:2:1 2025-07-14:1:1:0 2025-07-21:0:0:0 2025-07-28:1:0:1 2025-01-01/2025-12-31:2 2025-07-01/2025-07-31:1"},
		{PeriodMonth, "2025-07-01:6:3:2 2025-01-01/2025-12-31:2 2025-06-30/2025-07-06:1"},
		{PeriodDay, "2025-07-08:1:0:1 2025-07-09:0:0:0 2025-07-10:0:0:0 2025-07-11:2:2:0 " + dayRun("2025-07-12", 17) + "2025-07-29:1:0:1 2025-01-01/2025-12-31:2 2025-06-30/2025-07-06:1 2025-07-01/2025-07-31:1 2025-07-14/2025-07-20:1"},
	}
	for _, tt := range tests {
		got, err := Buckets(counts, tt.by)
		if err != nil || format(got) != tt.want {
			t.Errorf("Buckets(counts, %s) =\n%s, %v; want\n%s", tt.by, format(got), err, tt.want)
		}
	}
	if got, err := Buckets(nil, PeriodDay); err != nil || got.Buckets == nil || len(got.Buckets) != 0 || got.Wider == nil || len(got.Wider) != 0 {
		t.Errorf("Buckets(nil, day) = %#v, %v; want empty lists", got, err)
	}
	if _, err := Buckets(counts, "hour"); !errors.Is(err, ErrInvalid) {
		t.Errorf("Buckets(counts, hour) error = %v; want ErrInvalid", err)
	}
}

// TestBucketsBounded checks that a timeline stretched over centuries by
// one stray day is refused before its buckets are built, while the same
// days fit in monthly buckets when few enough.
func TestBucketsBounded(t *testing.T) {
	stray := []DayCount{{Day: "1400-02-26", Type: "ACCUSE", Count: 1}, {Day: "2025-07-11", Type: "CONSULT", Count: 2}}
	for _, by := range []Period{PeriodDay, PeriodWeek, PeriodMonth} {
		got, err := Buckets(stray, by)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "1400-02") || len(got.Buckets) != 0 {
			t.Errorf("Buckets(1400 and 2025, %s) = %d buckets, %v; want ErrInvalid naming the range", by, len(got.Buckets), err)
		}
	}
	allocs := testing.AllocsPerRun(5, func() { Buckets(stray, PeriodDay) })
	if allocs > 20 {
		t.Errorf("Buckets(1400 and 2025, day) made %.0f allocations; want the refusal before any bucket", allocs)
	}
	decade := []DayCount{{Day: "2015-02-26", Count: 1}, {Day: "2025-07-11", Count: 1}}
	if got, err := Buckets(decade, PeriodMonth); err != nil || len(got.Buckets) != 126 {
		t.Errorf("Buckets(2015 and 2025, month) = %d buckets, %v; want 126", len(got.Buckets), err)
	}
	if _, err := Buckets(decade, PeriodDay); err != nil {
		t.Errorf("Buckets(2015 and 2025, day) error = %v; want the 3,789 days", err)
	}
}

// dayRun formats n empty day buckets from start, each followed by a space.
func dayRun(start string, n int) string {
	d, _ := time.Parse(time.DateOnly, start)
	var b strings.Builder
	for range n {
		b.WriteString(d.Format(time.DateOnly) + ":0:0:0 ")
		d = d.AddDate(0, 0, 1)
	}
	return b.String()
}

func TestPageLimit(t *testing.T) {
	for _, tt := range []struct{ n, want int }{{-1, DefaultLimit}, {0, DefaultLimit}, {7, 7}, {MaxLimit, MaxLimit}, {MaxLimit + 1, MaxLimit}} {
		if got := PageLimit(tt.n); got != tt.want {
			t.Errorf("PageLimit(%d) = %d; want %d", tt.n, got, tt.want)
		}
	}
}

func TestDocumentID(t *testing.T) {
	if got, want := DocumentID("hello"), "2cf24dba5fb0a30e26e83b2ac5b9e29e"; got != want {
		t.Errorf("DocumentID(%q) = %q; want %q", "hello", got, want)
	}
}

func TestStoreError(t *testing.T) {
	err := error(&StoreError{Op: "sqlite: get", ID: "abc", Err: ErrNotFound})
	if got, want := err.Error(), "sqlite: get abc: chronicle: not found"; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("errors.Is(%v, ErrNotFound) = false", err)
	}
	err = &StoreError{Op: "postgres: events", Err: fmt.Errorf("%w cursor", ErrInvalid)}
	if got, want := err.Error(), "postgres: events: chronicle: invalid cursor"; got != want || !errors.Is(err, ErrInvalid) {
		t.Errorf("Error() = %q; want %q wrapping ErrInvalid", got, want)
	}
}
