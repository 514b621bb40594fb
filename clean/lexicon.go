package clean

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

// The files a Cleaner reads from its data file system.
const (
	agenciesFile    = "data/agencies.tsv"
	boilerplateFile = "data/boilerplate.tsv"
)

// lexicon is the read-only data a Cleaner shares between documents.
type lexicon struct {
	agencies map[string]agency // spelling (and its capitals) -> agency
	lines    map[string]bool   // boilerplate lines, lower case
	maxLine  int               // the most runes a boilerplate line has
	prefixes []string          // boilerplate line prefixes, lower case
}

type agency struct {
	Name string // canonical name: "AFP"
	Wire bool   // a news wire, not only a photo agency
}

// loadLexicon reads the agency and boilerplate lists from fsys.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{agencies: map[string]agency{}, lines: map[string]bool{}}
	err := readTSV(fsys, agenciesFile, 2, func(f []string) error {
		a := agency{Name: f[0], Wire: f[1] == "wire"}
		if f[1] != "wire" && f[1] != "photo" {
			return fmt.Errorf("kind %q is neither wire nor photo", f[1])
		}
		names := []string{f[0]}
		if len(f) > 2 && f[2] != "" {
			names = append(names, strings.Split(f[2], "|")...)
		}
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			lx.agencies[n] = a
			lx.agencies[strings.ToUpper(n)] = a
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, boilerplateFile, 2, func(f []string) error {
		switch f[0] {
		case "line":
			lx.lines[f[1]] = true
			lx.maxLine = max(lx.maxLine, utf8.RuneCountInString(f[1]))
		case "prefix":
			lx.prefixes = append(lx.prefixes, f[1])
		default:
			return fmt.Errorf("match %q is neither line nor prefix", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

// readTSV calls fn with the fields of every line of name that is neither
// blank nor a # comment; each line must have at least n fields.
func readTSV(fsys fs.FS, name string, n int, fn func([]string) error) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for i := 1; sc.Scan(); i++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < n {
			return fmt.Errorf("clean: %s:%d: %d fields; want at least %d", name, i, len(f), n)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("clean: %s:%d: %w", name, i, err)
		}
	}
	return sc.Err()
}

// agency returns the agency named exactly s ("Reuters", "REUTERS").
func (lx *lexicon) agency(s string) (agency, bool) {
	a, ok := lx.agencies[strings.TrimSpace(s)]
	return a, ok
}

// agencyList parses "AFP", "AP/Reuters", "AFP, Reuters" or "Reuters and AP"
// into canonical agency names. It fails unless every part is an agency.
func (lx *lexicon) agencyList(s string) ([]string, bool) {
	// The parts of splitNames, without making their slice: most lines
	// fail at their first part.
	var out []string
	for p := range strings.SplitSeq(commaSeparated(s, "/"), ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		a, ok := lx.agency(p)
		if !ok {
			return nil, false
		}
		out = appendUnique(out, a.Name)
	}
	return out, out != nil
}

// boilerplate reports whether line is web-page furniture ("Read more",
// "Share this", "Click here to subscribe").
func (lx *lexicon) boilerplate(line string) bool {
	line = strings.TrimLeftFunc(line, isFurniturePunct)
	if utf8.RuneCountInString(line) > boilerplatePrefixRunes {
		// Too long for a prefix to count; lower-casing keeps the runes
		// and which of them are furniture (TestFurnitureCase), so only
		// a line that trims to a listed line's length needs it.
		core := strings.TrimRightFunc(line, isFurniturePunct)
		return utf8.RuneCountInString(core) <= lx.maxLine && lx.lines[strings.ToLower(core)]
	}
	l := strings.ToLower(line)
	if lx.lines[strings.TrimRightFunc(l, isFurniturePunct)] {
		return true
	}
	for _, p := range lx.prefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// boilerplatePrefixRunes is the longest line a boilerplate prefix marks.
const boilerplatePrefixRunes = 120

// isFurniturePunct reports whether r is white space, punctuation or a
// symbol: the debris around web-page furniture.
func isFurniturePunct(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// splitNames splits "A, B and C" (and "A & B", plus any extra separators)
// into trimmed non-empty parts.
func splitNames(s string, extra ...string) []string {
	var out []string
	for _, p := range strings.Split(commaSeparated(s, extra...), ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// commaSeparated replaces the name separators of s (" and ", " & ", ";"
// and extra, in this order) by commas. It allocates only when s has one.
func commaSeparated(s string, extra ...string) string {
	for _, sep := range [...]string{" and ", " & ", ";"} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	for _, sep := range extra {
		s = strings.ReplaceAll(s, sep, ",")
	}
	return s
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
