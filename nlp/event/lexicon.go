package event

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// lexiconPath is the trigger lexicon inside an Options.FS.
const lexiconPath = "data/triggers.tsv"

// ErrLexicon reports a trigger lexicon that cannot be read.
var ErrLexicon = errors.New("event: bad trigger lexicon")

// An entry is one trigger of the lexicon.
type entry struct {
	Type, Mode, Context string
	Lemma               string
	Intent              bool // its complement's event is kept as planned, the entry dropped
	Speech              bool // a verbal act: events in its complement are dropped
	Retaliate           bool // no recipient: the previous event's actor
	Recipient           bool // needs a recipient or two actors
	Own                 bool // a noun that needs participants of its own
	Intransitive        bool // no event when the verb has a direct object
	Transitive          bool // no event without a direct object or an infinitive ("sales were declining")
	Infinitive          bool // no event without "to" and a verb or "for" after it ("asked him: …?")
	None                bool // type "-": with this object or next word the verb is no event ("pleaded guilty")
}

// key identifies an entry: part of speech, word form and object.
type key struct {
	pos  byte // 'V' or 'N'
	form string
	obj  string // singular object head, a preposition, or "*"
}

// lexicon is the read-only trigger lexicon.
type lexicon struct {
	entries map[key]entry
	// forms holds the word forms entries has keys for, with the parts of
	// speech ('V', 'N') as bits (formVerb, formNoun): most words have none,
	// and one look-up here spares the per-object ones.
	forms map[string]uint8
	// responds holds the forms of verbs that respond to an act named by
	// their object rather than doing it ("denied the allegations",
	// "favour an early start to talks", "is a proponent of talks").
	responds map[string]bool
	// given holds given names with their usual gender, 'f' or 'm' (the
	// shared lexicon's names.tsv), for "she" and "he".
	given map[string]byte
}

// responseVerbs are the lemmas of lexicon.responds.
var responseVerbs = []string{"deny", "reject", "dismiss", "refute", "rebuff", "welcome", "praise", "criticise", "criticize",
	"condemn", "deplore", "discuss", "debate", "consider", "favour", "favor", "oppose", "support", "back", "endorse", "fear",
	"face", "expect", "await", "report", "describe", "doubt", "cite", "hail", "dispute", "applaud", "investigate",
	"review", "blame", "mourn", "recall", "remember", "urge", "demand", "seek", "want", "propose", "suggest", "prefer", "be",
	"prevent", "avert", "avoid", "forestall", "deflect", "rebut", "ward", "fend", "repel", "resist"}

func loadLexicon(fsys fs.FS) (*lexicon, error) {
	f, err := fsys.Open(lexiconPath)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	defer f.Close()
	lx := &lexicon{entries: map[key]entry{}, forms: map[string]uint8{}, responds: map[string]bool{}}
	for _, l := range responseVerbs {
		for _, w := range inflect(l) {
			lx.responds[w] = true
		}
	}
	for _, w := range []string{"is", "are", "was", "were", "been", "being", "am", "'s", "sought", "described"} {
		lx.responds[w] = true
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 7 {
			return nil, fmt.Errorf("%w: %s:%d: want 7 columns, have %d", ErrLexicon, lexiconPath, n, len(cols))
		}
		pos, forms, obj := cols[0], strings.Split(cols[1], "|"), cols[2]
		if (pos != "V" && pos != "N") || forms[0] == "" || obj == "" || (!isType(cols[3]) && (cols[3] != "-" || obj == "*")) {
			return nil, fmt.Errorf("%w: %s:%d: bad entry %q", ErrLexicon, lexiconPath, n, line)
		}
		e := entry{Type: cols[3], Mode: cols[4], Context: cols[5], Lemma: forms[0], None: cols[3] == "-"}
		for _, fl := range strings.Split(cols[6], ",") {
			switch fl {
			case "":
			case "intent":
				e.Intent = true
			case "speech":
				e.Speech = true
			case "retaliate":
				e.Retaliate = true
			case "recipient":
				e.Recipient = true
			case "own":
				e.Own = true
			case "intransitive":
				e.Intransitive = true
			case "transitive":
				e.Transitive = true
			case "infinitive":
				e.Infinitive = true
			case "light": // documentation: the verb has no entry for "*"
			default:
				return nil, fmt.Errorf("%w: %s:%d: unknown flag %q", ErrLexicon, lexiconPath, n, fl)
			}
		}
		if obj != "*" {
			obj = singular(obj)
		}
		all := forms
		if pos == "V" {
			all = append(inflect(forms[0]), forms[1:]...)
		} else {
			all = append(all, plural(forms[0]))
		}
		for _, w := range all {
			lx.entries[key{pos[0], w, obj}] = e
			lx.forms[w] |= formBit(pos[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	return lx, nil
}

// The bits of lexicon.forms.
const (
	formVerb uint8 = 1 << iota
	formNoun
)

// formBit returns the bit of lexicon.forms for part of speech pos, 'V' or 'N'.
func formBit(pos byte) uint8 {
	if pos == 'V' {
		return formVerb
	}
	return formNoun
}

// has reports whether entries has a key for part of speech pos ('V' or
// 'N') and word form w, whatever its object.
func (lx *lexicon) has(pos byte, w string) bool { return lx.forms[w]&formBit(pos) != 0 }

// Types returns the sixteen PLOVER event types in the codebook's order.
func Types() []string {
	return []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
}

func isType(t string) bool {
	switch t {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return true
	}
	return false
}

// inflect returns a verb lemma with its regular inflections, doubling a
// final consonant both ways (ban → banned; visit → visited).
func inflect(l string) []string {
	out := []string{l}
	stem := l
	switch {
	case strings.HasSuffix(l, "ee"):
		out = append(out, l+"s", l+"d", l+"ing")
	case strings.HasSuffix(l, "e"):
		stem = l[:len(l)-1]
		out = append(out, l+"s", l+"d", stem+"ing")
	case strings.HasSuffix(l, "y") && len(l) > 2 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		stem = l[:len(l)-1]
		out = append(out, stem+"ies", stem+"ied", l+"ing")
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "sh"), strings.HasSuffix(l, "z"):
		out = append(out, l+"es", l+"ed", l+"ing")
	default:
		out = append(out, l+"s", l+"ed", l+"ing")
		if n := len(l); n >= 3 && !strings.ContainsRune("aeiouwxy", rune(l[n-1])) &&
			strings.ContainsRune("aeiou", rune(l[n-2])) && !strings.ContainsRune("aeiou", rune(l[n-3])) {
			d := l + l[n-1:]
			out = append(out, d+"ed", d+"ing")
		}
	}
	return out
}

// plural returns the regular plural of a noun.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// singular returns the singular of a regular English plural.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
