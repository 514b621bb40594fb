package httpapi

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"chronicle"
)

// tagRE matches the tags nest writes.
var tagRE = regexp.MustCompile(`</?[a-z]+[^>]*>`)

// wellNested reports whether the tags of s close in the order they open.
func wellNested(s string) bool {
	var stack []string
	for _, t := range tagRE.FindAllString(s, -1) {
		name := strings.FieldsFunc(strings.TrimPrefix(t, "<"), func(r rune) bool { return r == ' ' || r == '>' || r == '/' })[0]
		if strings.HasPrefix(t, "</") {
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return false
			}
			stack = stack[:len(stack)-1]
		} else {
			stack = append(stack, name)
		}
	}
	return len(stack) == 0
}

func TestNest(t *testing.T) {
	sp := func(s, e, layer int, name string) mark {
		return mark{start: s, end: e, layer: layer, first: "<" + name + ` id="1">`, again: "<" + name + ">", close: "</" + name + ">"}
	}
	tests := []struct {
		text  string
		marks []mark
		want  string
	}{
		{"abc", nil, "abc"},
		{"a<b", []mark{sp(1, 2, 1, "b")}, `a<b id="1">&lt;</b>b`},
		// A quote (layer 2) crossing the end of an evidence sentence (layer 1)
		// is closed and reopened.
		{"one. two", []mark{sp(0, 4, 1, "s"), sp(2, 8, 2, "q")}, `<s id="1">on<q id="1">e.</q></s><q> two</q>`},
		// A mention inside a quote inside a sentence.
		{"he said hi", []mark{sp(0, 10, 1, "s"), sp(8, 10, 2, "q"), sp(8, 10, 3, "m")}, `<s id="1">he said <q id="1"><m id="1">hi</m></q></s>`},
	}
	for _, tt := range tests {
		if got := nest(tt.text, tt.marks); got != tt.want {
			t.Errorf("nest(%q, …) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzNest(f *testing.F) {
	f.Add("Rubio said “yes, fine.” Then he left.", 0, 10, 5, 20, 12, 30)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		var marks []mark
		for i, p := range [][2]int{{a, b}, {c, d}, {e, g}} {
			s, x := p[0], p[1]
			if s < 0 || x > len(text) || s >= x {
				continue
			}
			name := []string{"s", "q", "m"}[i]
			marks = append(marks, mark{start: s, end: x, layer: i + 1, first: "<" + name + ">", again: "<" + name + ">", close: "</" + name + ">"})
		}
		out := nest(text, marks)
		if !wellNested(out) {
			t.Fatalf("nest(%q) = %q: not well nested", text, out)
		}
		if got := html.UnescapeString(tagRE.ReplaceAllString(out, "")); got != text {
			t.Fatalf("nest(%q) without tags = %q; want the text", text, got)
		}
	})
}

func BenchmarkHighlight(b *testing.B) {
	doc := &chronicle.Document{Text: strings.Repeat("Marco Rubio said the talks were “positive and constructive.” ", 40)}
	for i := 0; i < 40; i++ {
		off := i * 64
		doc.Mentions = append(doc.Mentions, chronicle.Mention{ID: "m", Start: off, End: off + 11, Text: "Marco Rubio", Type: "PERSON"})
		doc.Quotes = append(doc.Quotes, chronicle.Quote{ID: "q", Start: off + 35, End: off + 61, Kind: "direct"})
		doc.Events = append(doc.Events, chronicle.Event{ID: "ev", Type: "CONSULT", Evidence: chronicle.Span{Start: off, End: off + 64}})
	}
	b.ReportAllocs()
	for b.Loop() {
		highlight(doc)
	}
}
