package lexicon

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func load(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	return l
}

func TestFindCountry(t *testing.T) {
	l := load(t)
	tests := []struct {
		name string
		code string
		kind Kind
	}{
		{"US", "USA", KindCountry},
		{"U.S.", "USA", KindCountry},
		{"USA", "USA", KindCountry},
		{"United States", "USA", KindCountry},
		{"the United States", "USA", KindCountry},
		{"America", "USA", KindCountry},
		{"American", "USA", KindDemonym},
		{"Americans", "USA", KindDemonym},
		{"Washington", "USA", KindCapital},
		{"UK", "GBR", KindCountry},
		{"Britain", "GBR", KindCountry},
		{"British", "GBR", KindDemonym},
		{"Downing Street", "GBR", KindCapital},
		{"China", "CHN", KindCountry},
		{"Chinese", "CHN", KindDemonym},
		{"Beijing", "CHN", KindCapital},
		{"Soviet Union", "SUN", KindCountry},
		{"Soviet", "SUN", KindDemonym},
		{"Moscow", "RUS", KindCapital},
		{"Kremlin", "RUS", KindCapital},
		{"Tokyo", "JPN", KindCapital},
		{"Malaysia", "MYS", KindCountry},
		{"Kuala Lumpur", "MYS", KindCapital},
		{"Côte d’Ivoire", "CIV", KindCountry},
		{"Cote d'Ivoire", "CIV", KindCountry},
		{"Türkiye", "TUR", KindCountry},
		{"KYIV", "UKR", KindCapital},
	}
	for _, tt := range tests {
		c, k, ok := l.FindCountry(tt.name)
		if !ok || c.Code != tt.code || k != tt.kind {
			code := ""
			if c != nil {
				code = c.Code
			}
			t.Errorf("FindCountry(%q) = %q, %v, %v; want %q, %v, true", tt.name, code, k, ok, tt.code, tt.kind)
		}
	}
	for _, name := range []string{"us", "Us", "who", "the", "", "Marco"} {
		if c, _, ok := l.FindCountry(name); ok {
			t.Errorf("FindCountry(%q) = %q; want no country", name, c.Code)
		}
	}
}

func TestLookupOrg(t *testing.T) {
	l := load(t)
	tests := []struct {
		name, id, typ, sector, country string
	}{
		{"ASEAN", "asean", "ORG", "IGO", ""},
		{"Association of Southeast Asian Nations", "asean", "ORG", "IGO", ""},
		{"UN", "un", "ORG", "IGO", ""},
		{"U.N.", "un", "ORG", "IGO", ""},
		{"WHO", "who", "ORG", "IGO", ""},
		{"G20", "g20", "ORG", "IGO", ""},
		{"AFP", "afp", "ORG", "MED", "FRA"},
		{"AP", "ap", "ORG", "MED", "USA"},
		{"Xinhua", "xinhua", "ORG", "MED", "CHN"},
		{"White House", "whitehouse", "FAC", "GOV", "USA"},
		{"the White House", "whitehouse", "FAC", "GOV", "USA"},
		{"Pentagon", "pentagon", "FAC", "MIL", "USA"},
		{"State Department", "statedept", "ORG", "GOV", "USA"},
		{"Chinese Ministry of Foreign Affairs", "mfa-chn", "ORG", "GOV", "CHN"},
		{"Commons", "commons-gbr", "ORG", "LEG", "GBR"},
		{"House of Commons", "commons-gbr", "ORG", "LEG", "GBR"},
		{"Guantanamo Bay", "guantanamo", "FAC", "MIL", "USA"},
		{"Oval Office", "oval-office", "FAC", "GOV", "USA"},
		{"Home Office", "homeoffice-gbr", "ORG", "GOV", "GBR"},
		{"HM Treasury", "treasury-gbr", "ORG", "GOV", "GBR"},
		{"Scottish Parliament", "scotparl-gbr", "ORG", "LEG", "GBR"},
	}
	for _, tt := range tests {
		o, ok := l.Org(tt.name)
		if !ok {
			t.Errorf("Org(%q) not found; want %s", tt.name, tt.id)
			continue
		}
		if o.ID != tt.id || o.Type != tt.typ || o.Sector != tt.sector || o.Country != tt.country {
			t.Errorf("Org(%q) = %s %s %s %q; want %s %s %s %q", tt.name, o.ID, o.Type, o.Sector, o.Country, tt.id, tt.typ, tt.sector, tt.country)
		}
	}
	for _, name := range []string{"who", "ap", "un"} {
		if o, ok := l.Org(name); ok {
			t.Errorf("Org(%q) = %s; want none (acronyms match only in capitals)", name, o.ID)
		}
	}
}

func TestRoleAt(t *testing.T) {
	l := load(t)
	tests := []struct {
		name, date    string
		title, sector string
		country       string
		ok            bool
	}{
		{"Marco Rubio", "2022-06-01", "Senator", "LEG", "USA", true},
		{"Marco Rubio", "2025-01-20", "", "", "", false},
		{"Marco Rubio", "2025-01-21", "Secretary of State", "GOV", "USA", true},
		{"Rubio", "2025-07-11", "Secretary of State", "GOV", "USA", true},
		{"Marco Rubio", "2025-07", "Secretary of State", "GOV", "USA", true},
		{"Marco Rubio", "2025-07-11T08:00:00Z", "Secretary of State", "GOV", "USA", true},
		{"Marco Rubio", "", "Secretary of State", "GOV", "USA", true},
		{"Donald Trump", "2018-03-01", "President", "GOV", "USA", true},
		{"Donald Trump", "2023-03-01", "Businessman", "BUS", "USA", true},
		{"Trump", "2025-01-20", "President", "GOV", "USA", true},
		{"Joe Biden", "2024-12-31", "President", "GOV", "USA", true},
		{"Joe Biden", "2025-07-11", "", "", "", false},
		{"Howard Lutnick", "2025-02-20", "Chief Executive", "BUS", "USA", true},
		{"Howard Lutnick", "2025-07-11", "Commerce Secretary", "GOV", "USA", true},
		{"Xi Jinping", "2025-07-11", "President", "GOV", "CHN", true},
		{"Wang Yi", "2025-07-11", "Foreign Minister", "GOV", "CHN", true},
		{"Wang Yi", "2023-03-01", "Director of the Office of the Central Foreign Affairs Commission", "GOV", "CHN", true},
		{"Olaf Scholz", "2024-01-01", "Chancellor", "GOV", "DEU", true},
		{"Friedrich Merz", "2025-07-11", "Chancellor", "GOV", "DEU", true},
		{"António Guterres", "2025-07-11", "Secretary-General", "IGO", "", true},
		{"Antonio Guterres", "2025-07-11", "Secretary-General", "IGO", "", true},
		{"Shigeru Ishiba", "2025-07-11", "Prime Minister", "GOV", "JPN", true},
		{"Shigeru Ishiba", "2025-11-01", "", "", "", false},
	}
	for _, tt := range tests {
		ps := l.People(tt.name)
		if len(ps) != 1 {
			t.Errorf("People(%q) = %d people; want 1", tt.name, len(ps))
			continue
		}
		r, ok := ps[0].RoleAt(tt.date)
		if ok != tt.ok || r.Title != tt.title || r.Sector != tt.sector || r.Country != tt.country {
			t.Errorf("People(%q)[0].RoleAt(%q) = %q %q %q %v; want %q %q %q %v",
				tt.name, tt.date, r.Title, r.Sector, r.Country, ok, tt.title, tt.sector, tt.country, tt.ok)
		}
	}
}

func TestHeldTitle(t *testing.T) {
	l := load(t)
	tests := []struct {
		id, title string
		want      bool
	}{
		{"bill-clinton", "President", true},
		{"hillary-clinton", "President", false},
		{"hillary-clinton", "Secretary", true},
		{"hillary-clinton", "Senator", true},
		{"joe-biden", "Vice President", true},
		{"jd-vance", "President", false},
		{"howard-lutnick", "Secretary", true},
	}
	for _, tt := range tests {
		p, _ := l.Person(tt.id)
		if got := p.HeldTitle(tt.title); got != tt.want {
			t.Errorf("Person(%q).HeldTitle(%q) = %v; want %v", tt.id, tt.title, got, tt.want)
		}
	}
	var ids []string
	for _, p := range l.BySurname("Clinton") {
		ids = append(ids, p.ID)
	}
	if len(ids) != 2 {
		t.Errorf("BySurname(Clinton) = %q; want hillary-clinton and bill-clinton", ids)
	}
}

func TestTitles(t *testing.T) {
	l := load(t)
	tests := []struct {
		words  []string
		name   string
		sector string
		n      int
	}{
		{[]string{"US", "Secretary", "of", "State"}, "Secretary of State", "GOV", 3},
		{[]string{"Chinese", "Foreign", "Minister"}, "Foreign Minister", "GOV", 2},
		{[]string{"US", "Commerce", "Secretary"}, "Secretary", "GOV", 1},
		{[]string{"President"}, "President", "GOV", 1},
		{[]string{"Republican", "Senator"}, "Senator", "LEG", 1},
		{[]string{"Gen."}, "Gen.", "MIL", 1},
		{[]string{"chief", "executive"}, "Chief Executive", "BUS", 2},
		{[]string{"Justice"}, "Justice", "JUD", 1},
		{[]string{"spokesperson"}, "Spokesperson", "", 1}, // held in every sector
		{[]string{"deputy", "general", "secretary"}, "Deputy General Secretary", "", 3},
	}
	for _, tt := range tests {
		ti, n, ok := l.TitleSuffix(tt.words)
		if !ok || ti.Name != tt.name || ti.Sector != tt.sector || n != tt.n {
			t.Errorf("TitleSuffix(%q) = %q %q %d %v; want %q %q %d true", tt.words, ti.Name, ti.Sector, n, ok, tt.name, tt.sector, tt.n)
		}
	}
	if _, _, ok := l.TitleSuffix([]string{"Marco", "Rubio"}); ok {
		t.Errorf("TitleSuffix([Marco Rubio]) found a title; want none")
	}
	if !l.IsTitleWord("foreign") || l.IsTitleWord("Rubio") {
		t.Errorf("IsTitleWord(foreign), IsTitleWord(Rubio) = %v, %v; want true, false", l.IsTitleWord("foreign"), l.IsTitleWord("Rubio"))
	}
}

func TestParseTitle(t *testing.T) {
	l := load(t)
	tests := []struct {
		in, country, title, sector string
		ok                         bool
	}{
		{"US Commerce Secretary", "USA", "Secretary", "GOV", true},
		{"US Secretary of State", "USA", "Secretary of State", "GOV", true},
		{"Chinese Foreign Minister", "CHN", "Foreign Minister", "GOV", true},
		{"China's foreign minister", "CHN", "Foreign Minister", "GOV", true},
		{"the United States Trade Representative", "USA", "Trade Representative", "GOV", true},
		{"Russian President", "RUS", "President", "GOV", true},
		{"President", "", "President", "GOV", true},
		{"Republican Senator", "", "Senator", "LEG", true},
		{"British Army General", "GBR", "General", "MIL", true},
		{"Chinese Ministry", "", "", "", false},
		{"", "", "", "", false},
	}
	for _, tt := range tests {
		m, ok := l.ParseTitle(tt.in)
		if ok != tt.ok || m.Country != tt.country || m.Title.Name != tt.title || m.Title.Sector != tt.sector {
			t.Errorf("ParseTitle(%q) = %q %q %q %v; want %q %q %q %v", tt.in, m.Country, m.Title.Name, m.Title.Sector, ok, tt.country, tt.title, tt.sector, tt.ok)
		}
	}
}

func TestMaxWordsFrom(t *testing.T) {
	l := load(t)
	tests := []struct {
		word string
		min  int
	}{{"Kuala", 2}, {"ASEAN", 1}, {"Guinea", 2}, {"United", 8}, {"U.S.", 1}, {"Marco", 2}}
	for _, tt := range tests {
		if got := l.MaxWordsFrom(tt.word); got < tt.min {
			t.Errorf("MaxWordsFrom(%q) = %d; want at least %d", tt.word, got, tt.min)
		}
	}
	for _, w := range []string{"Photo", "said", ""} {
		if got := l.MaxWordsFrom(w); got != 0 {
			t.Errorf("MaxWordsFrom(%q) = %d; want 0", w, got)
		}
	}
	if l.MaxWords() < 8 {
		t.Errorf("MaxWords() = %d; want at least 8", l.MaxWords())
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"the  White\tHouse", "white house"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Ministers’", "ministers'"},
		{"Tô Lâm", "to lam"},
		{"Phạm Minh Chính", "pham minh chinh"},
		{"The Hague", "hague"},
		{"ÉLYSÉE", "elysee"},
		{"marco rubio", "marco rubio"},
		{" the x", "x"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestPersonByKB(t *testing.T) {
	l := load(t)
	tests := []struct{ kb, want string }{
		{"Q324546", "Marco Rubio"},
		{"person:howard-lutnick", "Howard Lutnick"},
		{"person:nobody", ""},
		{"Q0", ""},
		{"", ""},
	}
	for _, tt := range tests {
		p, ok := l.PersonByKB(tt.kb)
		got := ""
		if ok {
			got = p.Name
		}
		if got != tt.want {
			t.Errorf("PersonByKB(%q) = %q; want %q", tt.kb, got, tt.want)
		}
		if ok && p.KBID() != tt.kb {
			t.Errorf("PersonByKB(%q).KBID() = %q; want the same id back", tt.kb, p.KBID())
		}
	}
}

// TestHorizon checks the declared knowledge horizon: a date, and no role
// in the data begins after it unless it is a scheduled change (at most a
// year ahead).
func TestHorizon(t *testing.T) {
	l := load(t)
	h := l.Horizon()
	if !isDate(h) {
		t.Fatalf("Horizon() = %q; want a YYYY-MM-DD date", h)
	}
	limit := fmt.Sprintf("%04d%s", atoiYear(h)+1, h[4:])
	for _, p := range l.AllPeople() {
		for _, r := range p.Roles {
			if r.From > limit || r.To > limit {
				t.Errorf("%s %s %s..%s lies more than a year past the horizon %s", p.ID, r.Title, r.From, r.To, h)
			}
		}
	}
	fsys := fstest.MapFS{"people.tsv": {Data: []byte("person\tx\tX Y\tUSA\t\t\n")}}
	for _, f := range []string{"countries.tsv", "cities.tsv", "orgs.tsv", "titles.tsv", "ambiguous.tsv"} {
		fsys[f] = &fstest.MapFile{}
	}
	l2, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := l2.Horizon(); got != "" {
		t.Errorf("Horizon() without a horizon line = %q; want \"\"", got)
	}
}

func atoiYear(d string) int {
	y := 0
	for _, c := range d[:4] {
		y = y*10 + int(c-'0')
	}
	return y
}

func TestLoadErrors(t *testing.T) {
	good := fstest.MapFS{
		"countries.tsv": {Data: []byte("USA\tUnited States\tUS\tAmerican\tWashington\n")},
		"cities.tsv":    {Data: []byte("")},
		"orgs.tsv":      {Data: []byte("")},
		"titles.tsv":    {Data: []byte("President\tGOV\n")},
		"people.tsv":    {Data: []byte("person\tx\tX Y\tUSA\t\t\nrole\tx\tPresident\tGOV\t\t2020-01-01\t\n")},
		"ambiguous.tsv": {Data: []byte("")},
	}
	if _, err := Load(good); err != nil {
		t.Fatalf("Load(good) error: %v", err)
	}
	bad := []struct{ file, data string }{
		{"countries.tsv", "usa\tUnited States\n"},
		{"people.tsv", "role\tnobody\tPresident\tGOV\t\t2020-01-01\t\n"},
		{"people.tsv", "person\tx\tX Y\tUSA\t\t\nrole\tx\tPresident\tGOV\t\t2020-01-01\t2019-01-01\n"},
		{"people.tsv", "person\tx\tX Y\tUSA\t\t\nrole\tx\tPresident\tGOV\t\t2020-1-1\t\n"},
		{"orgs.tsv", "x\tX\tTHING\tIGO\t\t\t\t\n"},
		{"titles.tsv", "President\n"},
		{"people.tsv", "horizon\t2025-13\n"},
		{"people.tsv", "horizon\t2025-12-31\nhorizon\t2026-12-31\n"},
	}
	for _, tt := range bad {
		fsys := fstest.MapFS{}
		for k, v := range good {
			fsys[k] = v
		}
		fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
		_, err := Load(fsys)
		var pe *ParseError
		if !errors.Is(err, ErrFormat) || !errors.As(err, &pe) || pe.Path != tt.file {
			t.Errorf("Load(%s = %q) error = %v; want a *ParseError for %s wrapping ErrFormat", tt.file, tt.data, err, tt.file)
		}
	}
	delete(good, "titles.tsv")
	if _, err := Load(good); err == nil {
		t.Errorf("Load(without titles.tsv) error = nil; want an error")
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	l := load(b)
	names := []string{"US", "Marco Rubio", "Chinese", "Kuala Lumpur", "White House", "Photo"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			l.Lookup(n)
		}
	}
}

func TestGivenNames(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		want byte
	}{{"Hillary", 'f'}, {"Michael", 'm'}, {"Zyxw", 0}, {"hillary", 0}} {
		if got := l.Gender(tt.name); got != tt.want {
			t.Errorf("Gender(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
	names, err := DefaultGivenNames()
	if err != nil || names["Hillary"] != 'f' || len(names) < 100 {
		t.Errorf("DefaultGivenNames() = %d names (Hillary %q), %v; want the embedded list", len(names), names["Hillary"], err)
	}
	if names, err := LoadGivenNames(fstest.MapFS{}); err != nil || len(names) != 0 {
		t.Errorf("LoadGivenNames(no names.tsv) = %v, %v; want an empty list", names, err)
	}
	bad := fstest.MapFS{"names.tsv": &fstest.MapFile{Data: []byte("Alex\tx\n")}}
	if _, err := LoadGivenNames(bad); !errors.Is(err, ErrFormat) {
		t.Errorf("LoadGivenNames(gender x) error = %v; want ErrFormat", err)
	}
}

// roleIs is Role.Is as it was written before it worked in stack buffers:
// the reference TestRoleIs checks it against.
func roleIs(r Role, title string) bool {
	t := Normalize(title)
	if t == "" {
		return false
	}
	n := Normalize(r.Title)
	if n == t || strings.HasPrefix(n, t+" of ") {
		return true
	}
	if strings.HasSuffix(n, " "+t) {
		switch strings.Fields(n)[0] {
		case "vice", "deputy", "under", "assistant", "first":
			return false
		}
		return true
	}
	return false
}

func TestRoleIs(t *testing.T) {
	l := load(t)
	titles := []string{"", " ", "President", "president", "Vice President", "Secretary", "Secretary of State",
		"State", "Minister", "Prime Minister", "Foreign Minister", "THE President", "Secretary  of", "Chief"}
	for _, tl := range l.titles {
		titles = append(titles, tl.Name)
	}
	for _, p := range l.AllPeople() {
		for _, r := range p.Roles {
			for _, title := range titles {
				if got, want := r.Is(title), roleIs(r, title); got != want {
					t.Fatalf("Role{Title: %q}.Is(%q) = %v; want %v", r.Title, title, got, want)
				}
			}
		}
	}
}

// TestSharedNames checks that a name several countries give their own
// institution returns each country's organisation, in data order.
func TestSharedNames(t *testing.T) {
	l := load(t)
	tests := []struct {
		name string
		want []string // countries of the organisations
	}{
		{"Treasury", []string{"USA", "GBR", "AUS"}},
		{"the Treasury", []string{"USA", "GBR", "AUS"}},
		{"Parliament", []string{"GBR", "AUS", "CAN", "IND"}},
		{"Supreme Court", []string{"USA", "GBR", "IND", "PAK", "CAN"}},
		{"Senate", []string{"USA", "AUS", "CAN", "FRA", "PHL"}},
		{"Congress", []string{"USA", "IND"}},
		{"Tory", []string{"GBR", "CAN"}},
		{"Tories", []string{"GBR"}},
		{"US Treasury", []string{"USA"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range l.Lookup(tt.name) {
			if e.Kind == KindOrg {
				got = append(got, e.Org.Country)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Lookup(%q) org countries = %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestTitleWordsAndGivenNames(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Prince", true}, {"princess", true}, {"Consort", true}, {"Secretary", true},
		// a pageant title's words are a name after an honorific
		{"World", false}, {"Universe", false}, {"America", false},
	} {
		if got := l.IsTitleWord(tt.w); got != tt.want {
			t.Errorf("IsTitleWord(%q) = %v; want %v", tt.w, got, tt.want)
		}
	}
	if _, ok := l.Title("Miss World"); !ok {
		t.Errorf("Title(%q) = false; want true", "Miss World")
	}
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Sarah", true}, {"Ken", true}, {"Marco", true}, {"Keir", true}, {"Radio", false}, {"marco", false},
	} {
		if got := l.GivenName(tt.w); got != tt.want {
			t.Errorf("GivenName(%q) = %v; want %v", tt.w, got, tt.want)
		}
	}
}
