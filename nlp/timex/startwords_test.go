package timex

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestRuleWords checks that ruleWords holds every lower-case word literal
// of the package's code, so that mayStart never skips a word some rule
// compares a token with. Add any word it reports to ruleWords.
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

func TestMayStart(t *testing.T) {
	lx := New(Options{}).lx
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"july", true}, {"fridays", true}, {"years", true}, {"christmas", true}, {"ago", true},
		{"nineties", true}, {"minister", false}, {"blair", false},
	} {
		if got := lx.mayStart(c.w); got != c.want {
			t.Errorf("mayStart(%q) = %v; want %v", c.w, got, c.want)
		}
	}
}
