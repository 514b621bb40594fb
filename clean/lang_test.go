package clean

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// langSamples are texts in several languages and scripts, with the
// language whatlanggo gives them.
var langSamples = []struct{ text, want string }{
	{"The foreign ministers of the Association of Southeast Asian Nations met in Kuala Lumpur on Thursday to discuss trade.", "en"},
	{"Los ministros de Asuntos Exteriores se reunieron el jueves en Kuala Lumpur para hablar del comercio y de la seguridad.", "es"},
	{"Les ministres des Affaires étrangères se sont réunis jeudi à Kuala Lumpur pour discuter du commerce et de la sécurité.", "fr"},
	{"Die Außenminister trafen sich am Donnerstag in Kuala Lumpur, um über den Handel und die Sicherheit zu sprechen.", "de"},
	{"Các bộ trưởng ngoại giao đã gặp nhau tại Kuala Lumpur vào thứ Năm để thảo luận về thương mại và an ninh.", "vi"},
	{"Министры иностранных дел встретились в четверг в Куала-Лумпуре, чтобы обсудить торговлю и безопасность.", "ru"},
	{"外交部长们星期四在吉隆坡会面讨论贸易问题。", "zh"},
	{"", ""},
	{"12345 ... !!!", ""},
}

func TestLanguages(t *testing.T) {
	l, err := newLanguages()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range langSamples {
		if got := l.detect(c.text); got != c.want {
			t.Errorf("detect(%.30q) = %q; want %q", c.text, got, c.want)
		}
		if got, wl := l.detect(c.text), whatlangLanguage(c.text); got != wl {
			t.Errorf("detect(%.30q) = %q; whatlanggo says %q", c.text, got, wl)
		}
	}
}

// TestLanguagesMatchWhatlanggo checks the indexed detector against
// whatlanggo on every text file of the shared corpora (skipped when they
// are missing). whatlanggo breaks exact ties at random, so a text counts
// only when three runs of it agree.
func TestLanguagesMatchWhatlanggo(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "data")
	if _, err := os.Stat(root); err != nil {
		t.Skip("shared data not present (../../shared/data)")
	}
	if testing.Short() {
		t.Skip("long: every text file of the shared data")
	}
	l, err := newLanguages()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") && !strings.HasSuffix(path, ".tml") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := string(b)
		for _, sample := range []string{text, text[len(text)/2:]} {
			sample = strings.ToValidUTF8(sample, "\ufffd")
			s := sample
			if len(s) > languageSample {
				s = s[:languageSample]
				s = strings.ToValidUTF8(s, "")
			}
			// whatlanggo breaks exact ties at random: skip the samples
			// where three runs of it do not agree.
			w := whatlangLanguage(s)
			stable := true
			for range 2 {
				stable = stable && whatlangLanguage(s) == w
			}
			if !stable {
				continue
			}
			n++
			if got := l.detect(sample); got != w {
				t.Errorf("detect(%s) = %q; whatlanggo says %q", path, got, w)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d samples agree", n)
}

func BenchmarkLanguage(b *testing.B) {
	src, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	l, err := newLanguages()
	if err != nil {
		b.Fatal(err)
	}
	text := string(src)
	b.ReportAllocs()
	for b.Loop() {
		l.detect(text)
	}
}

func BenchmarkLanguageWhatlanggo(b *testing.B) {
	src, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(src[:languageSample])
	b.ReportAllocs()
	for b.Loop() {
		whatlangLanguage(text)
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\u00a0b", "naïve  café", "one two three four", "a\nb", "\xff \xfe", "a \u2003 b"} {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q; want %q", s, got, want)
		}
		for n := range 4 {
			if got, want := hasFields(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Errorf("hasFields(%q, %d) = %v; want %v", s, n, got, want)
			}
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	f.Add("a  b\tc\u00a0d")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q; want %q", s, got, want)
		}
		for n := range 4 {
			if got, want := hasFields(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Errorf("hasFields(%q, %d) = %v; want %v", s, n, got, want)
			}
		}
	})
}

func TestSameFields(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\u00a0b", "ab", "a bc", "ab c", "naïve  café", "naïve café", "\xff \xfe", "\xff\u00a0\xfe", "a \u2003 b"}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := sameFields(a, b), collapseSpace(a) == collapseSpace(b); got != want {
				t.Errorf("sameFields(%q, %q) = %v; want %v", a, b, got, want)
			}
		}
	}
}

func FuzzSameFields(f *testing.F) {
	f.Add("a  b\tc\u00a0d", "a b c d")
	f.Add("a b", "ab")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sameFields(a, b), collapseSpace(a) == collapseSpace(b); got != want {
			t.Errorf("sameFields(%q, %q) = %v; want %v", a, b, got, want)
		}
	})
}

// TestFurnitureCase checks what boilerplate relies on: lower-casing a rune
// never changes whether it is furniture.
func TestFurnitureCase(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); isFurniturePunct(r) != isFurniturePunct(l) {
			t.Errorf("isFurniturePunct(%U) = %v but isFurniturePunct(%U) = %v", r, isFurniturePunct(r), l, isFurniturePunct(l))
		}
	}
}

func TestBoilerplate(t *testing.T) {
	lx, err := loadLexicon(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("word ", 30)
	tests := []struct {
		line string
		want bool
	}{
		{"Read more", true},
		{"» READ MORE «", true},
		{"Read more" + strings.Repeat("!", 130), true}, // long, but only debris after the line
		{strings.Repeat("-", 130) + "Share this", true},
		{"Read more: " + long[:80], true},
		{"Read more: " + long, false}, // too long for a prefix
		{"Read more about it", false},
		{long, false},
	}
	for _, tt := range tests {
		if got := lx.boilerplate(tt.line); got != tt.want {
			t.Errorf("boilerplate(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// FuzzCreditWord checks what findCredit relies on: no credit label
// pattern matches a line without a credit word.
func FuzzCreditWord(f *testing.F) {
	for _, s := range []string{"Photo: AP", "PHOTOGRAPH BY JANE DOE", "(Picture: Reuters)", "courteſy of NASA",
		"Illuſtration: Jane", "Credit：Getty", "He said: no", "Pic by Bob", "a COURTESY of EPA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if hasCreditWord(strings.ToLower(s)) {
			return
		}
		for _, rx := range []*regexp.Regexp{rxCreditLabel, rxCreditParen, rxCreditCap} {
			if rx.MatchString(s) {
				t.Errorf("%v matches %q, which has no credit word", rx, s)
			}
		}
	})
}

// FuzzBylineFilters checks the cheap tests parseByline puts in front of
// its patterns: none lets a line through that a pattern would match.
func FuzzBylineFilters(f *testing.F) {
	for _, s := range []string{"By Jane Doe", "bY x", "According to AFP", "ſource: AP", "SOURCE: Reuters", "Reporting by X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayBy(s) && rxBy.MatchString(s) {
			t.Errorf("mayBy(%q) = false but %v matches", s, rxBy)
		}
		if !mayAccord(s) && rxAccording.MatchString(s) {
			t.Errorf("mayAccord(%q) = false but %v matches", s, rxAccording)
		}
		if !mayReport(s) && rxReporting.MatchString(s) {
			t.Errorf("mayReport(%q) = false but %v matches", s, rxReporting)
		}
	})
}

func TestAgencyList(t *testing.T) {
	lx, err := loadLexicon(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	// ref is agencyList as it was written before it stopped making the
	// slice of parts.
	ref := func(s string) ([]string, bool) {
		parts := splitNames(s, "/")
		if len(parts) == 0 {
			return nil, false
		}
		var out []string
		for _, p := range parts {
			a, ok := lx.agency(p)
			if !ok {
				return nil, false
			}
			out = appendUnique(out, a.Name)
		}
		return out, true
	}
	for _, s := range []string{"", " ", ",", "AFP", "AP/Reuters", "AFP, Reuters", "Reuters and AP", "REUTERS & AFP; AP",
		"Jane Doe", "AFP, Jane Doe", " ; AFP ; ", "AP & and Reuters", "Reuters/", "Labour plans maternity pay rise"} {
		got, gotOK := lx.agencyList(s)
		want, wantOK := ref(s)
		if !slices.Equal(got, want) || gotOK != wantOK {
			t.Errorf("agencyList(%q) = %q, %v; want %q, %v", s, got, gotOK, want, wantOK)
		}
	}
}
