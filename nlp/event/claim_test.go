package event

import (
	"context"
	"strings"
	"testing"
)

// TestClaims checks that acts reported in a quote's content are claims by
// its speaker, with the cue's attitude in their status, and that the
// article's own statements, intents and descriptions are not.
func TestClaims(t *testing.T) {
	tests := []struct {
		text string
		want []string // line(e) + " | " + claimLine
	}{
		{"China imposed tariffs on US goods.", []string{"SANCTION/discontinue occurred CHNGOV>USAGOV 2025-07-11(published) | "}},
		{"China said the United States imposed tariffs on Chinese goods.",
			[]string{"SANCTION/discontinue occurred USAGOV>CHN 2025-07-11(published) | q1 by China/CHNGOV"}},
		{"Donald Trump believes China imposed tariffs on US goods.",
			[]string{"SANCTION/discontinue hypothetical CHNGOV>USAGOV 2025-07-11(published) | q1 by Donald Trump/USAGOV"}},
		{"Russia denied that it attacked Ukraine.",
			[]string{"ASSAULT/ negated RUSGOV>UKRGOV 2025-07-11(published) | q1 by Russia/RUSGOV"}},
		{"Analysts suggest that China imposed tariffs on US goods.", nil},
		{"Donald Trump plans to meet Xi Jinping.", []string{"CONSULT/ planned USAGOV>CHNGOV 2025-07-11(published) | "}},
		{"Marco Rubio described his meeting with Wang Yi as positive.", []string{"CONSULT/ occurred USAGOV>CHNGOV 2025-07-11(published) | "}},
		{"Japan said it would send aid to Haiti.", []string{"AID/ planned JPNGOV>HTIGOV 2025-07-11(published) | q1 by Japan/JPNGOV"}},
		{"Japan said North Korea could attack South Korea.",
			[]string{"ASSAULT/ hypothetical PRKGOV>KORGOV 2025-07-11(published) | q1 by Japan/JPNGOV"}},
		{"Japan said North Korea refused to meet South Korea.",
			[]string{"REJECT/ occurred PRKGOV>KORGOV 2025-07-11(published) | q1 by Japan/JPNGOV"}},
	}
	a := New(Options{})
	for _, tt := range tests {
		doc := run(t, a, sentenceDoc(tt.text))
		claims, err := a.annotate(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for i, e := range doc.Events {
			got = append(got, line(e)+" | "+claimLine(claims[i]))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Annotate(%q) events =\n%s\nwant\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestReporting(t *testing.T) {
	tests := []struct {
		cue  string
		want bool
	}{
		{"said", true}, {"says", true}, {"told", true}, {"according to", true}, {"suggested", true}, {"denies", true},
		{"warned", true}, {"Adding", true}, {"launched", false}, {"guided", false}, {"imposed", false},
	}
	for _, tt := range tests {
		if got := reporting(tt.cue); got != tt.want {
			t.Errorf("reporting(%q) = %v; want %v", tt.cue, got, tt.want)
		}
	}
}
