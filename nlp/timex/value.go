package timex

import (
	"fmt"
	"time"
)

// Value formatting and calendar arithmetic. All dates are civil dates in
// UTC; a zero reference with known=false yields X placeholders.

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a calendar date (y > 0).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := date(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

// isoWeekday returns 1 (Monday) .. 7 (Sunday).
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// quarterOf returns the quarter 1..4 of month m.
func quarterOf(m int) int { return (m-1)/3 + 1 }

// shift returns the value of the unit containing ref moved by n units:
// shift(2025-07-11, "M", -1) = "2025-06".
func shift(ref time.Time, unit string, n int) string {
	y, m, _ := ref.Date()
	switch unit {
	case "D":
		return fmtDay(ref.AddDate(0, 0, n))
	case "W", "FN":
		return fmtWeek(ref.AddDate(0, 0, 7*n))
	case "WE":
		return fmtWeek(ref.AddDate(0, 0, 7*n)) + "-WE"
	case "M":
		t := date(y, int(m), 1).AddDate(0, n, 0)
		return fmtMonth(t.Year(), int(t.Month()))
	case "Q":
		q := y*4 + quarterOf(int(m)) - 1 + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case "H":
		h := y*2 + (int(m)-1)/6 + n
		return fmt.Sprintf("%04d-H%d", h/2, h%2+1)
	case "Y":
		return fmtYear(y + n)
	case "DE":
		return fmt.Sprintf("%03d", y/10+n)
	case "CE":
		return fmt.Sprintf("%02d", y/100+n)
	case "ML":
		return fmt.Sprintf("%d", y/1000+n)
	}
	return ""
}

// unknownShift is the value of shift when the reference is unknown.
func unknownShift(unit string) string {
	switch unit {
	case "D":
		return "XXXX-XX-XX"
	case "W", "FN":
		return "XXXX-WXX"
	case "WE":
		return "XXXX-WXX-WE"
	case "M":
		return "XXXX-XX"
	case "Q":
		return "XXXX-QX"
	case "H":
		return "XXXX-HX"
	case "Y":
		return "XXXX"
	case "DE":
		return "XXX"
	case "CE":
		return "XX"
	}
	return "XXXX"
}

// durUnit maps a unit to its TIMEX3 duration designator and whether it
// takes the T (time) prefix.
func durUnit(unit string) (string, bool) {
	switch unit {
	case "S":
		return "S", true
	case "MIN":
		return "M", true
	case "H":
		return "H", true
	case "D", "NIGHT":
		return "D", false
	case "W":
		return "W", false
	case "FN":
		return "W", false
	case "WE":
		return "WE", false
	case "M":
		return "M", false
	case "Q":
		return "Q", false
	case "Y":
		return "Y", false
	case "DE":
		return "DE", false
	case "CE":
		return "CE", false
	case "ML":
		return "ML", false
	}
	return "", false
}

// duration formats n units as a TIMEX3 duration; a fractional n is
// expressed in the next smaller unit ("2 1/2 years" = P2Y6M).
func duration(n float64, unknown bool, unit string) string {
	d, t := durUnit(unit)
	prefix := "P"
	if t {
		prefix = "PT"
	}
	if unknown {
		if unit == "DE" || unit == "CE" || unit == "ML" {
			return "PXY" // "decades": years, as a known number of decades is
		}
		return prefix + "X" + d
	}
	switch unit {
	case "FN":
		n *= 2
	case "DE":
		n, d = n*10, "Y"
	case "CE":
		n, d = n*100, "Y"
	case "ML":
		n, d = n*1000, "Y"
	}
	whole := int(n)
	frac := n - float64(whole)
	if frac == 0 {
		return fmt.Sprintf("%s%d%s", prefix, whole, d)
	}
	type sub struct {
		per    float64
		d      string
		toTime bool
	}
	var s sub
	switch d {
	case "Y":
		s = sub{12, "M", false}
	case "M":
		if t {
			s = sub{60, "S", true}
		} else {
			s = sub{30, "D", false}
		}
	case "W":
		s = sub{7, "D", false}
	case "D":
		s = sub{24, "H", true}
	case "H":
		s = sub{60, "M", true}
	default:
		return fmt.Sprintf("%s%g%s", prefix, n, d)
	}
	part := int(frac*s.per + 0.5)
	if whole == 0 {
		if s.toTime && !t {
			return fmt.Sprintf("PT%d%s", part, s.d)
		}
		return fmt.Sprintf("%s%d%s", prefix, part, s.d)
	}
	if s.toTime && !t {
		return fmt.Sprintf("P%d%sT%d%s", whole, d, part, s.d)
	}
	return fmt.Sprintf("%s%d%s%d%s", prefix, whole, d, part, s.d)
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// nthWeekday returns the n-th (n > 0) or last (n = -1) weekday wd of a month.
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		t := date(y, m+1, 1).AddDate(0, 0, -1)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := date(y, m, 1)
	for isoWeekday(t) != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}
