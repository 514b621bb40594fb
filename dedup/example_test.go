package dedup_test

import (
	"fmt"

	"chronicle"
	"chronicle/dedup"
)

func ExamplePickGroup() {
	text := "China agreed to resume exports of rare earth minerals to the United States, officials said on Friday."
	wire := "BEIJING (Reuters) - " + text
	other := "The football season opened with a goalless draw at the national stadium on Saturday evening."
	g, _ := dedup.PickGroup(wire, "doc-2", []dedup.Candidate{{ID: "doc-1", Group: "doc-1", Text: text}})
	fmt.Println(g)
	g, _ = dedup.PickGroup(other, "doc-3", []dedup.Candidate{{ID: "doc-1", Group: "doc-1", Text: text}})
	fmt.Println(g)
	// Output:
	// doc-1
	// doc-3
}

// A store's writer reuses the shingles computed when the document was
// flattened, for its band keys and to pick its group.
func ExamplePickGroupShingles() {
	text := "China agreed to resume exports of rare earth minerals to the United States, officials said on Friday."
	wire := "BEIJING (Reuters) - " + text
	sh := dedup.Shingles(wire)
	fmt.Println(len(dedup.ShingleKeys(sh)) == dedup.Bands)
	g, _ := dedup.PickGroupShingles(sh, "doc-2", []dedup.Candidate{{ID: "doc-1", Group: "doc-1", Text: text}})
	fmt.Println(g)
	// Output:
	// true
	// doc-1
}

func ExampleSameEvent() {
	a := chronicle.Event{Type: "CONSULT", Status: "occurred",
		Actors: []chronicle.Actor{{Code: "USAGOV"}}, Recipients: []chronicle.Actor{{Code: "CHNGOV"}},
		Date: chronicle.EventDate{Value: "2025-07-10"}}
	b := a
	b.Actors = []chronicle.Actor{{Code: "USA"}}
	b.Date = chronicle.EventDate{Value: "2025-07"}
	ia, _ := dedup.EventSpan(&a, "2025-07-11")
	ib, _ := dedup.EventSpan(&b, "2025-07-11")
	fmt.Println(dedup.SameEvent(&a, ia, &b, ib))
	// Output: true
}
