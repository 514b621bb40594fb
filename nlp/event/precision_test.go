package event

import (
	"strings"
	"testing"
)

// TestNotEvents lists sentences read in news articles that name no
// political act, or whose act belongs to nobody the sentence names; each
// was coded as one before the mechanism named in its comment.
func TestNotEvents(t *testing.T) {
	tests := []struct{ text, why string }{
		{"The London exchange is also holding talks with Deutsche Boerse.", "a country modifying a business does not act"},
		{"Mr Howard declined to say what form the statement should take.", "declining to comment is no rejection"},
		{"Stephanie McCrummen had seen him at a rally in June.", "a scene is no act of the subject"},
		{"Donald Trump spoke about “wounded American families” in Ohio.", "an attributive participle is an adjective"},
		{"Germany must now demonstrate why the purchase creates more value.", "demonstrate why is showing"},
		{"Parents sent a letter to the NAACP board urging them to reconsider.", "a participle after the object shares the verb's subject"},
		{"Liam Fox said the Conservative Party offered a clear choice on the issue.", "offering a thing to nobody named is no cooperation"},
		{"Melanie said she felt better several months after her release.", "the possessor of a release is released"},
		{"Charles Clarke said he recognised people's concerns about the costume.", "recognition needs somebody recognised"},
		{"If Donald Trump's plan rejected single mothers, black families would be affected.", "a plan acts for nobody"},
		{"He claims the British asylum system is being abused.", "abuse needs somebody abused"},
		{"Rodrigo Rato is expected to present his conclusions at an IMF meeting in Washington.", "a scene is no act of the subject"},
		{"Hillary Clinton spoke during the DNC meeting in Philadelphia.", "a scene is no act of the subject"},
	}
	a := New(Options{})
	for _, tt := range tests {
		doc := run(t, a, sentenceDoc(tt.text))
		var got []string
		for _, e := range doc.Events {
			got = append(got, line(e))
		}
		if len(got) > 0 {
			t.Errorf("Annotate(%q) events = %s; want none (%s)", tt.text, strings.Join(got, "; "), tt.why)
		}
	}
}
