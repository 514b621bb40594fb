package timex

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// ruleWords are the words the rules compare tokens with, anywhere in an
// expression: every lower-case string literal of the package's code
// (TestRuleWords keeps the list in step with the code). With the
// lexicon's words and the numbers they are the tokens at which trying
// every rule surely drops no expression, which TestStartRules holds the
// rules of startRules to.
const ruleWords = `
gmt utc bst cet cest edt pst pdt hrs
a about according account accounts accused acres across acting added additional adds adjourned
advanced affairs after afternoon aged ago agreed ahead aims alleged almost also always am
an and announced announcement approx approximately apr april are armed arose around as at
ate attack aug august ave average avg awaited barrels based basis be beat became bed been before
began beginning being beloved bent between beyond biased bid billion biz bleed blvd bore
bought break breed broke brought bufio built business but by bytes calendar call came can candidate
capt caretaker cars cases caught cents century ceremony children chose chronicle circa clock close
co col collection com combined come coming company comparable concerned concerns
conference confirmed consecutive context continued coordinated corp corresponding could
countless couple crash crooked current date dated dayrel days deadline dealt deaths debate
dec decade decades declared deferred delayed denied dept designate detailed did do doc does dollars
dozen dr drank drew drove due dug during each earlier early earthquake ed effective
eighties elect election embattled embed employees end ended ending err erstwhile est estimated euros
evening events every ex exceed expected expects experienced explosion extend extended
extending extends extension feb fed feed feet fell felt few fewer fifties fig final first
fiscal fled flew fm fmt focused following foot for forgave forgot former forthcoming forties fought found
from froze ft full fully funeral further future fy game games gave gen get gets getting
given go goes going got gov government granted grew h had half has have he heard hearing
heated held hence her hid highly his holiday hopes hours hundred hung i if in inc incoming indeed
indicted inferred info initial insisted intends interested interim interview into io is it its jan jobs jr
jul jun june kept kg kilometers kindred km knew lack laid last late later latest launch
learned least led left lent less limited listed lit ll long look looked lost lt ltd m made
many mar march match may meant meeting meetings members men messrs met meters metres mid
midday middle midnight might miles million minus minutes month monthabbr months more
morning most moved mph mr mrs ms mt much mw my naked nd near nearly need net newly news
next night nineties no nominee noon not noted nov now num numerous o oct of old olympics on once
one onetime or ord org originally other our ous out over overnight overtook owned p paid part past
people per percent perhaps period periods persons ph plan planned planning plans plus pm
points poised post postpone postponed pounds pre preceding predicted present president
previous previously prior proceed prof proposed protest q quarter quarters ragged raid
rally ran rang rd recent recently red ref regexp related remaining renewed rep reported
rev right rode rose roughly rpm rugged s sacred said same sang sank saw say says scheduled
season second seconds seed sen sent sep sept session set seventies several sgt shall
shares she shed shook short shot should signing since sixties skilled slated sled slept
slew slid so sold soldiers some soon sophisticated sort sought speech speed spent spoke
sprang spun sr ss st start starting stated still stole stood straight strconv strike
strings strove struck stuck students stung succeed summit supposed suspended sustained
swam swept swore sync t talk talked talks taught televised tells term th than that the their
then there these they thirties this those thought thousand threw thrice through throughout
thus till time times timex timexes to today told tomorrow tonight tonnes tons too took
tore towards trading trial trip trod troops turn turned tv twenties twice u un under
understood undertook underwent unicode unidentified unit united units unnamed
unprecedented until up upcoming upheld us used very visit vote votes vs warned was we wed
weed week weekday weekend weeks well went wept were what when where which who wicked
widely will with withdrew withheld within wo woke women won wore workers working would
wound wretched wrote year years yen yesterday you your ys zone
`

// TestRuleWords checks that ruleWords holds every lower-case word literal
// of the package's code. Add any word it reports to ruleWords.
func TestRuleWords(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, w := range strings.Fields(ruleWords) {
		known[w] = true
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := goparser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			bl, ok := n.(*ast.BasicLit)
			if !ok || bl.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(bl.Value)
			if err != nil || s == "" || s != strings.ToLower(s) || strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				return true
			}
			if !known[s] {
				t.Errorf("%s: word %q is missing from ruleWords", fset.Position(bl.Pos()), s)
			}
			return true
		})
	}
}

func TestRules(t *testing.T) {
	lx := New(Options{}).lx
	for _, c := range []struct {
		text string
		want rule
	}{
		{"July", ruleMonth},
		{"Fridays", ruleWeekday},
		{"years", ruleDuration},
		{"nineties", ruleYear},
		{"week", ruleTheUnit | ruleWeekOf | ruleDuration},
		{"that", ruleRelUnit},
		{"1998", numberRules},
		{"'", ruleYear},
		{"ago", 0},
		{"said", 0},
		{"minister", 0},
		{"Blair", 0},
	} {
		p := &parser{lx: lx, toks: tokenize(c.text)}
		if got := p.rules(0); got&c.want != c.want || c.want == 0 && got != 0 {
			t.Errorf("rules(%q) = %b; want %b among them", c.text, got, c.want)
		}
	}
}

// TestStartRules checks that trying only the rules a token can start
// (startRules) finds the same expressions as trying every rule at every
// word a rule or the lexicon names (ruleWords, as the tagger did before)
// and at every number, on the seed, the BBC corpus, TimeBank and AQUAINT
// and PolNeAR, with and without a reference date.
func TestStartRules(t *testing.T) {
	tg := New(Options{})
	all := New(Options{})
	lx := *all.lx
	lx.first = map[string]rule{}
	for w := range startRules(&lx) {
		lx.first[w] = allRules
	}
	for _, w := range strings.Fields(ruleWords) {
		lx.first[w] = allRules
	}
	for _, w := range append(keys(lx.part), keys(lx.zone)...) { // classes no rule starts with
		lx.first[w] = allRules
		if i := strings.IndexByte(w, ' '); i > 0 {
			lx.first[w[:i]] = allRules
		}
	}
	lx.first["'"], lx.digits = allRules, allRules
	all.lx = &lx
	texts := []string{seedDoc(t, "").Text}
	if sh := sharedDir(t); sh != "" {
		for _, glob := range []string{"data/corpus/bbc-news/*/*.txt", "data/timex/tbaq-cleaned/*/*.tml", "data/quotes/polnear/*/text/*.txt"} {
			names, err := filepath.Glob(filepath.Join(sh, glob))
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range names {
				b, err := os.ReadFile(n)
				if err != nil {
					t.Fatal(err)
				}
				texts = append(texts, string(b))
			}
		}
	}
	if len(texts) < 100 {
		t.Logf("only %d texts (the shared corpora are missing)", len(texts))
	}
	ref := time.Date(2025, 7, 11, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		for _, known := range []bool{true, false} {
			got, gotNotes, _ := tg.find(text, tokenize(text), ref, known, 0)
			want, wantNotes, _ := all.find(text, tokenize(text), ref, known, 0)
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(uniqNotes(gotNotes), uniqNotes(wantNotes)) {
				t.Fatalf("find trying the rules a token starts differs from find trying all on %.60q (ref known %v):\n%v\n%v", text, known, got, want)
			}
		}
	}
}

// uniqNotes returns notes without repeats, as Annotate warns of them.
func uniqNotes(notes []note) []note {
	var out []note
	seen := map[note]bool{}
	for _, n := range notes {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// TestLeadWords checks leadWord against quantMod and posMod: at a word
// leadWord does not know, in any context of words the rules name, they
// read nothing.
func TestLeadWords(t *testing.T) {
	lx := New(Options{}).lx
	words := strings.Fields(ruleWords)
	for _, w := range words {
		if leadWord(w) {
			continue
		}
		for _, next := range append(words, "5", "1990") {
			p := &parser{lx: lx, toks: tokenize(w + " " + next + " than of the 5 year")}
			if k, _ := p.quantMod(0); k != 0 {
				t.Errorf("quantMod reads %q before %q, which leadWord lacks", w, next)
			}
			if k, _ := p.posMod(0); k != 0 {
				t.Errorf("posMod reads %q before %q, which leadWord lacks", w, next)
			}
		}
	}
}
