package timex

import "strings"

// tense is the time of a clause relative to the moment of writing.
type tense int8

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// tenseWindow bounds how far from an expression the clause is searched.
const tenseWindow = 14

// tenseAt finds the tense of the clause around toks[i:j]: the nearest tense
// cue in the same sentence, looking alternately left and right. Cues are
// modal and auxiliary verbs (will, 'll, would, going to, plans to, is to →
// future; was, were, had, did → past; is, are → present), past-tense
// verbs (said, met, -ed forms not after be/been/being) and present forms
// (says). Passive participles defer to their auxiliary.
func tenseAt(toks []tok, i, j int) tense {
	if i >= len(toks) {
		return tenseNone
	}
	sent := toks[i].sent
	// a date right next to a reporting verb dates the report: "said
	// Thursday", "on Tuesday said"
	k := i - 1
	for k >= 0 && k >= i-3 && (toks[k].w == "on" || toks[k].w == "late" || toks[k].w == "early" || toks[k].w == "over" || toks[k].w == "the" || toks[k].w == "last" || toks[k].w == "this") {
		k--
	}
	if k >= 0 && toks[k].sent == sent && reporting(toks[k].w) {
		return tensePast
	}
	if j < len(toks) && toks[j].sent == sent && reporting(toks[j].w) {
		return tensePast
	}
	// "as early as Tuesday", "as soon as next week" look ahead
	if i >= 3 && toks[i-1].w == "as" && (toks[i-2].w == "early" || toks[i-2].w == "soon") && toks[i-3].w == "as" {
		return tenseFuture
	}
	// first the comma-delimited clause, then the whole sentence
	for _, commas := range []bool{true, false} {
		stopL, stopR := false, false
		for d := 1; d <= tenseWindow; d++ {
			if k := j - 1 + d; !stopR && k < len(toks) && toks[k].sent == sent {
				if commas && isComma(toks[k].w) {
					stopR = true
				} else if t := cue(toks, k); t != tenseNone {
					return t
				}
			}
			if k := i - d; !stopL && k >= 0 && toks[k].sent == sent {
				if commas && isComma(toks[k].w) {
					stopL = true
				} else if t := cue(toks, k); t != tenseNone {
					return t
				}
			}
		}
	}
	return tenseNone
}

func isComma(w string) bool { return w == "," || w == "(" || w == ")" || w == "_" || w == "--" }

// cue returns the tense toks[k] signals, or tenseNone.
func cue(toks []tok, k int) tense {
	t := toks[k]
	if t.kind != 'a' {
		return tenseNone
	}
	prev := func(n int) string {
		if k-n >= 0 && toks[k-n].kind == 'a' {
			return toks[k-n].w
		}
		if k-n >= 0 && toks[k-n].w == "'" && k-n-1 >= 0 {
			return "'" // contraction: he'll, they'd
		}
		return ""
	}
	next := func(n int) string {
		if k+n < len(toks) {
			return toks[k+n].w
		}
		return ""
	}
	w := t.w
	switch w {
	case "will", "shall", "ll", "wo", "upcoming":
		if w == "ll" && prev(1) != "'" {
			return tenseNone
		}
		return tenseFuture
	case "would", "might", "should":
		return tenseFuture
	case "may":
		if !t.cap() {
			return tenseFuture
		}
	case "said", "told", "tells", "added", "adds", "according", "noted", "stated":
		return tenseNone // reporting verbs: the reported clause decides
	case "going", "plans", "plan", "planned", "expected", "expects", "scheduled", "set", "due", "intends", "aims", "hopes", "slated", "poised":
		if prev(1) == "had" || prev(1) == "been" && prev(2) == "had" {
			return tensePast // "had been scheduled to expire Friday": a plan of the past
		}
		if next(1) == "to" || next(1) == "for" {
			if w == "planned" && next(1) == "to" {
				return tenseNone
			}
			if w == "set" && next(1) == "for" {
				return tenseFuture
			}
			if w == "due" && next(1) == "to" && k+2 < len(toks) && !isVerbish(toks[k+2].w) {
				return tenseNone // "due to the storm"
			}
			return tenseFuture
		}
		if w == "planned" || w == "scheduled" {
			if prev(1) == "previously" || prev(1) == "originally" || prev(1) == "as" || prev(1) == "had" {
				return tenseNone
			}
			return tenseFuture // "scheduled a news conference Thursday"
		}
		if w == "expected" {
			return tenseNone
		}
	case "is", "are", "am":
		if next(1) == "to" {
			return tenseFuture
		}
		if next(1) == "going" || next(1) == "expected" || next(1) == "scheduled" || next(1) == "set" || next(1) == "due" {
			return tenseFuture
		}
		return tensePresent
	case "was", "were", "had", "did", "been", "ago", "yesterday":
		if (w == "was" || w == "were") && (next(1) == "to" || next(1) == "going" || next(1) == "planning" || next(1) == "scheduled" || next(1) == "due" || next(1) == "slated" || next(1) == "expected") {
			return tenseFuture // future in the past: "was to meet"
		}
		return tensePast
	case "says", "say", "does", "do", "has", "have", "tomorrow":
		switch w {
		case "says", "say":
			return tenseNone
		case "has", "have":
			return tensePast // present perfect refers to the past
		case "tomorrow":
			return tenseFuture
		}
		return tensePresent
	}
	if irregularPast(w) || strings.HasSuffix(w, "ed") && len(w) > 4 && !t.cap() && !notPast(w) {
		switch prev(1) {
		case "be", "been", "being", "is", "are", "get", "gets":
			return tenseNone // passive: the auxiliary decides
		case "a", "an", "the", "still", "very", "more", "most", "so", "too", "its", "their", "his",
			"her", "this", "that", "these", "those", "our", "your", "my", "newly", "recently",
			"previously", "fully", "well", "highly", "widely", "long", "much", "less", "least", "of":
			return tenseNone // an adjective: "a still unspecified date"
		}
		if strings.HasPrefix(w, "un") && strings.HasSuffix(w, "ed") {
			return tenseNone // "unexpected", "unspecified"
		}
		switch prev(2) {
		case "be", "been", "is", "are":
			return tenseNone // "be formally signed"
		}
		return tensePast
	}
	return tenseNone
}

// reporting reports whether w is a past reporting verb.
func reporting(w string) bool {
	switch w {
	case "said", "told", "announced", "reported", "added", "stated", "declared", "predicted", "confirmed", "denied", "insisted", "warned":
		return true
	}
	return false
}

// isVerbish reports whether w is likely a bare verb after "to".
func isVerbish(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "this", "that", "lack", "concerns":
		return false
	}
	return true
}

// notPast lists -ed words that are not past-tense verbs.
func notPast(w string) bool {
	switch w {
	case "need", "speed", "breed", "bleed", "feed", "seed", "weed", "indeed", "proceed",
		"exceed", "succeed", "hundred", "kindred", "bed", "red", "shed", "sled", "wed",
		"united", "limited", "based", "related", "concerned", "interested", "advanced",
		"detailed", "sophisticated", "experienced", "supposed", "used", "aged", "beloved",
		"naked", "wicked", "sacred", "rugged", "crooked", "wretched", "ragged", "learned",
		"expected", "scheduled", "planned", "proposed", "so-called", "alleged", "embattled",
		"armed", "reported", "estimated", "unprecedented", "heated", "talked", "skilled",
		"televised", "coordinated", "focused", "combined", "owned", "listed", "biased",
		"unidentified", "unnamed", "indicted", "accused", "sustained", "continued", "renewed":
		return true
	}
	return false
}

// irregularPast reports whether w is the simple past of an irregular verb
// whose past participle differs or that is rarely anything else.
func irregularPast(w string) bool {
	switch w {
	case "said", "told", "met", "went", "came", "took", "made", "saw", "gave", "got", "held",
		"left", "began", "became", "rose", "fell", "grew", "won", "lost", "sold", "bought",
		"paid", "thought", "found", "brought", "ran", "knew", "wrote", "spoke", "sent",
		"spent", "kept", "felt", "led", "meant", "stood", "understood", "drove", "flew",
		"struck", "fought", "caught", "taught", "sought", "built", "chose", "broke", "stole",
		"froze", "shook", "swore", "tore", "wore", "woke", "hung", "sang", "rang", "sank",
		"drank", "swam", "fled", "arose", "forgot", "forgave", "withdrew", "overtook",
		"undertook", "slid", "sprang", "shot", "slept", "swept", "wept", "lent", "bent",
		"dealt", "dug", "fed", "hid", "laid", "lit", "slew", "spun", "stuck", "stung",
		"strove", "threw", "trod", "underwent", "upheld", "withheld", "ate", "drew",
		"rode", "wound", "bore", "beat", "bid", "heard", "declared", "announced", "agreed":
		return true
	}
	return false
}
