package wordnet

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		pos, w  string
		lex0    uint8
		clause  bool
		unknown bool
	}{
		{"v", "said", VerbCommunication, true, false},        // irregular: verb.exc
		{"v", "told", VerbCommunication, true, false},        // irregular
		{"v", "criticized", VerbCommunication, false, false}, // -ed → -e
		{"v", "praises", VerbCommunication, false, false},    // -s
		{"v", "slammed", 35, false, false},                   // verb.contact, doubled consonant (verb.exc)
		{"v", "worried", 37, true, false},                    // -ied: worry, verb.emotion
		{"v", "believes", VerbCognition, true, false},
		{"v", "blorfed", None, false, true},
		{"n", "concerns", NounCognition, false, false},
		{"n", "claim", NounCommunication, false, false},
		{"n", "spokesmen", NounPerson, false, false}, // -men → -man
		{"n", "criticism", NounCommunication, false, false},
		{"n", "qwzx", None, false, true},
	}
	for _, tc := range tests {
		var s Sense
		var ok bool
		if tc.pos == "v" {
			s, ok = tb.Verb(tc.w)
		} else {
			s, ok = tb.Noun(tc.w)
		}
		if ok == tc.unknown {
			t.Errorf("%s(%q) known = %v; want %v", tc.pos, tc.w, ok, !tc.unknown)
			continue
		}
		if tc.unknown {
			continue
		}
		if s.Lex[0] != tc.lex0 || s.Clause != tc.clause {
			t.Errorf("%s(%q) = %+v; want first sense %d, clause %v", tc.pos, tc.w, s, tc.lex0, tc.clause)
		}
	}
}

func TestNilTable(t *testing.T) {
	var tb *Table
	if _, ok := tb.Verb("said"); ok {
		t.Error("(*Table)(nil).Verb(said) known; want unknown")
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{
		"v\tsay\n",            // too few fields
		"q\tsay\t32\tc\n",     // unknown kind
		"v\tsay\tx\tc\n",      // bad sense
		"v\tsay\t1,2,3,4\t\n", // too many senses
		"v\tsay\t300\t\n",     // out of range
		"v\t\t32\t\n",         // no lemma
	} {
		if _, err := Read(strings.NewReader(in)); !errors.Is(err, ErrFormat) {
			t.Errorf("Read(%q) error = %v; want ErrFormat", in, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("v\tsay\t32\tc\nxv\tsaid\tsay\t\nn\tclaim\t10,4\t\n")
	f.Add("n\tx\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		tb, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, w := range strings.Fields(in) {
			tb.Verb(w)
			tb.Noun(w)
		}
	})
}

func ExampleTable_Verb() {
	tb, err := Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := tb.Verb("lambasted")
	fmt.Println(s.Lex[0], s.Lex[1])
	// Output: 35 32
}

func TestVerbKey(t *testing.T) {
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		form, lemma string
		want        bool
	}{
		{"went", "go", true}, {"ranked", "rank", true}, {"ranks", "rank", true}, {"dealt", "deal", true},
		{"paid", "pay", true}, {"varies", "vary", true}, {"classified", "classify", true}, {"rank", "rank", true},
		{"went", "want", false}, {"ranked", "ran", false},
	} {
		k, ok := tab.VerbKey(tt.form)
		if got := ok && k == Key(tt.lemma); got != tt.want {
			t.Errorf("VerbKey(%q) == Key(%q): %v; want %v", tt.form, tt.lemma, got, tt.want)
		}
	}
	if _, ok := tab.VerbKey("xqzt"); ok {
		t.Errorf("VerbKey(%q) found a verb", "xqzt")
	}
}
