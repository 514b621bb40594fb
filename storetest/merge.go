package storetest

import (
	"errors"
	"fmt"

	"slices"
	"strings"
	"sync"
	"testing"

	"chronicle"
)

// wireBody is the body of a wire story, one sentence a line; wireStory
// codes events on lines 0, 3, 4 and 5.
var wireBody = []string{
	"US Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Kuala Lumpur on Thursday.",
	"The meeting took place on the sidelines of the regional foreign ministers' conference and lasted an hour.",
	"It was the first face-to-face meeting between the two ministers since the trade truce was agreed.",
	"At one point, Washington imposed additional tariffs of up to 145 percent on Chinese products.",
	"Rubio said the United States would work with China on areas of potential cooperation.",
	"In May, the US and China reached a temporary tariff reduction agreement.",
	"Officials on both sides described the talks as positive and constructive, and more meetings are expected.",
}

// wireStory returns a story of wireBody under headline, its first line
// prefixed by dateline, with four events: a CONSULT USAGOV→CHNGOV on
// 2025-07-10 in Kuala Lumpur, a SANCTION USAGOV→CHN, a planned COOPERATE
// USAGOV→CHNGOV and an AGREE of USAGOV with CHNGOV in May 2025.
func wireStory(headline, dateline, published string) *chronicle.Document {
	x := newBuilder("", published)
	if headline != "" {
		x.add(headline + "\n")
	}
	var spans []chronicle.Span
	for i, s := range wireBody {
		if i == 0 {
			s = dateline + s
		}
		sp := x.add(s + "\n")
		sp.End--
		spans = append(spans, sp)
	}
	d := x.finish()
	usa, chn := chronicle.Actor{Name: "United States", Code: "USAGOV"}, chronicle.Actor{Name: "China", Code: "CHNGOV"}
	ev := func(id, typ, status, date string, line int, actors, recipients []chronicle.Actor) chronicle.Event {
		return chronicle.Event{ID: id, Type: typ, Status: status, Context: []string{}, Figures: []string{},
			Actors: actors, Recipients: recipients, Date: chronicle.EventDate{Value: date}, Evidence: spans[line]}
	}
	consult := ev("v1", "CONSULT", "occurred", "2025-07-10", 0, []chronicle.Actor{{Name: "Marco Rubio", Code: "USAGOV"}}, []chronicle.Actor{{Name: "Wang Yi", Code: "CHNGOV"}})
	consult.Location = chronicle.Location{Name: "Kuala Lumpur", Country: "MYS"}
	d.Events = []chronicle.Event{
		consult,
		ev("v2", "SANCTION", "occurred", "", 3, []chronicle.Actor{usa}, []chronicle.Actor{{Name: "Chinese", Code: "CHN"}}),
		ev("v3", "COOPERATE", "planned", "", 4, []chronicle.Actor{usa}, []chronicle.Actor{chn}),
		ev("v4", "AGREE", "occurred", "2025-05", 5, []chronicle.Actor{usa, chn}, []chronicle.Actor{}),
	}
	return d
}

// otherStory returns an independent report (not a near-duplicate of
// wireStory) of the Kuala Lumpur meeting, dated by month, with the actor
// coded by country only, and a SANCTION the other way round.
func otherStory() *chronicle.Document {
	x := newBuilder("Beijing and Washington talk again", "2025-07-12")
	a := x.add("In July, American diplomats held talks with Beijing's envoy in Malaysia's capital.\n")
	b := x.add("Beijing has answered American duties with its own levies on goods from the United States.\n")
	x.add("Analysts in Singapore said the mood had improved but warned that deep differences remained over technology.\n")
	d := x.finish()
	a.End--
	b.End--
	d.Events = []chronicle.Event{
		{ID: "v1", Type: "CONSULT", Status: "occurred", Context: []string{"diplomatic"}, Figures: []string{},
			Actors: []chronicle.Actor{{Name: "American diplomats", Code: "USA"}}, Recipients: []chronicle.Actor{{Name: "Beijing", Code: "CHNGOV"}},
			Date: chronicle.EventDate{Value: "2025-07"}, Location: chronicle.Location{Name: "Kuala Lumpur", Country: "MYS"}, Evidence: a},
		{ID: "v2", Type: "SANCTION", Status: "occurred", Context: []string{}, Figures: []string{},
			Actors: []chronicle.Actor{{Name: "Beijing", Code: "CHNGOV"}}, Recipients: []chronicle.Actor{{Name: "United States", Code: "USAGOV"}},
			Evidence: b},
	}
	return d
}

// allMerged pages through MergedEvents(f) with pages of n.
func allMerged(t *testing.T, s chronicle.Store, f chronicle.EventFilter, n int) []chronicle.MergedEvent {
	t.Helper()
	var out []chronicle.MergedEvent
	f.Limit = n
	for range 1000 {
		page, err := s.MergedEvents(ctx, f)
		if err != nil {
			t.Fatalf("MergedEvents(%+v) error: %v", f, err)
		}
		out = append(out, page.Events...)
		if page.Next == "" {
			return out
		}
		f.Cursor = page.Next
	}
	t.Fatalf("MergedEvents(%+v): no last page after 1000", f)
	return nil
}

func groupOf(t *testing.T, s chronicle.Store, id string) string {
	t.Helper()
	page, err := s.Search(ctx, chronicle.SearchQuery{Limit: chronicle.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range page.Articles {
		if h.ID == id {
			return h.Group
		}
	}
	t.Fatalf("article %s not listed", id)
	return ""
}

// testGroups checks near-duplicate groups: a wire copy with a new
// headline and dateline joins the original's group; another article and
// an empty one have their own.
func testGroups(t *testing.T, s chronicle.Store) {
	orig := wireStory("", "", "2025-07-11")
	put(t, s, orig, chronicle.ArticleSource{Path: "orig.txt"})
	put(t, s, wireStory("", "", "2025-07-11"), chronicle.ArticleSource{Path: "orig.txt"})
	cp := wireStory("Rubio and Wang hold first talks", "KUALA LUMPUR, July 11 (AFP) - ", "2025-07-11")
	put(t, s, cp, chronicle.ArticleSource{URL: "https://wire.example/copy"})
	other := otherStory()
	put(t, s, other, chronicle.ArticleSource{})
	bare := &chronicle.Document{Text: "!!!"}
	put(t, s, bare, chronicle.ArticleSource{})
	for _, tc := range []struct {
		name, id, want string
	}{
		{"original", orig.ID, orig.ID},
		{"wire copy", cp.ID, orig.ID},
		{"other story", other.ID, other.ID},
		{"no words", bare.ID, bare.ID},
	} {
		if g := groupOf(t, s, tc.id); g != tc.want {
			t.Errorf("group of %s = %q; want %q", tc.name, g, tc.want)
		}
	}
	// Every report carries its document's group.
	for _, h := range allEvents(t, s, chronicle.EventFilter{Document: cp.ID}) {
		if h.Group != orig.ID {
			t.Errorf("Events(copy) hit %s group = %q; want %q", h.Event.ID, h.Group, orig.ID)
		}
	}
}

// testMerge checks cross-document event merging on the wire story, its
// copy and an independent report.
func testMerge(t *testing.T, s chronicle.Store) {
	orig := wireStory("", "", "2025-07-11")
	cp := wireStory("Rubio and Wang hold first talks", "KUALA LUMPUR, July 11 (AFP) - ", "2025-07-12")
	other := otherStory()
	for _, d := range []*chronicle.Document{orig, orig, cp} {
		put(t, s, d, chronicle.ArticleSource{Path: d.ID})
	}
	// The seed twice plus its copy: one merged event per event, each from
	// two documents of one group.
	ms := allMerged(t, s, chronicle.EventFilter{}, 0)
	if len(ms) != len(orig.Events) {
		t.Fatalf("MergedEvents after original, original, copy = %d; want %d:\n%s", len(ms), len(orig.Events), jsonOf(t, ms))
	}
	for _, m := range ms {
		if m.Sources != 2 || m.Groups != 1 || len(m.Mentions) != 2 || !strings.HasPrefix(m.ID, orig.ID+"/") {
			t.Errorf("merged %s %s: sources %d, groups %d, mentions %d; want 2, 1, 2, first reported by %s", m.ID, m.Type, m.Sources, m.Groups, len(m.Mentions), orig.ID)
		}
	}
	put(t, s, other, chronicle.ArticleSource{})
	ms = allMerged(t, s, chronicle.EventFilter{}, 0)
	if len(ms) != len(orig.Events)+1 {
		t.Fatalf("MergedEvents with the other story = %d; want %d (its CONSULT merged, its reversed SANCTION not)", len(ms), len(orig.Events)+1)
	}
	var consult *chronicle.MergedEvent
	for i := range ms {
		if ms[i].Type == "CONSULT" {
			consult = &ms[i]
		}
	}
	if consult == nil || consult.Sources != 3 || consult.Groups != 2 || consult.Day != "2025-07-10" || consult.Location.Country != "MYS" {
		t.Fatalf("merged CONSULT = %s; want 3 sources in 2 groups on 2025-07-10 in MYS", jsonOf(t, consult))
	}
	var codes []string
	for _, a := range consult.Actors {
		codes = append(codes, a.Code)
	}
	if want := []string{"USAGOV", "USA"}; !slices.Equal(codes, want) {
		t.Errorf("merged CONSULT actors = %q; want %q", codes, want)
	}
	var docs []string
	for _, h := range consult.Mentions {
		docs = append(docs, h.Document)
		if h.Merged != consult.ID || h.Evidence == "" {
			t.Errorf("CONSULT report %s/%s merged = %q, evidence %q; want %q and its text", h.Document, h.Event.ID, h.Merged, h.Evidence, consult.ID)
		}
	}
	if want := sorted(orig.ID, cp.ID, other.ID); !slices.Equal(sorted(docs...), want) {
		t.Errorf("merged CONSULT documents = %q; want %q", docs, want)
	}
	// A filter matching one report returns the whole merged event.
	got := allMerged(t, s, chronicle.EventFilter{Actor: "USA", Type: "CONSULT", Document: other.ID}, 0)
	if len(got) != 1 || got[0].ID != consult.ID || len(got[0].Mentions) != 3 {
		t.Errorf("MergedEvents(CONSULT of the other story) = %s; want the merged CONSULT with 3 reports", jsonOf(t, got))
	}
	// Paging visits every merged event once, in order.
	paged := allMerged(t, s, chronicle.EventFilter{}, 1)
	if jsonOf(t, paged) != jsonOf(t, ms) {
		t.Errorf("MergedEvents in pages of 1 differ from one page:\n%s\nwant\n%s", jsonOf(t, paged), jsonOf(t, ms))
	}
	for i := 1; i < len(ms); i++ {
		if a, b := ms[i-1], ms[i]; a.Day > b.Day || (a.Day == b.Day && a.ID >= b.ID) {
			t.Errorf("MergedEvents out of order: %s %s before %s %s", a.Day, a.ID, b.Day, b.ID)
		}
	}
	// Newest first, in pages of 1: the reverse order.
	newest := allMerged(t, s, chronicle.EventFilter{Newest: true}, 1)
	if reversed := slices.Clone(ms); true {
		slices.Reverse(reversed)
		if jsonOf(t, newest) != jsonOf(t, reversed) {
			t.Errorf("MergedEvents(newest) in pages of 1 are not the reverse of the oldest-first order:\n%s", jsonOf(t, newest))
		}
	}
	if _, err := s.MergedEvents(ctx, chronicle.EventFilter{Cursor: "!"}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("MergedEvents(bad cursor) error = %v; want ErrInvalid", err)
	}
	// Reports stay reports: Events lists all of them.
	if n := countEvents(t, s, chronicle.EventFilter{}); n != 2*len(orig.Events)+len(other.Events) {
		t.Errorf("Events after merging = %d; want every report, %d", n, 2*len(orig.Events)+len(other.Events))
	}
	// The timeline counts a merged event once, on its day, and co-actors
	// as a pair.
	tl, err := s.Timeline(ctx, chronicle.TimelineQuery{ActorA: "USA", ActorB: "CHN", By: chronicle.PeriodMonth})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := formatBuckets(tl), "2025-05-01:1,AGREE=1 2025-06-01:0 2025-07-01:4,CONSULT=1,COOPERATE=1,SANCTION=2"; g != w {
		t.Errorf("Timeline(USA, CHN, month) = %s; want %s", g, w)
	}
	// Replacing a document's layers merges its new events again.
	other2 := otherStory()
	other2.Events = other2.Events[:1]
	put(t, s, other2, chronicle.ArticleSource{})
	if got := allMerged(t, s, chronicle.EventFilter{Type: "CONSULT"}, 0); len(got) != 1 || got[0].Sources != 3 {
		t.Errorf("merged CONSULT after replacing the other story's layers = %s; want one with 3 sources", jsonOf(t, got))
	}
	if got := allMerged(t, s, chronicle.EventFilter{}, 0); len(got) != len(orig.Events) {
		t.Errorf("MergedEvents after dropping the reversed SANCTION = %d; want %d", len(got), len(orig.Events))
	}
}

func sorted(s ...string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// testConcurrentMerge puts eight wire copies of one story (each with its
// own headline) at once: they must still form one group and one merged
// event per event, whichever is stored first.
func testConcurrentMerge(t *testing.T, s chronicle.Store) {
	const n = 8
	docs := make([]*chronicle.Document, n)
	for i := range docs {
		docs[i] = wireStory(fmt.Sprintf("Copy %d: Rubio and Wang meet", i), fmt.Sprintf("KUALA LUMPUR (Wire %d) - ", i), "2025-07-11")
	}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := s.PutDocument(ctx, d, chronicle.ArticleSource{Path: d.Meta.Title}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent PutDocument error: %v", err)
	}
	groups := map[string]bool{}
	for _, d := range docs {
		groups[groupOf(t, s, d.ID)] = true
	}
	if len(groups) != 1 {
		t.Errorf("%d concurrent copies form %d groups; want 1", n, len(groups))
	}
	ms := allMerged(t, s, chronicle.EventFilter{}, 0)
	if len(ms) != len(docs[0].Events) {
		t.Fatalf("MergedEvents after %d concurrent copies = %d; want %d", n, len(ms), len(docs[0].Events))
	}
	for _, m := range ms {
		if m.Sources != n || m.Groups != 1 {
			t.Errorf("merged %s %s: sources %d, groups %d; want %d, 1", m.ID, m.Type, m.Sources, m.Groups, n)
		}
	}
}
