package storerows

import (
	"testing"

	"chronicle"
)

func TestBuildMerged(t *testing.T) {
	hit := func(doc, group, evidence string, e chronicle.Event) chronicle.EventHit {
		return chronicle.EventHit{Document: doc, Group: group, Merged: "b/0", Evidence: evidence, Event: e}
	}
	reports := []chronicle.EventHit{
		hit("a", "a", "A met B.", chronicle.Event{Type: "CONSULT", Mode: "", Status: "occurred", Context: []string{"economic"},
			Actors: []chronicle.Actor{{Code: "USA"}}, Recipients: []chronicle.Actor{{Code: "CHNGOV", Name: "Beijing"}}}),
		hit("b", "a", "A met B in Kuala Lumpur.", chronicle.Event{Type: "CONSULT", Mode: "third-party", Status: "occurred", Context: []string{"diplomatic"},
			Actors: []chronicle.Actor{{Code: "USAGOV", Name: "Rubio"}}, Recipients: []chronicle.Actor{{Code: "CHNGOV", Name: "Wang Yi"}},
			Date: chronicle.EventDate{Value: "2025-07-10"}, Location: chronicle.Location{Name: "Kuala Lumpur", Country: "MYS"}}),
		hit("c", "c", "Talks.", chronicle.Event{Type: "CONSULT", Status: "occurred", Actors: []chronicle.Actor{{Name: "US officials"}}}),
	}
	m := BuildMerged("b/0", "2025-07-10", reports)
	if m.Type != "CONSULT" || m.Mode != "third-party" || m.Date.Value != "2025-07-10" || m.Location.Country != "MYS" {
		t.Errorf("BuildMerged fields = %s %s %s %+v; want those of the first report (b/0)", m.Type, m.Mode, m.Date.Value, m.Location)
	}
	if m.Sources != 3 || m.Groups != 2 || len(m.Mentions) != 3 {
		t.Errorf("BuildMerged sources, groups, mentions = %d, %d, %d; want 3, 2, 3", m.Sources, m.Groups, len(m.Mentions))
	}
	var actors []string
	for _, a := range m.Actors {
		actors = append(actors, a.Code+":"+a.Name)
	}
	if g, w := jsonString(actors), `["USAGOV:Rubio","USA:",":US officials"]`; g != w {
		t.Errorf("BuildMerged actors = %s; want the first report's first, then new codes (names without one): %s", g, w)
	}
	if len(m.Recipients) != 1 || m.Recipients[0].Name != "Wang Yi" {
		t.Errorf("BuildMerged recipients = %+v; want CHNGOV once, as the first report names it", m.Recipients)
	}
	if g := jsonString(m.Context); g != `["diplomatic","economic"]` {
		t.Errorf("BuildMerged context = %s; want both, sorted", g)
	}
	if e := BuildMerged("x/1", "", nil); e.Sources != 0 || e.Actors == nil || e.Context == nil {
		t.Errorf("BuildMerged(no reports) = %+v; want zero counts and empty lists", e)
	}
}

func jsonString(v []string) string {
	out := "["
	for i, s := range v {
		if i > 0 {
			out += ","
		}
		out += `"` + s + `"`
	}
	return out + "]"
}
