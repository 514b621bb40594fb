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
	for d := 1; d <= tenseWindow; d++ {
		if k := j - 1 + d; k < len(toks) && toks[k].sent == sent {
			if t := cue(toks, k); t != tenseNone {
				return t
			}
		}
		if k := i - d; k >= 0 && toks[k].sent == sent {
			if t := cue(toks, k); t != tenseNone {
				return t
			}
		}
	}
	return tenseNone
}

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
	case "would":
		return tenseFuture
	case "going", "plans", "plan", "planned", "expected", "expects", "scheduled", "set", "due", "intends", "aims", "hopes", "slated", "poised":
		if next(1) == "to" || next(1) == "for" {
			if w == "set" && next(1) == "for" {
				return tenseFuture
			}
			if w == "due" && next(1) == "to" && k+2 < len(toks) && !isVerbish(toks[k+2].w) {
				return tenseNone // "due to the storm"
			}
			return tenseFuture
		}
		if w == "planned" || w == "expected" || w == "scheduled" {
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
	case "was", "were", "had", "did", "been", "ago", "yesterday", "last":
		if (w == "was" || w == "were") && (next(1) == "to" || next(1) == "going") {
			return tenseFuture // future in the past: "was to meet"
		}
		return tensePast
	case "says", "say", "does", "do", "has", "have", "tomorrow", "next":
		switch w {
		case "has", "have":
			return tensePast // present perfect refers to the past
		case "tomorrow", "next":
			return tenseFuture
		}
		return tensePresent
	}
	if irregularPast(w) {
		return tensePast
	}
	if strings.HasSuffix(w, "ed") && len(w) > 4 && !t.cap && !notPast(w) {
		switch prev(1) {
		case "be", "been", "being", "is", "are", "get", "gets":
			return tenseNone // passive: the auxiliary decides
		}
		switch prev(2) {
		case "be", "been":
			return tenseNone // "be formally signed"
		}
		return tensePast
	}
	return tenseNone
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
