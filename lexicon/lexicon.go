// Package lexicon holds Chronicle's gazetteers: countries with their name
// variants, demonyms and capitals; cities and regions; international
// organisations, news agencies and government bodies; titles and the sectors
// they place their holders in; people with dated roles; and given names
// with their usual gender (names.tsv: "Mrs Howard" is not Michael Howard,
// "she" is not Joe Biden).
//
// The data are plain TSV files under data/, embedded in the binary (Default)
// or read from any fs.FS (Load). A Lexicon is parsed once and is read-only
// afterwards, so one value can be shared by every goroutine.
//
// Several organisations may share a name: each country's "Treasury",
// "Parliament" or "Supreme Court" lists it as an alias, and Lookup returns
// them all, for the caller to choose by the text's country.
//
// Names are looked up after Normalize: case folded, periods dropped ("U.S." is
// "us"), diacritics folded, curly apostrophes made straight and a leading
// "the" removed. Aliases written in capitals in the data ("US", "WHO", "AP")
// are acronyms and match only text in capitals, so "us" and "who" never match.
//
// Dates are ISO 8601 strings; a role holds from From (inclusive) to To
// (exclusive, "" when still held).
//
// The people data are facts as of a knowledge horizon (Horizon, declared in
// people.tsv: 2025-12-31 for the embedded data). A role with no end date is
// known to be held up to the horizon; whether it still was later is not
// known, so anything that dates a text by an open role (timex's publication
// date inference) can bound it above only by the horizon, with lower
// confidence: an article written after the horizon is dated too early.
package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.tsv
var data embed.FS

// ErrFormat is wrapped by every error about a malformed data file.
var ErrFormat = errors.New("lexicon: malformed data")

// A ParseError reports a malformed line of a data file.
type ParseError struct {
	Path string // file name inside the fs.FS
	Line int    // 1-based line number
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("lexicon: %s:%d: %v", e.Path, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Kind says what a lexicon entry names.
type Kind uint8

// The kinds of entry.
const (
	KindCountry Kind = iota + 1 // a country by one of its names ("China", "US")
	KindDemonym                 // a country's adjective or demonym ("Chinese", "Americans")
	KindCapital                 // a capital or seat of government ("Beijing", "Kremlin")
	KindCity                    // a city or region that is not a capital ("Shanghai")
	KindOrg                     // an organisation or facility ("ASEAN", "White House")
	KindPerson                  // a person ("Marco Rubio", "Rubio")
)

var kindNames = [...]string{"", "country", "demonym", "capital", "city", "org", "person"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// A Country is a country or territory.
type Country struct {
	Code       string   // ISO 3166-1 alpha-3; a former state has its ISO 3166-3 code (SUN)
	Name       string   // the usual English short name
	Names      []string // other names and abbreviations
	Adjectives []string // adjectives and demonyms
	Capitals   []string // the capital first, then other seats of government
}

// A City is a city or region that is not a national capital, or a
// continent, sea or region of several countries (Country "").
type City struct {
	Name    string
	Country string // ISO3, "" for a region of several countries
	Aliases []string
	Region  bool // a state, province or region rather than a city
}

// An Org is an organisation or a facility that stands for one.
type Org struct {
	ID      string
	Name    string
	Type    string // ORG or FAC
	Sector  string // IGO, MED, GOV, MIL, LEG, JUD, BUS, NGO, REB, ...
	Country string // ISO3, "" for international bodies
	Acronym string
	Aliases []string
	KB      string // Wikidata id, "" if unknown
}

// A Person is a public figure with dated roles.
type Person struct {
	ID      string // stable slug, e.g. "marco-rubio"
	Name    string
	Country string // ISO3 of nationality
	Aliases []string
	KB      string // Wikidata id, "" if unknown
	Roles   []Role // in date order
}

// KBID returns the person's Wikidata id, or "person:" + ID when none is known.
func (p *Person) KBID() string {
	if p.KB != "" {
		return p.KB
	}
	return "person:" + p.ID
}

// A Role is a position held between two dates.
type Role struct {
	Title   string
	Sector  string
	Country string // ISO3; "" for an international post
	From    string // YYYY-MM-DD, inclusive
	To      string // YYYY-MM-DD, exclusive; "" while held
}

// RoleAt returns the role p held on date (YYYY-MM-DD, or a longer ISO 8601
// datetime, or a shorter YYYY-MM / YYYY meaning its first day). When date is
// "" it returns the latest role. It reports false when p held no listed role
// on that date.
func (p *Person) RoleAt(date string) (Role, bool) {
	if len(p.Roles) == 0 {
		return Role{}, false
	}
	if date == "" {
		return p.Roles[len(p.Roles)-1], true
	}
	d := dayOf(date)
	for i := len(p.Roles) - 1; i >= 0; i-- {
		r := p.Roles[i]
		if r.From <= d && (r.To == "" || d < r.To) {
			return r, true
		}
	}
	return Role{}, false
}

// HeldTitle reports whether p ever held a role that Is title.
func (p *Person) HeldTitle(title string) bool {
	for _, r := range p.Roles {
		if r.Is(title) {
			return true
		}
	}
	return false
}

// Is reports whether the role is called title, or title abbreviates it
// ("Secretary" for "Secretary of State" or "Commerce Secretary"), not
// counting deputies ("President" is not "Vice President").
func (r Role) Is(title string) bool {
	var tb, nb [96]byte // the keys, on the stack
	t := AppendNormal(tb[:0], title)
	if len(t) == 0 {
		return false
	}
	n := AppendNormal(nb[:0], r.Title)
	if bytes.Equal(n, t) || bytes.HasPrefix(n, t) && bytes.HasPrefix(n[len(t):], []byte(" of ")) {
		return true
	}
	if k := len(n) - len(t) - 1; k >= 0 && n[k] == ' ' && bytes.HasSuffix(n, t) {
		first, _, _ := bytes.Cut(n, []byte(" ")) // a key's only white space is single spaces
		switch string(first) {
		case "vice", "deputy", "under", "assistant", "first":
			return false
		}
		return true
	}
	return false
}

// dayOf cuts a datetime to its date and pads a month or year to its first day.
func dayOf(date string) string {
	switch {
	case len(date) >= 10:
		return date[:10]
	case len(date) == 7:
		return date + "-01"
	case len(date) == 4:
		return date + "-01-01"
	}
	return date
}

// A Title is a job title and its sector.
type Title struct {
	Name string
	// Sector is "" for a title held in every sector ("Spokesman",
	// "General Secretary"): the body named with it, or the holder's
	// role, decides.
	Sector string
}

// An Entry is one thing a name can refer to. Exactly one of the pointers is
// set, according to Kind; they point into the Lexicon and must not be
// modified.
type Entry struct {
	Kind    Kind
	Country *Country // KindCountry, KindDemonym, KindCapital
	City    *City
	Org     *Org
	Person  *Person
}

// Code returns the ISO3 country of the entry, or "".
func (e Entry) Code() string {
	switch e.Kind {
	case KindCountry, KindDemonym, KindCapital:
		return e.Country.Code
	case KindCity:
		return e.City.Country
	case KindOrg:
		return e.Org.Country
	case KindPerson:
		return e.Person.Country
	}
	return ""
}

// A Lexicon is the parsed data. It is read-only and safe for concurrent use.
type Lexicon struct {
	countries []*Country
	cities    []*City
	orgs      []*Org
	people    []*Person
	byCode    map[string]*Country
	byPerson  map[string]*Person
	byKB      map[string]*Person   // Wikidata id → person
	horizon   string               // YYYY-MM-DD: the people data are facts as of this day; "" if not declared
	surnames  map[string][]*Person // Normalize(last word of name) → people
	names     map[string][]Entry   // Normalize(name) → entries
	acronyms  map[string][]Entry   // acronyms, case kept
	titles    map[string]Title     // Normalize(title) → title
	words     map[string]bool      // lower-cased words that occur in titles
	ambiguous map[string]bool
	starts    map[string]uint8 // Normalize(first word) → words in the longest name it begins
	maxWords  int              // words in the longest name
	maxTitle  int              // words in the longest title
	given     map[string]byte  // given name → 'f' or 'm' (names.tsv)
	firsts    map[string]bool  // first words of the people's names of two or more words
}

// Default returns the lexicon embedded in the binary. Each call parses the
// data anew; callers load it once and share it.
func Default() (*Lexicon, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return Load(sub)
}

// Load parses countries.tsv, cities.tsv, orgs.tsv, titles.tsv, people.tsv
// and ambiguous.tsv from the root of fsys, and names.tsv when present. A
// missing file (but names.tsv) is an error.
func Load(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{
		byCode:    map[string]*Country{},
		byPerson:  map[string]*Person{},
		byKB:      map[string]*Person{},
		surnames:  map[string][]*Person{},
		names:     map[string][]Entry{},
		acronyms:  map[string][]Entry{},
		titles:    map[string]Title{},
		words:     map[string]bool{},
		ambiguous: map[string]bool{},
		starts:    map[string]uint8{},
	}
	steps := []struct {
		path  string
		cols  int
		parse func(f []string) error
	}{
		{"countries.tsv", 5, l.addCountry},
		{"cities.tsv", 4, l.addCity},
		{"orgs.tsv", 8, l.addOrg},
		{"titles.tsv", 2, l.addTitle},
		{"people.tsv", 6, l.addPeopleLine},
		{"ambiguous.tsv", 1, func(f []string) error { l.ambiguous[Normalize(f[0])] = true; return nil }},
	}
	for _, s := range steps {
		if err := readTSV(fsys, s.path, s.cols, s.parse); err != nil {
			return nil, err
		}
	}
	given, err := LoadGivenNames(fsys)
	if err != nil {
		return nil, err
	}
	l.given = given
	l.firsts = map[string]bool{}
	for _, p := range l.people {
		if first, _, ok := strings.Cut(p.Name, " "); ok {
			l.firsts[first] = true
		}
	}
	for _, p := range l.people {
		sort.SliceStable(p.Roles, func(i, j int) bool { return p.Roles[i].From < p.Roles[j].From })
	}
	return l, nil
}

// readTSV calls parse with the fields of every non-blank, non-comment line,
// padded to at least cols fields.
func readTSV(fsys fs.FS, path string, cols int, parse func([]string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		for len(fields) < cols {
			fields = append(fields, "")
		}
		if fields[0] == "" {
			return &ParseError{Path: path, Line: n, Err: fmt.Errorf("%w: empty first field", ErrFormat)}
		}
		if err := parse(fields); err != nil {
			return &ParseError{Path: path, Line: n, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", path, err)
	}
	return nil
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (l *Lexicon) addCountry(f []string) error {
	if !isCode(f[0]) || f[1] == "" {
		return fmt.Errorf("%w: want code and name, got %q %q", ErrFormat, f[0], f[1])
	}
	if l.byCode[f[0]] != nil {
		return fmt.Errorf("%w: duplicate country %s", ErrFormat, f[0])
	}
	c := &Country{Code: f[0], Name: f[1], Names: split(f[2]), Adjectives: split(f[3]), Capitals: split(f[4])}
	l.countries = append(l.countries, c)
	l.byCode[c.Code] = c
	l.add(c.Name, Entry{Kind: KindCountry, Country: c})
	for _, n := range c.Names {
		l.add(n, Entry{Kind: KindCountry, Country: c})
	}
	for _, n := range c.Adjectives {
		l.add(n, Entry{Kind: KindDemonym, Country: c})
	}
	for _, n := range c.Capitals {
		l.add(n, Entry{Kind: KindCapital, Country: c})
	}
	return nil
}

func (l *Lexicon) addCity(f []string) error {
	if f[1] == "-" {
		f[1] = ""
	} else if !isCode(f[1]) {
		return fmt.Errorf("%w: bad country %q", ErrFormat, f[1])
	}
	c := &City{Name: f[0], Country: f[1], Aliases: split(f[2]), Region: f[3] == "region"}
	l.cities = append(l.cities, c)
	l.add(c.Name, Entry{Kind: KindCity, City: c})
	for _, n := range c.Aliases {
		l.add(n, Entry{Kind: KindCity, City: c})
	}
	return nil
}

func (l *Lexicon) addOrg(f []string) error {
	if f[1] == "" || (f[2] != "ORG" && f[2] != "FAC") {
		return fmt.Errorf("%w: want name and type ORG or FAC, got %q %q", ErrFormat, f[1], f[2])
	}
	if f[4] != "" && !isCode(f[4]) {
		return fmt.Errorf("%w: bad country %q", ErrFormat, f[4])
	}
	o := &Org{ID: f[0], Name: f[1], Type: f[2], Sector: f[3], Country: f[4], Acronym: f[5], Aliases: split(f[6]), KB: f[7]}
	l.orgs = append(l.orgs, o)
	l.add(o.Name, Entry{Kind: KindOrg, Org: o})
	if o.Acronym != "" {
		l.add(o.Acronym, Entry{Kind: KindOrg, Org: o})
	}
	for _, n := range o.Aliases {
		l.add(n, Entry{Kind: KindOrg, Org: o})
	}
	return nil
}

func (l *Lexicon) addTitle(f []string) error {
	if f[1] == "" {
		return fmt.Errorf("%w: title %q without sector", ErrFormat, f[0])
	}
	t := Title{Name: f[0], Sector: f[1]}
	if t.Sector == "-" {
		t.Sector = ""
	}
	key := Normalize(t.Name)
	l.titles[key] = t
	n := 0
	// A pageant title is an honorific and a name ("Miss World"): its
	// words are no title words ("World Community Grid", "Bank of
	// America").
	pageant := strings.HasPrefix(key, "miss ")
	for _, w := range strings.Fields(key) {
		if !pageant {
			l.words[w] = true
		}
		n++
	}
	l.maxTitle = max(l.maxTitle, n)
	return nil
}

func (l *Lexicon) addPeopleLine(f []string) error {
	switch f[0] {
	case "person":
		if f[1] == "" || f[2] == "" || !isCode(f[3]) {
			return fmt.Errorf("%w: person wants id, name and country", ErrFormat)
		}
		if l.byPerson[f[1]] != nil {
			return fmt.Errorf("%w: duplicate person %s", ErrFormat, f[1])
		}
		p := &Person{ID: f[1], Name: f[2], Country: f[3], Aliases: split(f[4]), KB: f[5]}
		l.people = append(l.people, p)
		l.byPerson[p.ID] = p
		if p.KB != "" && l.byKB[p.KB] == nil {
			l.byKB[p.KB] = p
		}
		if ws := strings.Fields(Normalize(p.Name)); len(ws) > 1 {
			l.surnames[ws[len(ws)-1]] = append(l.surnames[ws[len(ws)-1]], p)
		}
		l.add(p.Name, Entry{Kind: KindPerson, Person: p})
		for _, n := range p.Aliases {
			l.add(n, Entry{Kind: KindPerson, Person: p})
		}
	case "role":
		p := l.byPerson[f[1]]
		if p == nil {
			return fmt.Errorf("%w: role for unknown person %q", ErrFormat, f[1])
		}
		for len(f) < 7 {
			f = append(f, "")
		}
		r := Role{Title: f[2], Sector: f[3], Country: f[4], From: f[5], To: f[6]}
		switch r.Country {
		case "":
			r.Country = p.Country
		case "-":
			r.Country = ""
		default:
			if !isCode(r.Country) {
				return fmt.Errorf("%w: bad country %q", ErrFormat, r.Country)
			}
		}
		if !isDate(r.From) || (r.To != "" && (!isDate(r.To) || r.To <= r.From)) {
			return fmt.Errorf("%w: bad dates %q..%q", ErrFormat, r.From, r.To)
		}
		p.Roles = append(p.Roles, r)
	case "horizon":
		if !isDate(f[1]) || l.horizon != "" {
			return fmt.Errorf("%w: horizon wants one YYYY-MM-DD date, once", ErrFormat)
		}
		l.horizon = f[1]
	default:
		return fmt.Errorf("%w: line kind %q, want person, role or horizon", ErrFormat, f[0])
	}
	return nil
}

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// add indexes name for e, as an acronym when it is written in capitals.
func (l *Lexicon) add(name string, e Entry) {
	key := Normalize(name)
	if key == "" {
		return
	}
	m := l.names
	if acr := acronymKey(name); acr != "" {
		key, m = acr, l.acronyms
	}
	for _, old := range m[key] {
		if old == e {
			return
		}
	}
	m[key] = append(m[key], e)
	words := strings.FieldsFunc(Normalize(name), func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 {
		return
	}
	l.maxWords = max(l.maxWords, len(words))
	l.starts[words[0]] = max(l.starts[words[0]], uint8(min(len(words), 255)))
}

// acronymKey returns name without periods when it is an acronym (two or
// more characters, letters all capitals, at least one letter: "US", "U.S.",
// "G20"), and "" otherwise.
func acronymKey(name string) string {
	letters, dots := 0, false
	for _, r := range name {
		switch {
		case r == '.':
			dots = true
		case r == '-' || r == '+' || unicode.IsDigit(r):
		case unicode.IsUpper(r):
			letters++
		default:
			return ""
		}
	}
	if letters == 0 {
		return ""
	}
	if dots {
		name = strings.ReplaceAll(name, ".", "")
	}
	if len(name) < 2 {
		return ""
	}
	return name
}

// Lookup returns the entries name may refer to, in data order: countries,
// cities, organisations, then people. Acronyms match only in capitals.
func (l *Lexicon) Lookup(name string) []Entry {
	if acr := acronymKey(strings.TrimSpace(name)); acr != "" {
		if es := l.acronyms[acr]; len(es) > 0 {
			return es
		}
	}
	var buf [96]byte
	return l.names[string(AppendNormal(buf[:0], name))]
}

// MaxWordsFrom returns the number of words (separated by spaces or
// hyphens) in the longest name that begins with word, 0 when none does. A caller scanning text can skip a
// word that begins no name without building longer candidates.
func (l *Lexicon) MaxWordsFrom(word string) int {
	var buf [64]byte
	return int(l.starts[string(AppendNormal(buf[:0], word))])
}

// MaxWords returns the number of words (separated by spaces or hyphens)
// in the longest name; a caller scanning text need not try longer sequences.
func (l *Lexicon) MaxWords() int { return l.maxWords }

// Country returns the country with ISO 3166-1 alpha-3 code.
func (l *Lexicon) Country(code string) (*Country, bool) {
	c, ok := l.byCode[code]
	return c, ok
}

// FindCountry returns the country name refers to as a name, an adjective
// or demonym, or a capital or seat of government, and which of those it is.
func (l *Lexicon) FindCountry(name string) (*Country, Kind, bool) {
	for _, e := range l.Lookup(name) {
		switch e.Kind {
		case KindCountry, KindDemonym, KindCapital:
			return e.Country, e.Kind, true
		}
	}
	return nil, 0, false
}

// Person returns the person with the given id.
func (l *Lexicon) Person(id string) (*Person, bool) {
	p, ok := l.byPerson[id]
	return p, ok
}

// PersonByKB returns the person whose KBID is kb: a Wikidata id ("Q324546")
// or "person:" + ID for a person without one, as the entity stage writes
// Entity.KB.
func (l *Lexicon) PersonByKB(kb string) (*Person, bool) {
	if id, ok := strings.CutPrefix(kb, "person:"); ok {
		return l.Person(id)
	}
	p, ok := l.byKB[kb]
	return p, ok
}

// Horizon returns the day (YYYY-MM-DD) the people data are facts as of,
// declared by the horizon line of people.tsv, or "" when none is declared.
// Roles with no end date are known to be held up to it, not after.
func (l *Lexicon) Horizon() string { return l.horizon }

// People returns the people name may refer to (full name or alias).
func (l *Lexicon) People(name string) []*Person {
	var out []*Person
	for _, e := range l.Lookup(name) {
		if e.Kind == KindPerson {
			out = append(out, e.Person)
		}
	}
	return out
}

// BySurname returns the people whose name ends in the word surname
// ("Clinton" → Hillary Clinton, Bill Clinton), in data order.
func (l *Lexicon) BySurname(surname string) []*Person {
	var buf [64]byte
	return l.surnames[string(AppendNormal(buf[:0], surname))]
}

// Org returns the first organisation name may refer to (name, acronym or alias).
func (l *Lexicon) Org(name string) (*Org, bool) {
	for _, e := range l.Lookup(name) {
		if e.Kind == KindOrg {
			return e.Org, true
		}
	}
	return nil, false
}

// Title returns the title named exactly by s, case-insensitively
// ("foreign minister" → Foreign Minister, GOV).
func (l *Lexicon) Title(s string) (Title, bool) {
	var buf [96]byte
	t, ok := l.titles[string(AppendNormal(buf[:0], s))]
	return t, ok
}

// TitleSuffix finds the longest title formed by the last words of words
// ("US", "Secretary", "of", "State" → Secretary of State, 3).
func (l *Lexicon) TitleSuffix(words []string) (Title, int, bool) {
	for n := min(l.maxTitle, len(words)); n > 0; n-- {
		if t, ok := l.Title(strings.Join(words[len(words)-n:], " ")); ok {
			return t, n, true
		}
	}
	return Title{}, 0, false
}

// TitlePrefix finds the longest title formed by the first words of words.
func (l *Lexicon) TitlePrefix(words []string) (Title, int, bool) {
	for n := min(l.maxTitle, len(words)); n > 0; n-- {
		if t, ok := l.Title(strings.Join(words[:n], " ")); ok {
			return t, n, true
		}
	}
	return Title{}, 0, false
}

// Gender returns the usual grammatical gender of a given name as names.tsv
// lists it ("Hillary" → 'f'), or 0 when it does not list the name.
func (l *Lexicon) Gender(given string) byte { return l.given[given] }

// GivenName reports whether w, as written, is a given name: one names.tsv
// lists, or the first word of a person's name in people.tsv ("Tony" of
// Tony Blair).
func (l *Lexicon) GivenName(w string) bool { return l.given[w] != 0 || l.firsts[w] }

// DefaultGivenNames returns the given names of the embedded names.tsv with
// their usual gender, 'f' or 'm', without parsing the rest of the lexicon.
func DefaultGivenNames() (map[string]byte, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return LoadGivenNames(sub)
}

// LoadGivenNames reads names.tsv (name, tab, f or m) from the root of
// fsys; a missing file gives an empty list.
func LoadGivenNames(fsys fs.FS) (map[string]byte, error) {
	names := map[string]byte{}
	err := readTSV(fsys, "names.tsv", 2, func(f []string) error {
		if f[1] != "f" && f[1] != "m" {
			return fmt.Errorf("%w: gender %q: want f or m", ErrFormat, f[1])
		}
		names[f[0]] = f[1][0]
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return names, nil
	}
	return names, err
}

// IsTitleWord reports whether w (any case) occurs in some title other than
// a pageant title ("Miss World": "World" is no title word).
func (l *Lexicon) IsTitleWord(w string) bool {
	var buf [64]byte
	return l.words[string(AppendNormal(buf[:0], w))]
}

// Ambiguous reports whether name is also a common word, a given name or a
// place elsewhere, so that a match on it alone is weak evidence.
func (l *Lexicon) Ambiguous(name string) bool {
	var buf [96]byte
	return l.ambiguous[string(AppendNormal(buf[:0], name))]
}

// Countries returns every country, in data order. The slice must not be modified.
func (l *Lexicon) Countries() []*Country { return l.countries }

// Orgs returns every organisation, in data order. The slice must not be modified.
func (l *Lexicon) Orgs() []*Org { return l.orgs }

// AllPeople returns every person, in data order. The slice must not be modified.
func (l *Lexicon) AllPeople() []*Person { return l.people }

// Normalize returns the lookup key of a name: diacritics folded, lower
// case, periods removed, curly apostrophes straightened, spaces collapsed,
// and a leading "the" dropped.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	return string(AppendNormal(make([]byte, 0, len(s)), s))
}

// appendNormal appends the Normalize key of s to dst.
func AppendNormal(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '.':
				continue
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space = len(dst) > start
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case unicode.IsSpace(r):
			space = len(dst) > start
			continue
		default:
			r = unicode.ToLower(fold(r))
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	if k := dst[start:]; len(k) >= 4 && string(k[:4]) == "the " {
		copy(k, k[4:])
		dst = dst[:len(dst)-4]
	}
	return dst
}

// isNormal reports whether s is already its own Normalize: ASCII lower
// case without periods, without leading "the " and with single inner spaces.
func isNormal(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.HasPrefix(s, "the ") {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '.' || (c >= 'A' && c <= 'Z') || c < ' ' || (c == ' ' && s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// fold maps a Latin letter with a diacritic to its base letter.
func fold(r rune) rune {
	if f, ok := foldTable[r]; ok {
		return f
	}
	return r
}

var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	for base, all := range map[rune]string{
		'a': "àáâãäåāăąǎ", 'A': "ÀÁÂÃÄÅĀĂĄ",
		'c': "çćĉċč", 'C': "ÇĆĈĊČ",
		'd': "ďđ", 'D': "ĎĐ",
		'e': "èéêëēĕėęěə", 'E': "ÈÉÊËĒĔĖĘĚ",
		'g': "ĝğġģ", 'G': "ĜĞĠĢ",
		'i': "ìíîïĩīĭįı", 'I': "ÌÍÎÏĨĪĬĮİ",
		'l': "ĺļľŀł", 'L': "ĹĻĽĿŁ",
		'n': "ñńņňŉ", 'N': "ÑŃŅŇ",
		'o': "òóôõöøōŏőơ", 'O': "ÒÓÔÕÖØŌŎŐƠ",
		'r': "ŕŗř", 'R': "ŔŖŘ",
		's': "śŝşšș", 'S': "ŚŜŞŠȘ",
		't': "ţťŧț", 'T': "ŢŤŦȚ",
		'u': "ùúûüũūŭůűųư", 'U': "ÙÚÛÜŨŪŬŮŰŲƯ",
		'y': "ýÿŷ", 'Y': "ÝŶŸ",
		'z': "źżž", 'Z': "ŹŻŽ",
	} {
		for _, r := range all {
			m[r] = base
		}
	}
	// Vietnamese letters with two marks.
	for base, all := range map[rune]string{
		'a': "ạảấầẩẫậắằẳẵặ", 'e': "ẹẻẽếềểễệ", 'i': "ỉị", 'o': "ọỏốồổỗộớờởỡợ",
		'u': "ụủứừửữự", 'y': "ỳỵỷỹ", 'A': "ẠẢẤẦẨẪẬẮẰẲẴẶ", 'E': "ẸẺẼẾỀỂỄỆ", 'O': "ỌỎỐỒỔỖỘỚỜỞỠỢ",
	} {
		for _, r := range all {
			m[r] = base
		}
	}
	return m
}()

// A TitleMatch is a title phrase read by ParseTitle.
type TitleMatch struct {
	Country string // ISO3 of the qualifier ("US", "Chinese", "China's"), "" if none
	Title   Title  // the title the phrase ends with
}

// ParseTitle reads a title phrase as written before or after a name: an
// optional article, an optional country qualifier, any modifiers, and a
// title at the end ("US Commerce Secretary" → USA, Secretary/GOV; "China's
// foreign minister" → CHN, Foreign Minister/GOV). It reports false when the
// phrase does not end in a title.
func (l *Lexicon) ParseTitle(s string) (TitleMatch, bool) {
	words := strings.Fields(s)
	if len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "the", "a", "an":
			words = words[1:]
		}
	}
	t, n, ok := l.TitleSuffix(words)
	if !ok {
		return TitleMatch{}, false
	}
	m := TitleMatch{Title: t}
	rest := words[:len(words)-n]
	for q := min(4, len(rest)); q > 0; q-- {
		name := strings.Join(rest[:q], " ")
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		for _, e := range l.Lookup(name) {
			if e.Kind == KindCountry || e.Kind == KindDemonym {
				m.Country = e.Country.Code
				return m, true
			}
		}
	}
	return m, true
}

// nameParticles are the lower-case words inside names ("Ursula von der
// Leyen", "Osama bin Laden", "Van de Vijver").
var nameParticles = map[string]bool{"de": true, "da": true, "del": true, "della": true, "der": true, "den": true,
	"di": true, "du": true, "la": true, "le": true, "van": true, "von": true, "bin": true, "ibn": true,
	"al": true, "el": true, "y": true, "e": true, "dos": true, "das": true, "ter": true, "zu": true}

// NameParticle reports whether the lower-case word w may stand inside a
// name.
func NameParticle(w string) bool { return nameParticles[w] }
