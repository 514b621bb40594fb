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
		{"Ministers insist they are proportionate to the terror threat.", "a threat needs a possessor or an agent of its own"},
		{"North Korea is considered a threat to U.S. troops in South Korea and Japan.", "a threat needs a possessor or an agent of its own"},
		{"The new gambling bill going through Westminster will allow casino complexes to open.", "a bill is a thing heading the subject, not the place after it"},
		{"A contentious visa program that allows wealthy foreigners to obtain United States citizenship will expire.", "a program is a thing heading the subject"},
		{"Several judges handling lawsuits seeking information about Hillary Clinton's tenure cited the election.", "lawsuits are a thing heading the participle's subject"},
		{"Titan, a California-based company, pleaded guilty to violating US anti-bribery laws.", "pleading guilty is a sense listed as no event"},
		{"The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%.", "lifting rates is a sense listed as no event"},
		{"Altria's Philip Morris now accepts that nicotine is harmful.", "accepting that is acknowledging, a sense listed as no event"},
		{"Tony Blair has been the staunchest backer of Turkish accession, provided it sticks with reform.", "provided before a subject is a conjunction"},
		{"The Duchy of Cornwall provides Prince Charles' annual income.", "providing income is a sense listed as no event"},
		{"Most of the terror suspects are detained at Belmarsh Prison in London.", "a present passive describes a state: the place is no authority"},
		{"Mr. Quiros was accused of using $50 million for a condominium at Trump Place in New York.", "a place inside the passive's complement is no authority"},
		{"Bryant Rousseau and Caryn Wilson contributed reporting.", "contributing reporting is a sense listed as no event"},
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
