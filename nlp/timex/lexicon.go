package timex

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

//go:embed data/words.tsv
var dataFS embed.FS

// lexicon holds the closed-class temporal words, read once from
// data/words.tsv and shared read-only.
type lexicon struct {
	month   map[string]int    // "january" -> 1; abbreviations in monthAbbr
	abbr    map[string]int    // "jan" -> 1
	weekday map[string]int    // "monday" -> 1 (ISO)
	num     map[string]int    // "twenty" -> 20
	ord     map[string]int    // "third" -> 3
	unit    map[string]string // "years" -> "Y"
	season  map[string]string // "summer" -> "SU"
	part    map[string]string // "morning" -> "MO"
	set     map[string]string // "daily" -> "P1D"
	ref     map[string]string // "now" -> "PRESENT_REF"
	dayrel  map[string]int    // "yesterday" -> -1
	holiday map[string]string // "christmas eve" -> "12-24"
	zone    map[string]string // "edt" -> "-04:00"
	multi   map[string]bool   // first words of multi-word holiday names
	first   map[string]rule   // the rules a word can start (startRules)
	digits  rule              // the rules a number can start (numberRules)
}

// loadLexicon reads words.tsv from fsys.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	b, err := fs.ReadFile(fsys, "data/words.tsv")
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	lx := &lexicon{
		month: map[string]int{}, abbr: map[string]int{}, weekday: map[string]int{},
		num: map[string]int{}, ord: map[string]int{}, unit: map[string]string{},
		season: map[string]string{}, part: map[string]string{}, set: map[string]string{},
		ref: map[string]string{}, dayrel: map[string]int{}, holiday: map[string]string{},
		zone: map[string]string{}, multi: map[string]bool{},
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("timex: words.tsv:%d: %d fields, want 3", line, len(f))
		}
		w, class, v := f[0], f[1], f[2]
		atoi := func() (int, error) {
			n, err := strconv.Atoi(v)
			if err != nil {
				return 0, fmt.Errorf("timex: words.tsv:%d: %w", line, err)
			}
			return n, nil
		}
		var n int
		switch class {
		case "month", "monthabbr", "weekday", "num", "ord", "dayrel":
			if n, err = atoi(); err != nil {
				return nil, err
			}
		}
		switch class {
		case "month":
			lx.month[w] = n
		case "monthabbr":
			lx.abbr[w] = n
		case "weekday":
			lx.weekday[w] = n
		case "num":
			lx.num[w] = n
		case "ord":
			lx.ord[w] = n
		case "dayrel":
			lx.dayrel[w] = n
		case "unit":
			lx.unit[w] = v
		case "season":
			lx.season[w] = v
		case "part":
			lx.part[w] = v
		case "set":
			lx.set[w] = v
		case "ref":
			lx.ref[w] = v
		case "holiday":
			lx.holiday[w] = v
			if i := strings.IndexByte(w, ' '); i > 0 {
				lx.multi[w[:i]] = true
			}
		case "zone":
			lx.zone[w] = v
		default:
			return nil, fmt.Errorf("timex: words.tsv:%d: unknown class %q", line, class)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	if len(lx.month) != 12 || len(lx.weekday) != 7 {
		return nil, fmt.Errorf("timex: words.tsv: %d months and %d weekdays, want 12 and 7", len(lx.month), len(lx.weekday))
	}
	lx.first, lx.digits = startRules(lx), numberRules
	return lx, nil
}
