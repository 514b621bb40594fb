package clean

import (
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// languageSample is how much text language detection looks at.
const languageSample = 1536

// language returns the ISO 639-1 code of the language text is written in,
// or "" if it cannot tell.
func language(text string) string {
	if len(text) > languageSample {
		n := languageSample
		for n > 0 && !utf8.RuneStart(text[n]) {
			n--
		}
		text = text[:n]
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 {
		return ""
	}
	return info.Lang.Iso6391()
}
