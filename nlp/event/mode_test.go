package event

import (
	"testing"

	"chronicle"
)

func TestModes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Israeli tanks fired four shells at targets in Jericho.", "heavy-weapons"},
		{"Iraqi rebels killed three American soldiers in a suicide car bombing in Baghdad.", "suicide-attack"},
		{"A camp for Congolese refugees was attacked by Burundian militiamen armed with machetes.", "primitive"},
		{"Up to 1,000 ethnic Turks began a hunger strike in Sweden.", "hunger"},
		{"Iran threatened to launch a new military offensive against Iraq.", "violence"},
		{"Russia threatened to stop negotiations with the United States.", "relations"},
	}
	a := New(Options{})
	for _, tt := range tests {
		doc := run(t, a, sentenceDoc(tt.text))
		if len(doc.Events) == 0 {
			t.Errorf("Annotate(%q): no event; want mode %q", tt.text, tt.want)
			continue
		}
		if got := doc.Events[0].Mode; got != tt.want {
			t.Errorf("Annotate(%q) mode = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestPLOVERMode(t *testing.T) {
	tests := []struct {
		e    chronicle.Event
		want string
	}{
		{chronicle.Event{Type: "ASSAULT", Mode: "firearms", Status: Planned}, "violence"},
		{chronicle.Event{Type: "SANCTION", Mode: "discontinue", Status: Planned, Context: []string{"economic"}}, "restrict"},
		{chronicle.Event{Type: "SANCTION", Mode: "withdraw", Status: Hypothetical}, "relations"},
		{chronicle.Event{Type: "COERCE", Mode: "ban", Status: Planned}, "ban"},
		{chronicle.Event{Type: "CONSULT", Mode: "visit", Status: Planned}, ""},
		{chronicle.Event{Type: "ASSAULT", Mode: "aerial", Status: Occurred}, "aerial"},
	}
	for _, tt := range tests {
		if got := PLOVERMode(tt.e); got != tt.want {
			t.Errorf("PLOVERMode(%s/%s %s) = %q; want %q", tt.e.Type, tt.e.Mode, tt.e.Status, got, tt.want)
		}
	}
}
