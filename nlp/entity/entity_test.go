package entity

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/lexicon"
)

var (
	lexOnce sync.Once
	lexVal  *lexicon.Lexicon
	lexErr  error
)

func testLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	lexOnce.Do(func() { lexVal, lexErr = lexicon.Default() })
	if lexErr != nil {
		t.Fatalf("lexicon.Default() error: %v", lexErr)
	}
	return lexVal
}

// ner is one mention a statistical recogniser might give: the n-th
// (0-based) occurrence of text, or every occurrence when n is -1.
type ner struct {
	text string
	n    int
	typ  string
}

// buildDoc makes a Document of text with the recogniser's mentions and
// one zone per line (caption lines end with a credit, the last line is the
// byline).
func buildDoc(t testing.TB, text, published string, ms []ner) *chronicle.Document {
	t.Helper()
	doc := &chronicle.Document{Text: text}
	doc.Meta.Published = chronicle.Published{Value: published, Source: chronicle.DateUser}
	start := 0
	lines := strings.SplitAfter(text, "\n")
	for k, line := range lines {
		body := strings.TrimRight(line, "\n")
		kind := chronicle.ZoneBody
		switch {
		case strings.Contains(body, "Photo:"):
			kind = chronicle.ZoneCaption
		case k == len(lines)-1 && strings.Contains(body, "According to"):
			kind = chronicle.ZoneByline
		}
		if body != "" {
			doc.Zones = append(doc.Zones, chronicle.Zone{Start: start, End: start + len(body), Kind: kind})
		}
		start += len(line)
	}
	for _, m := range ms {
		found := 0
		for off := 0; ; {
			i := strings.Index(text[off:], m.text)
			if i < 0 {
				break
			}
			s := off + i
			off = s + len(m.text)
			// whole words only
			if (s > 0 && isWordByte(text[s-1])) || (off < len(text) && isWordByte(text[off])) {
				continue
			}
			if m.n == -1 || m.n == found {
				doc.Mentions = append(doc.Mentions, chronicle.Mention{Start: s, End: off, Text: m.text, Type: m.typ})
			}
			found++
		}
		if found == 0 || (m.n >= found) {
			t.Fatalf("buildDoc: %q occurrence %d not in text (%d found)", m.text, m.n, found)
		}
	}
	slices.SortFunc(doc.Mentions, func(a, b chronicle.Mention) int { return a.Start - b.Start })
	for i := range doc.Mentions {
		doc.Mentions[i].ID = "m" + itoa(i+1)
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("buildDoc: %v", err)
	}
	return doc
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// seedNER is what a CoNLL-trained recogniser plausibly tags on the seed,
// errors included: a title tagged ORG, "Marco" as a place, credits as
// entities, a span across a line break, titles inside person spans.
var seedNER = []ner{
	{"US Secretary", 0, "ORG"},
	{"Marco Rubio", 0, "PERSON"},
	{"Chinese", 0, "MISC"},
	{"Wang Yi", 0, "PERSON"},
	{"Malaysia", 0, "LOC"},
	{"ASEAN Foreign Ministers", 0, "ORG"},
	{"US", 1, "LOC"},
	{"China", 0, "LOC"},
	{"President Donald Trump", 0, "PERSON"},
	{"White House", 0, "ORG"},
	{"Rubio", 1, "PERSON"},
	{"Washington", 0, "LOC"},
	{"Beijing", 0, "LOC"},
	{"US Secretary of State Marco Rubio", 1, "PERSON"},
	{"Wang Yi", 1, "PERSON"},
	{"Kuala Lumpur", 0, "LOC"},
	{"Photo", 0, "ORG"},
	{"AP\nUS", 0, "ORG"},
	{"Marco", 2, "LOC"},
	{"Rubio", 3, "PERSON"},
	{"Kuala Lumpur", 1, "LOC"},
	{"Malaysia", 2, "LOC"},
	{"AP", 1, "ORG"},
	{"President Xi", 0, "PERSON"},
	{"Rubio", 4, "PERSON"},
	{"Rubio", 5, "PERSON"},
	{"Ministry of Foreign Affairs", 0, "ORG"},
	{"Washington", 1, "LOC"},
	{"Trump", 3, "PERSON"},
	{"Beijing", 2, "LOC"},
	{"Donald Trump", 1, "PERSON"},
	{"Chinese President Xi Jinping", 0, "MISC"},
	{"AFP", 0, "ORG"},
	{"Xi Jinping", 1, "PERSON"},
	{"US-China", 0, "MISC"},
	{"US Commerce", 0, "ORG"},
	{"Howard Lutnick", 0, "PERSON"},
	{"Pham Giang", 0, "PERSON"},
	{"AFP", 2, "ORG"},
}

func seedDoc(t testing.TB) *chronicle.Document {
	t.Helper()
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatalf("reading seed: %v", err)
	}
	return buildDoc(t, string(b), "2025-07-11", seedNER)
}

func annotate(t testing.TB, doc *chronicle.Document) {
	t.Helper()
	a := New(testLexicon(t), Options{})
	if err := a.Annotate(context.Background(), doc); err != nil {
		t.Fatalf("Annotate() error: %v", err)
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("Check() after Annotate: %v", err)
	}
}

type want struct {
	name, typ, country, sector string
	titles                     []string
	kb                         string
}

func TestSeed(t *testing.T) {
	doc := seedDoc(t)
	annotate(t, doc)
	byType := map[string][]chronicle.Entity{}
	for _, e := range doc.Entities {
		byType[e.Type] = append(byType[e.Type], e)
	}
	check := func(typ string, wants []want) {
		t.Helper()
		got := byType[typ]
		var names []string
		for _, e := range got {
			names = append(names, e.Name)
		}
		var wnames []string
		for _, w := range wants {
			wnames = append(wnames, w.name)
		}
		if !slices.Equal(names, wnames) {
			t.Errorf("%s entities = %q; want %q", typ, names, wnames)
			return
		}
		for k, w := range wants {
			e := got[k]
			if e.Country != w.country || e.Sector != w.sector || !slices.Equal(e.Titles, w.titles) || e.KB != w.kb {
				t.Errorf("entity %q = country %q sector %q titles %q kb %q; want %q %q %q %q",
					e.Name, e.Country, e.Sector, e.Titles, e.KB, w.country, w.sector, w.titles, w.kb)
			}
		}
	}
	check("PERSON", []want{
		{"Marco Rubio", "PERSON", "USA", "GOV", []string{"US Secretary of State"}, "Q324546"},
		{"Wang Yi", "PERSON", "CHN", "GOV", []string{"Chinese Foreign Minister"}, "person:wang-yi"},
		{"Donald Trump", "PERSON", "USA", "GOV", []string{"President", "US President"}, "Q22686"},
		{"Xi Jinping", "PERSON", "CHN", "GOV", []string{"President", "Chinese President"}, "Q15031"},
		{"Howard Lutnick", "PERSON", "USA", "GOV", []string{"US Commerce Secretary"}, "person:howard-lutnick"},
	})
	check("GPE", []want{
		{"United States", "GPE", "USA", "", nil, "iso3166:USA"},
		{"Malaysia", "GPE", "MYS", "", nil, "iso3166:MYS"},
		{"China", "GPE", "CHN", "", nil, "iso3166:CHN"},
		{"Kuala Lumpur", "GPE", "MYS", "", nil, ""},
	})
	check("ORG", []want{
		{"Association of Southeast Asian Nations", "ORG", "", "IGO", nil, "Q7768"},
		{"Chinese Ministry of Foreign Affairs", "ORG", "CHN", "GOV", nil, "org:mfa-chn"},
	})
	check("FAC", []want{{"White House", "FAC", "USA", "GOV", nil, "Q35525"}})
	check("NORP", []want{{"Chinese", "NORP", "CHN", "", nil, ""}})
	check("EVENT", []want{{"ASEAN Foreign Ministers' Meeting", "EVENT", "", "", nil, ""}})
	for _, typ := range []string{"LOC", "MISC"} {
		if len(byType[typ]) > 0 {
			t.Errorf("%s entities = %v; want none", typ, byType[typ])
		}
	}

	ents := map[string]chronicle.Entity{}
	for _, e := range doc.Entities {
		ents[e.ID] = e
	}
	for _, m := range doc.Mentions {
		if strings.ContainsAny(m.Text, "\n|") {
			t.Errorf("mention %s %q crosses a line", m.ID, m.Text)
		}
		if m.Text == "Photo" || m.Text == "AP" || m.Text == "AFP" || m.Text == "Pham Giang" {
			t.Errorf("mention %s %q is a credit or byline; want it dropped", m.ID, m.Text)
		}
		if m.Entity == "" {
			t.Errorf("mention %s %q has no entity", m.ID, m.Text)
		}
		name := ents[m.Entity].Name
		switch m.Text {
		case "Xi":
			if name != "Xi Jinping" {
				t.Errorf("mention %s %q belongs to %q; want Xi Jinping", m.ID, m.Text, name)
			}
		case "Trump":
			if name != "Donald Trump" {
				t.Errorf("mention %s %q belongs to %q; want Donald Trump", m.ID, m.Text, name)
			}
		case "Marco", "Rubio":
			if name != "Marco Rubio" {
				t.Errorf("mention %s %q belongs to %q; want Marco Rubio", m.ID, m.Text, name)
			}
		case "Washington", "US":
			if name != "United States" {
				t.Errorf("mention %s %q belongs to %q; want United States", m.ID, m.Text, name)
			}
		case "Beijing":
			if name != "China" {
				t.Errorf("mention %s %q belongs to %q; want China", m.ID, m.Text, name)
			}
		}
	}
	// Every "Xi" and "Trump" in the body is a mention, even those the recogniser missed.
	for w, want := range map[string]int{"Xi": 2, "Trump": 5, "Rubio": 3, "Washington": 2, "Beijing": 3} {
		n := 0
		for _, m := range doc.Mentions {
			if m.Text == w {
				n++
			}
		}
		if n != want {
			t.Errorf("%d mentions %q; want %d", n, w, want)
		}
	}
	// Entities are numbered in order of first mention.
	for k, e := range doc.Entities {
		if e.ID != "e"+itoa(k+1) {
			t.Errorf("entity %d id %q; want e%d", k, e.ID, k+1)
		}
	}
}

func TestDatedRoles(t *testing.T) {
	tests := []struct {
		text, date      string
		country, sector string
		titles          []string
	}{
		{"Marco Rubio said the deal was good.", "2022-06-01", "USA", "LEG", nil},
		{"Marco Rubio said the deal was good.", "2025-07-11", "USA", "GOV", nil},
		// no date, no dated role: only a stated title gives the sector
		{"Marco Rubio said the deal was good.", "", "USA", "", nil},
		{"Secretary of State Marco Rubio said so.", "", "USA", "GOV", []string{"Secretary of State"}},
		{"Senator Marco Rubio said the deal was good.", "2022-06-01", "USA", "LEG", []string{"Senator"}},
		{"Marco Rubio, the US Secretary of State, said so.", "2025-07-11", "USA", "GOV", []string{"US Secretary of State"}},
		{"Former President Joe Biden said so.", "2025-07-11", "USA", "", nil},
		{"Joe Biden said so.", "2023-07-11", "USA", "GOV", nil},
		{"Chinese Foreign Minister Wang Yi spoke.", "2025-07-11", "CHN", "GOV", []string{"Chinese Foreign Minister"}},
		{"Howard Lutnick spoke.", "2024-12-01", "USA", "BUS", nil},
		{"António Guterres spoke.", "2025-07-11", "", "IGO", nil},
		{"UN Secretary-General António Guterres spoke.", "2025-07-11", "", "IGO", []string{"UN Secretary-General"}},
		{"Canadian lawmaker John Doe spoke.", "2025-07-11", "CAN", "LEG", []string{"Canadian lawmaker"}},
		// a title held in every sector takes the organisation's
		{"Democratic National Committee Chairwoman John Doe spoke.", "2016-07-01", "USA", "PTY", []string{"Democratic National Committee Chairwoman"}},
		{"Union spokesman John Doe spoke.", "2016-07-01", "", "", []string{"spokesman"}},
		{"Oregon, the homeland of Senator John Doe, voted.", "2016-07-01", "", "LEG", []string{"Senator"}},
		{"Tory ex-minister John Doe said so.", "2016-07-01", "", "", nil},
	}
	for _, tt := range tests {
		name := "Marco Rubio"
		for _, n := range []string{"Joe Biden", "Wang Yi", "Howard Lutnick", "António Guterres", "John Doe"} {
			if strings.Contains(tt.text, n) {
				name = n
			}
		}
		doc := buildDoc(t, tt.text, tt.date, []ner{{name, 0, "PERSON"}})
		annotate(t, doc)
		if len(doc.Entities) == 0 {
			t.Errorf("Annotate(%q) gave no entities", tt.text)
			continue
		}
		var e chronicle.Entity
		for _, x := range doc.Entities {
			if x.Type == "PERSON" {
				e = x
			}
		}
		if e.Name != name || e.Country != tt.country || e.Sector != tt.sector || !slices.Equal(e.Titles, tt.titles) {
			t.Errorf("Annotate(%q @%s) person = %q %q %q %q; want %q %q %q %q",
				tt.text, tt.date, e.Name, e.Country, e.Sector, e.Titles, name, tt.country, tt.sector, tt.titles)
		}
	}
}

// TestMentions checks span fixes on single sentences: each case gives the
// recogniser's mentions and the mentions (text/type) wanted after the stage.
func TestMentions(t *testing.T) {
	tests := []struct {
		text string
		in   []ner
		want []string // "text/TYPE"
	}{
		{"US Secretary of State Marco Rubio arrived.", []ner{{"US Secretary of State Marco Rubio", 0, "PERSON"}},
			[]string{"US/GPE", "Marco Rubio/PERSON"}},
		{"President Trump met Xi.", []ner{{"President Trump", 0, "PERSON"}}, []string{"Trump/PERSON"}},
		{"Marco Rubio met them. Marco said yes.", []ner{{"Marco Rubio", 0, "PERSON"}, {"Marco", 1, "LOC"}},
			[]string{"Marco Rubio/PERSON", "Marco/PERSON"}},
		{"Caption here. Photo: AP\nUS officials said.", []ner{{"Photo", 0, "ORG"}, {"AP\nUS", 0, "ORG"}},
			[]string{"US/GPE"}},
		{"Photo: Reuters/AFP", []ner{{"Reuters", 0, "ORG"}, {"AFP", 0, "ORG"}}, nil},
		{"The White House said so.", []ner{{"The White House", 0, "ORG"}}, []string{"White House/FAC"}},
		{"Chinese and American officials met in Geneva.", nil,
			[]string{"Chinese/NORP", "American/NORP", "Geneva/GPE"}},
		{"The UN and the WHO said who knows.", nil, []string{"UN/ORG", "WHO/ORG"}},
		{"She visited the G20 Summit in Osaka.", nil, []string{"G20 Summit/EVENT", "G20/ORG", "Osaka/GPE"}},
		{"The Indian Ministry of External Affairs said.", nil, []string{"Indian Ministry of External Affairs/ORG"}},
		{"Trump's tariffs hit China.", []ner{{"Trump's", 0, "PERSON"}}, []string{"Trump/PERSON", "China/GPE"}},
		{"Denzel Washington starred.", []ner{{"Denzel Washington", 0, "PERSON"}}, []string{"Denzel Washington/PERSON"}},
		{"Malaysia Airlines flew.", nil, nil},
		{"Bernie Ebbers denied it. Mr Ebbers said so.", []ner{{"Bernie Ebbers", 0, "PERSON"}, {"Mr Ebbers", 0, "PERSON"}},
			[]string{"Bernie Ebbers/PERSON", "Ebbers/PERSON"}},
		{"David McLetchie spoke. Mr McLetchie asked.", []ner{{"David McLetchie", 0, "PERSON"}, {"Mr", 0, "PERSON"}},
			[]string{"David McLetchie/PERSON", "McLetchie/PERSON"}},
		{"by the Trade and Industry Secretary Patricia Hewitt.", []ner{{"Trade and Industry", 0, "ORG"}, {"Patricia Hewitt", 0, "PERSON"}},
			[]string{"Patricia Hewitt/PERSON"}},
		{"The Scottish Executive considered it.", []ner{{"Scottish Executive", 0, "ORG"}}, []string{"Scottish Executive/ORG"}},
		{"The Scottish National Party's leader spoke.", []ner{{"Scottish National Party", 0, "ORG"}}, []string{"Scottish National Party/ORG"}},
		{"US Commerce Secretary Howard Lutnick said.", []ner{{"US Commerce", 0, "ORG"}, {"Howard Lutnick", 0, "PERSON"}},
			[]string{"US/GPE", "Howard Lutnick/PERSON"}},
		{"He praised US-China relations.", []ner{{"US-China", 0, "MISC"}}, []string{"US/GPE", "China/GPE"}},
		{"Court rejects the case. The court said no.", []ner{{"Court", 0, "PERSON"}}, nil},
		{"Scottish ministers met Kurdish leaders.", []ner{{"Scottish", 0, "MISC"}, {"Kurdish", 0, "MISC"}},
			[]string{"Scottish/NORP", "Kurdish/NORP"}},
		{"Democrats and Muslim voters.", []ner{{"Democrats", 0, "MISC"}, {"Muslim", 0, "MISC"}},
			[]string{"Democrats/NORP", "Muslim/NORP"}},
		{"Rubio said yes.", []ner{{"Rubio said", 0, "PERSON"}}, []string{"Rubio/PERSON"}},
		{"Sources told the BBC Mr Howard had said so.", []ner{{"BBC Mr", 0, "ORG"}, {"Howard", 0, "PERSON"}},
			[]string{"BBC/ORG", "Howard/PERSON"}},
		{"Mr. Obama and Mr. Xi met Mr. Obama at Harvard Law School.", []ner{{"Mr. Obama and Mr. Xi", 0, "ORG"}, {"Mr. Obama at Harvard Law School", 0, "ORG"}},
			[]string{"Obama/PERSON", "Xi/PERSON", "Obama/PERSON", "Harvard Law School/ORG"}},
		{"The Department said. Choose or Succeed.", []ner{{"Department", 0, "PERSON"}, {"or Succeed", 0, "PERSON"}}, []string{"Succeed/PERSON"}},
		{"Jimmy Tompkins, 31, came. Miners' union, Tompkins said.", []ner{{"Jimmy Tompkins", 0, "PERSON"}, {"Tompkins", 1, "PERSON"}},
			[]string{"Jimmy Tompkins/PERSON", "Tompkins/PERSON"}},
		{"Robin Butler's report. Lord Butler's view and China's plan.", []ner{{"Robin Butler", 0, "PERSON"}, {"Lord Butler", 0, "PERSON"}},
			[]string{"Robin Butler/PERSON", "Butler/PERSON", "China/GPE"}},
		{"New Metropolitan Police Commissioner Sir Ian Blair has backed them.", []ner{{"New Metropolitan Police Commissioner Sir Ian Blair", 0, "ORG"}},
			[]string{"Ian Blair/PERSON"}},
		{"Conservative MP Sir Teddy Taylor said so.", []ner{{"Conservative MP Sir Teddy Taylor", 0, "ORG"}},
			[]string{"Teddy Taylor/PERSON"}},
		{"Treasury Under Secretary John Reade and the Conservative National Women's Committee met.",
			[]ner{{"Treasury Under Secretary John Reade", 0, "ORG"}, {"Conservative National Women's Committee", 0, "ORG"}},
			[]string{"Treasury/ORG", "John Reade/PERSON", "Conservative National Women's Committee/ORG"}},
		{"General Motors and President Trump.", []ner{{"General Motors", 0, "ORG"}, {"President Trump", 0, "MISC"}},
			[]string{"General Motors/ORG", "Trump/PERSON"}},
		{"Sales in Latin America and the South China Sea.", []ner{{"Latin America", 0, "PERSON"}}, []string{"Latin America/LOC", "South China Sea/LOC"}},
		{"The Urban League and Mr. King met at Hofstra University.", []ner{{"Urban League", 0, "PERSON"}, {"Mr. King", 0, "ORG"}, {"Hofstra University", 0, "LOC"}},
			[]string{"Urban League/ORG", "King/PERSON", "Hofstra University/ORG"}},
		{"The Bush administration said.", []ner{{"Bush", 0, "ORG"}}, []string{"Bush/PERSON"}},
		{"Guidant for $25.4bn and the Liberal Democrats' plans.", []ner{{"Guidant for $25.4bn", 0, "ORG"}, {"Liberal Democrats'", 0, "ORG"}},
			[]string{"Guidant/ORG", "Liberal Democrats/ORG"}},
		{"Lorillard Tobacco and Yamanouchi Pharmaceutical sued Peabody Energy.",
			[]ner{{"Lorillard Tobacco", 0, "PERSON"}, {"Yamanouchi Pharmaceutical", 0, "PERSON"}, {"Peabody Energy", 0, "PERSON"}},
			[]string{"Lorillard Tobacco/ORG", "Yamanouchi Pharmaceutical/ORG", "Peabody Energy/ORG"}},
		{"Marines at Kaneohe Bay and Midway Atoll.", []ner{{"Kaneohe Bay", 0, "ORG"}, {"Midway Atoll", 0, "ORG"}},
			[]string{"Kaneohe Bay/LOC", "Midway Atoll/LOC"}},
		{"GCSEs and A-levels stay, a White Paper says.", []ner{{"GCSEs", 0, "MISC"}, {"A", 0, "MISC"}, {"White Paper", 0, "LOC"}},
			[]string{"GCSEs/MISC"}},
		{"At the Detroit Motor Show, the Commons heard of Guantanamo Bay.",
			[]ner{{"Detroit Motor Show", 0, "ORG"}, {"Commons", 0, "MISC"}, {"Guantanamo Bay", 0, "LOC"}},
			[]string{"Detroit Motor Show/EVENT", "Commons/ORG", "Guantanamo Bay/FAC"}},
		{"Republican Donald Trump met Democrat Hillary Clinton.",
			[]ner{{"Republican Donald Trump", 0, "PERSON"}, {"Democrat Hillary Clinton", 0, "PERSON"}},
			[]string{"Republican/NORP", "Donald Trump/PERSON", "Democrat/NORP", "Hillary Clinton/PERSON"}},
		{"The Republican National Committee met.", []ner{{"Republican National Committee", 0, "ORG"}},
			[]string{"Republican National Committee/ORG"}},
		{"They met in Kuala Lumpur, Malaysia, and at Apple, Inc.", []ner{{"Kuala Lumpur, Malaysia", 0, "LOC"}, {"Apple, Inc", 0, "ORG"}},
			[]string{"Kuala Lumpur/GPE", "Malaysia/GPE", "Apple, Inc/ORG"}},
		{"Blair whips up to the Palace, asks the Queen to act, accused Mr Brown and sold 3,000 in 1943.",
			[]ner{{"Palace, asks the Queen", 0, "LOC"}, {"accused Mr Brown", 0, "ORG"}, {"000", 0, "MISC"}, {"in 1943", 0, "PERSON"}},
			[]string{"Palace/LOC", "Brown/PERSON"}},
		{"They called for anti-American protests with al-Qaeda and eBay.",
			[]ner{{"anti-American", 0, "MISC"}, {"al-Qaeda", 0, "ORG"}, {"eBay", 0, "ORG"}},
			[]string{"anti-American/MISC", "al-Qaeda/ORG", "eBay/ORG"}},
		{"He told “Morning Joe” on Friday.", []ner{{"Joe” on Friday", 0, "PERSON"}}, []string{"Joe/PERSON"}},
		{"At the Commander-in-Chief Forum on West 23rd Street.", []ner{{"Commander-in-Chief Forum", 0, "EVENT"}, {"West 23rd Street", 0, "LOC"}},
			[]string{"Commander-in-Chief Forum/EVENT", "West 23rd Street/LOC"}},
		{"The Committee for a Responsible Federal Budget said.", []ner{{"Committee for a Responsible Federal Budget", 0, "ORG"}},
			[]string{"Committee for a Responsible Federal Budget/ORG"}},
		{"She said Republican Donald Trump erred.", []ner{{"Republican", 0, "MISC"}, {"Donald Trump", 0, "PERSON"}},
			[]string{"Republican/NORP", "Donald Trump/PERSON"}},
		{"He shamed former Miss Universe Alicia Machado, a former Miss Universe.",
			[]ner{{"Miss Universe Alicia Machado", 0, "PERSON"}, {"Miss Universe", 1, "PERSON"}},
			[]string{"Alicia Machado/PERSON"}},
		{"He spoke in Everett, Wash., to Sunni Muslims and one Greek Orthodox.",
			[]ner{{"Everett", 0, "LOC"}, {"Sunni Muslims", 0, "PERSON"}, {"Orthodox", 0, "PERSON"}},
			[]string{"Everett/GPE", "Sunni Muslims/NORP", "Orthodox/NORP"}},
		{"Troops killed Osama bin Laden, the Arizona Republic and the Cincinnati Enquirer said of Alzheimer's disease.",
			[]ner{{"Osama", 0, "ORG"}, {"Arizona Republic and the Cincinnati", 0, "ORG"}, {"Alzheimer", 0, "ORG"}},
			[]string{"Osama bin Laden/PERSON", "Arizona Republic/ORG", "Cincinnati/GPE"}}, // the recogniser cut "Cincinnati Enquirer" short
		{"European Council President Donald Tusk met City Attorney Brad Holm on Election Day.",
			[]ner{{"European Council President Donald Tusk", 0, "ORG"}, {"City Attorney Brad Holm", 0, "ORG"}, {"Election Day", 0, "LOC"}},
			[]string{"European Council/ORG", "Donald Tusk/PERSON", "Brad Holm/PERSON", "Election Day/EVENT"}},
		{"The Committee for a Responsible Federal said so.", []ner{{"Committee for a Responsible Federal", 0, "LOC"}},
			[]string{"Committee for a Responsible Federal/ORG"}},
		{"Mexicans say, ''Poor Mexico, so far from God.'' If they haven't [ID cards] they go.",
			[]ner{{"Mexicans", 0, "MISC"}, {"Poor Mexico", 0, "LOC"}, {"God", 0, "PERSON"}, {"ID", 0, "ORG"}},
			[]string{"Mexicans/NORP", "Mexico/GPE", "God/PERSON"}},
		{"Most are Sunni Muslims. Muslims pray.", []ner{{"Sunni Muslims", 0, "PERSON"}, {"Muslims", 1, "MISC"}},
			[]string{"Sunni Muslims/NORP", "Muslims/NORP"}},
		{"After World War II, a man from Wembley, London, spoke.", []ner{{"World War", 0, "EVENT"}, {"Wembley", 0, "LOC"}},
			[]string{"World War II/EVENT", "Wembley/GPE", "London/GPE"}},
		{"Shares fell on the London Stock Exchange on Monday.", []ner{{"London Stock Exchange", 0, "ORG"}},
			[]string{"London Stock Exchange/ORG"}},
		{"The Commission on Presidential Debates and the Peterson Institute for International Economics met.",
			[]ner{{"Commission", 0, "ORG"}, {"Presidential Debates", 0, "MISC"}, {"Peterson Institute", 0, "ORG"}, {"International Economics", 0, "ORG"}},
			[]string{"Commission on Presidential Debates/ORG", "Peterson Institute for International Economics/ORG"}},
		{"The Committee for a Responsible Federal Budget and the Qualifications and Curriculum Authority said.",
			[]ner{{"Committee for a Responsible", 0, "ORG"}, {"Curriculum Authority", 0, "LOC"}},
			[]string{"Committee for a Responsible Federal Budget/ORG", "Qualifications and Curriculum Authority/ORG"}},
		{"Brown and Williamson sued Altria Group.", []ner{{"Brown", 0, "PERSON"}, {"Williamson", 0, "PERSON"}, {"Altria Group", 0, "ORG"}},
			[]string{"Brown/PERSON", "Williamson/PERSON", "Altria Group/ORG"}},
		// a list of organisations has one "and": a second one is inside a name
		{"It sued Lorillard Tobacco, Liggett Group and Brown and Williamson. Smith and Jones and Brown met.",
			[]ner{{"Lorillard Tobacco", 0, "ORG"}, {"Liggett Group", 0, "ORG"}, {"Brown", 0, "PERSON"}, {"Williamson", 0, "PERSON"},
				{"Smith", 0, "PERSON"}, {"Jones", 0, "PERSON"}, {"Brown", 1, "PERSON"}},
			[]string{"Lorillard Tobacco/ORG", "Liggett Group/ORG", "Brown and Williamson/ORG", "Smith/PERSON", "Jones/PERSON", "Brown/PERSON"}},
		// a shared name linked to no one that the text also writes in
		// lower case is a common word
		{"Conservative columnist Jane Doe, a conservative, spoke in Ohio.",
			[]ner{{"Conservative", 0, "MISC"}, {"Jane Doe", 0, "PERSON"}, {"Ohio", 0, "LOC"}},
			[]string{"Jane Doe/PERSON", "Ohio/GPE"}},
		{"Carrier and Ford and Nabisco must know.", []ner{{"Carrier", 0, "ORG"}, {"Ford", 0, "ORG"}, {"Nabisco", 0, "ORG"}},
			[]string{"Carrier/ORG", "Ford/ORG", "Nabisco/ORG"}},
		{"Shares in Elan fell. Elan said so. The luxury marque Mercedes-Benz grew.",
			[]ner{{"Elan", -1, "LOC"}, {"Mercedes-Benz", 0, "PERSON"}},
			[]string{"Elan/ORG", "Elan/ORG", "Mercedes-Benz/ORG"}},
		{"Across Wales, jobs go. Many Mexicans agree. Injecting Clinton into it, he spoke.",
			[]ner{{"Across Wales", 0, "PERSON"}, {"Many Mexicans", 0, "MISC"}, {"Injecting Clinton", 0, "PERSON"}},
			[]string{"Wales/GPE", "Mexicans/NORP", "Clinton/PERSON"}},
		// a title-case heading: only names confirmed by the lexicon or the
		// body stay
		{"Obama Seeks More Refugees As He Marks Eid\nAll Bets Are Off\nBarack Obama said he wants more refugees and all of them are off to Ohio.",
			[]ner{{"Obama Seeks More Refugees As He Marks Eid", 0, "ORG"}, {"All Bets Are Off", 0, "ORG"}, {"Barack Obama", 0, "PERSON"}, {"Ohio", 0, "LOC"}},
			[]string{"Obama/PERSON", "Barack Obama/PERSON", "Ohio/GPE"}},
	}
	for _, tt := range tests {
		checkMentions(t, tt.text, "2025-07-11", tt.in, tt.want)
	}
}

// TestGroups checks which mentions become one entity.
func TestGroups(t *testing.T) {
	tests := []struct {
		text string
		in   []ner
		want [][]string // mention texts of each entity, in order
	}{
		{"Trump spoke first. Later Donald Trump left and Trump returned.",
			[]ner{{"Trump", 0, "PERSON"}, {"Donald Trump", 0, "PERSON"}, {"Trump", 2, "PERSON"}},
			[][]string{{"Trump", "Donald Trump", "Trump"}}},
		// a royal's given name is not another person's first name
		{"Prince Charles will marry. Liberal Democrat leader Charles Kennedy was pleased, and Charles thanked him.",
			[]ner{{"Charles", 0, "PERSON"}, {"Charles Kennedy", 0, "PERSON"}, {"Charles", 2, "PERSON"}},
			[][]string{{"Charles", "Charles"}, {"Liberal Democrat"}, {"Charles Kennedy"}}},
		{"Liberal Democrat leader Charles Kennedy was pleased, and Charles thanked him.",
			[]ner{{"Charles Kennedy", 0, "PERSON"}, {"Charles", 1, "PERSON"}},
			[][]string{{"Liberal Democrat"}, {"Charles Kennedy", "Charles"}}},
		// a style is the person the document gives it to
		{"Archbishop of Canterbury Dr Rowan Williams spoke. Later the Archbishop of Canterbury left.",
			[]ner{{"Archbishop of Canterbury Dr Rowan Williams", 0, "PERSON"}, {"Canterbury", 1, "LOC"}},
			[][]string{{"Archbishop of Canterbury", "Rowan Williams", "Archbishop of Canterbury"}}},
		{"The Bishop of Durham, Tom Wright, agreed. The Bishop of Durham left.",
			[]ner{{"Bishop of Durham", 0, "PERSON"}, {"Tom Wright", 0, "PERSON"}, {"Bishop of Durham", 1, "PERSON"}},
			[][]string{{"Bishop of Durham", "Tom Wright", "Bishop of Durham"}}},
		{"Jimmy Tompkins, 31, came. Then, Tompkins said, it rained.",
			[]ner{{"Jimmy Tompkins", 0, "PERSON"}, {"Tompkins", 1, "PERSON"}},
			[][]string{{"Jimmy Tompkins", "Tompkins"}}},
		{"Paul D. Ryan spoke. Paul Ryan agreed.",
			[]ner{{"Paul D. Ryan", 0, "PERSON"}, {"Paul Ryan", 0, "PERSON"}},
			[][]string{{"Paul D. Ryan", "Paul Ryan"}}},
		{"The Environmental Protection Agency said the EPA would act.",
			[]ner{{"Environmental Protection Agency", 0, "ORG"}, {"EPA", 0, "ORG"}},
			[][]string{{"Environmental Protection Agency", "EPA"}}},
		{"The World Health Organization and the WHO chief.",
			[]ner{{"World Health Organization", 0, "ORG"}, {"WHO", 0, "ORG"}},
			[][]string{{"World Health Organization", "WHO"}}},
		{"Washington and Beijing will talk. The US and China agreed. Officials in Washington said so.",
			[]ner{{"Washington", 0, "LOC"}, {"Beijing", 0, "LOC"}, {"US", 0, "LOC"}, {"China", 0, "LOC"}, {"Washington", 1, "LOC"}},
			[][]string{{"Washington", "US"}, {"Beijing", "China"}, {"Washington"}}},
		{"Hyundai Motor grew. Hyundai said so. Maserati cars and Maserati dealers.",
			[]ner{{"Hyundai Motor", 0, "ORG"}, {"Hyundai", 1, "ORG"}, {"Maserati", 0, "PERSON"}, {"Maserati", 1, "MISC"}},
			[][]string{{"Hyundai Motor", "Hyundai"}, {"Maserati", "Maserati"}}},
		{"Hillary Clinton spoke. Gennifer Flowers had an affair with President Clinton. Clinton denied it.",
			[]ner{{"Hillary Clinton", 0, "PERSON"}, {"Gennifer Flowers", 0, "PERSON"}, {"Clinton", 1, "PERSON"}, {"Clinton", 2, "PERSON"}},
			[][]string{{"Hillary Clinton", "Clinton"}, {"Gennifer Flowers"}, {"Clinton"}}},
		{"Michelle Obama spoke. President Obama agreed and Mr. Obama left.",
			[]ner{{"Michelle Obama", 0, "PERSON"}, {"Obama", 1, "PERSON"}, {"Mr. Obama", 0, "ORG"}},
			[][]string{{"Michelle Obama"}, {"Obama", "Obama"}}},
		{"Michael Howard spoke. Mrs Howard campaigned and Mr Howard left.",
			[]ner{{"Michael Howard", 0, "PERSON"}, {"Howard", 1, "PERSON"}, {"Howard", 2, "PERSON"}},
			[][]string{{"Michael Howard", "Howard"}, {"Howard"}}},
		{"Michael Howard's ex-model wife, Sandra, spoke. Mrs Howard left and Mr Howard stayed.",
			[]ner{{"Michael Howard", 0, "PERSON"}, {"Sandra", 0, "PERSON"}, {"Howard", 1, "PERSON"}, {"Howard", 2, "PERSON"}},
			[][]string{{"Michael Howard", "Howard"}, {"Sandra", "Howard"}}},
		{"Hillary Clinton and Bill Clinton spoke. Mrs Clinton left.",
			[]ner{{"Hillary Clinton", 0, "PERSON"}, {"Bill Clinton", 0, "PERSON"}, {"Clinton", 2, "PERSON"}},
			[][]string{{"Hillary Clinton", "Clinton"}, {"Bill Clinton"}}},
		{"Hillary Clinton spoke. Mrs Clinton left.",
			[]ner{{"Hillary Clinton", 0, "PERSON"}, {"Clinton", 1, "PERSON"}},
			[][]string{{"Hillary Clinton", "Clinton"}}},
		{"First Minister Jack McConnell spoke. Mr McConnell said so and McConnell left.",
			[]ner{{"Jack McConnell", 0, "PERSON"}, {"McConnell", 1, "PERSON"}, {"McConnell", 2, "PERSON"}},
			[][]string{{"Jack McConnell", "McConnell", "McConnell"}}},
		// the lexicon's surname alias gives way to the document's namesake
		// when nothing else in the text is of the listed person's country
		{"Jack McConnell's comment was criticised in Glasgow. McConnell said so.",
			[]ner{{"Jack McConnell", 0, "PERSON"}, {"Glasgow", 0, "LOC"}, {"McConnell", 1, "PERSON"}},
			[][]string{{"Jack McConnell", "McConnell"}, {"Glasgow"}}},
		{"Michelle Obama spoke in Washington. Obama agreed.",
			[]ner{{"Michelle Obama", 0, "PERSON"}, {"Washington", 0, "LOC"}, {"Obama", 1, "PERSON"}},
			[][]string{{"Michelle Obama"}, {"Washington"}, {"Obama"}}},
		{"The Liberal Democrats said the Lib Dems would win; the Tories disagreed.",
			[]ner{{"Liberal Democrats", 0, "ORG"}, {"Lib Dems", 0, "ORG"}, {"Tories", 0, "MISC"}},
			[][]string{{"Liberal Democrats", "Lib Dems"}, {"Tories"}}},
		{"The Tomlinson report came out. Sir Mike Tomlinson spoke.",
			[]ner{{"Tomlinson", 0, "LOC"}, {"Sir Mike Tomlinson", 0, "PERSON"}},
			[][]string{{"Tomlinson", "Mike Tomlinson"}}},
		{"Enrique Peña Nieto spoke. Later Peña Nieto left.",
			[]ner{{"Enrique Peña Nieto", 0, "PERSON"}, {"Peña Nieto", 1, "PERSON"}},
			[][]string{{"Enrique Peña Nieto", "Peña Nieto"}}},
		{"Mayor Bill de Blasio spoke. De Blasio left.",
			[]ner{{"Bill de Blasio", 0, "PERSON"}, {"De Blasio", 0, "PERSON"}},
			[][]string{{"Bill de Blasio", "De Blasio"}}},
		{"The New York Post said the Post would sue. Shares in RJ Reynolds Tobacco rose and Reynolds gained.",
			[]ner{{"New York Post", 0, "ORG"}, {"Post", 1, "ORG"}, {"RJ Reynolds Tobacco", 0, "ORG"}, {"Reynolds", 1, "MISC"}},
			[][]string{{"New York Post", "Post"}, {"RJ Reynolds Tobacco", "Reynolds"}}},
		{"The Peterson Institute for International Economics said the Peterson Institute knew.",
			[]ner{{"Peterson Institute for International Economics", 0, "ORG"}, {"Peterson Institute", 1, "ORG"}},
			[][]string{{"Peterson Institute for International Economics", "Peterson Institute"}}},
		{"Shares in Elan fell. Ireland-based Elan lost. Elan said so. The marque Mercedes-Benz and Mercedes-Benz buyers.",
			[]ner{{"Elan", -1, "LOC"}, {"Ireland", 0, "LOC"}, {"Mercedes-Benz", -1, "PERSON"}},
			[][]string{{"Elan", "Elan", "Elan"}, {"Ireland"}, {"Mercedes-Benz", "Mercedes-Benz"}}},
		{"The Environmental Protection Agency and the E.P.A. rule.",
			[]ner{{"Environmental Protection Agency", 0, "ORG"}, {"E.P.A.", 0, "ORG"}},
			[][]string{{"Environmental Protection Agency", "E.P.A."}}},
		{"North East voters said no. The North East campaign lost.",
			[]ner{{"North East", 0, "LOC"}, {"North East", 1, "ORG"}},
			[][]string{{"North East", "North East"}}},
	}
	for _, tt := range tests {
		doc := buildDoc(t, tt.text, "2025-07-11", tt.in)
		annotate(t, doc)
		text := map[string]string{}
		for _, m := range doc.Mentions {
			text[m.ID] = m.Text
		}
		var got [][]string
		for _, e := range doc.Entities {
			var g []string
			for _, id := range e.Mentions {
				g = append(g, text[id])
			}
			got = append(got, g)
		}
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("Annotate(%q) entities = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestTitleBeforeHonorific checks that a title read before a name skips
// the honorific between them.
func TestTitleBeforeHonorific(t *testing.T) {
	tests := []struct {
		text  string
		in    []ner
		name  string
		title string
	}{
		{"Lord Chancellor Lord Falconer said so.", []ner{{"Falconer", 0, "PERSON"}}, "Falconer", "Lord Chancellor"},
		{"Deputy Prime Minister Mr John Prescott said so.", []ner{{"John Prescott", 0, "PERSON"}}, "John Prescott", "Deputy Prime Minister"},
		{"He told Mr John Prescott so.", []ner{{"John Prescott", 0, "PERSON"}}, "John Prescott", ""},
		// a title with its seat, before an honorific, run into one chunk
		{"Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams appealed.",
			[]ner{{"Cardinal and Archbishop of Canterbury Dr Rowan Williams", 0, "ORG"}}, "Rowan Williams", "Archbishop of Canterbury"},
		{"Mayor of London Ken Livingstone said so.", []ner{{"Ken Livingstone", 0, "PERSON"}}, "Ken Livingstone", "Mayor of London"},
		{"The Bishop of Durham, Tom Wright, agreed.", []ner{{"Bishop of Durham", 0, "PERSON"}, {"Tom Wright", 0, "PERSON"}},
			"Tom Wright", "Bishop of Durham"},
		{"He met the head of Sony, Howard Stringer and others.", []ner{{"Sony", 0, "ORG"}, {"Howard Stringer", 0, "PERSON"}},
			"Howard Stringer", ""},
	}
	for _, tt := range tests {
		doc := buildDoc(t, tt.text, "2005-01-01", tt.in)
		annotate(t, doc)
		var got []string
		for _, e := range doc.Entities {
			if e.Name == tt.name {
				got = e.Titles
			}
		}
		if want := []string{tt.title}; (tt.title == "" && len(got) != 0) || (tt.title != "" && !slices.Equal(got, want)) {
			t.Errorf("Annotate(%q) %s titles = %q; want %q", tt.text, tt.name, got, tt.title)
		}
	}
}

// TestSurnameAliasDate checks that a lexicon surname alias ("Machado")
// goes to its person only once that person is in public life.
func TestSurnameAliasDate(t *testing.T) {
	tests := []struct {
		date, kb string
	}{
		{"2016-09-30", ""}, // María Corina Machado had no public role yet
		{"2024-01-10", "person:maria-corina-machado"},
	}
	for _, tt := range tests {
		const text = "Mr. Trump attacked her. Machado said no."
		doc := buildDoc(t, text, tt.date, []ner{{"Trump", 0, "PERSON"}, {"Machado", 0, "PERSON"}})
		annotate(t, doc)
		kb := ""
		for _, e := range doc.Entities {
			if e.Name == "Machado" || strings.HasSuffix(e.Name, " Machado") {
				kb = e.KB
			}
		}
		if kb != tt.kb {
			t.Errorf("Annotate(%q @%s) Machado kb = %q; want %q", text, tt.date, kb, tt.kb)
		}
	}
	// In 2016 the namesake the article names in full is meant.
	doc := buildDoc(t, "Trump attacked Alicia Machado. Machado said no.", "2016-09-30",
		[]ner{{"Trump", 0, "PERSON"}, {"Alicia Machado", 0, "PERSON"}, {"Machado", 1, "PERSON"}})
	annotate(t, doc)
	if n := len(doc.Entities); n != 2 || len(doc.Entities[1].Mentions) != 2 {
		t.Errorf("Annotate(Alicia Machado @2016) entities = %+v; want Trump and one Alicia Machado with 2 mentions", doc.Entities)
	}
}

func TestResolve(t *testing.T) {
	doc := seedDoc(t)
	annotate(t, doc)
	a := New(testLexicon(t), Options{})
	name := func(id string) string {
		for _, e := range doc.Entities {
			if e.ID == id {
				return e.Name
			}
		}
		return ""
	}
	tests := []struct{ in, want string }{
		{"Rubio", "Marco Rubio"},
		{"Marco Rubio", "Marco Rubio"},
		{"US Secretary of State Marco Rubio", "Marco Rubio"},
		{"Secretary Rubio", "Marco Rubio"},
		{"Xi", "Xi Jinping"},
		{"Trump", "Donald Trump"},
		{"President Trump", "Donald Trump"},
		{"Wang", "Wang Yi"},
		{"Washington", "United States"},
		{"the United States", "United States"},
		{"Beijing", "China"},
		{"ASEAN", "Association of Southeast Asian Nations"},
		{"the White House", "White House"},
		{"Lutnick", "Howard Lutnick"},
		{"the Chinese foreign ministry", "Chinese Ministry of Foreign Affairs"},
		{"Chinese Foreign Minister Wang Yi", "Wang Yi"},
		{"Mr. Rubio", "Marco Rubio"},
		{"Chinese", "Chinese"},
		{"Kuala Lumpur", "Kuala Lumpur"},
		{"the Kremlin", ""},
		{"Emmanuel Macron", ""},
		{"", ""},
	}
	for _, tt := range tests {
		id, ok := a.Resolve(doc, tt.in)
		if got := name(id); got != tt.want || ok != (tt.want != "") {
			t.Errorf("Resolve(%q) = %q (%q), %v; want %q", tt.in, id, got, ok, tt.want)
		}
	}
}

func TestNoLexicon(t *testing.T) {
	err := New(nil, Options{}).Annotate(context.Background(), &chronicle.Document{})
	if err != ErrNoLexicon {
		t.Errorf("Annotate with nil lexicon = %v; want ErrNoLexicon", err)
	}
}

func BenchmarkAnnotate(b *testing.B) {
	a := New(testLexicon(b), Options{})
	base := seedDoc(b)
	b.SetBytes(int64(len(base.Text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := *base
		doc.Mentions = slices.Clone(base.Mentions)
		if err := a.Annotate(context.Background(), &doc); err != nil {
			b.Fatal(err)
		}
	}
}

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestSeedGolden pins the mentions and entities of the seed as JSON.
func TestSeedGolden(t *testing.T) {
	doc := seedDoc(t)
	annotate(t, doc)
	doc.Normalize()
	got, err := json.MarshalIndent(struct {
		Mentions []chronicle.Mention `json:"mentions"`
		Entities []chronicle.Entity  `json:"entities"`
	}{doc.Mentions, doc.Entities}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const path = "testdata/seed.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("seed mentions and entities differ from %s; run go test -update and review the diff", path)
	}
}

// BenchmarkAnnotateLong annotates the seed repeated 20 times (about 1,200
// mentions) to show the stage stays near-linear.
func BenchmarkAnnotateLong(b *testing.B) {
	a := New(testLexicon(b), Options{})
	seed := seedDoc(b)
	var long chronicle.Document
	var sb strings.Builder
	for k := 0; k < 20; k++ {
		off := sb.Len()
		sb.WriteString(seed.Text)
		sb.WriteString("\n")
		for _, m := range seed.Mentions {
			m.Start += off
			m.End += off
			long.Mentions = append(long.Mentions, m)
		}
	}
	long.Text = sb.String()
	long.Meta = seed.Meta
	b.SetBytes(int64(len(long.Text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := long
		doc.Mentions = slices.Clone(long.Mentions)
		if err := a.Annotate(context.Background(), &doc); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrent annotates copies of the seed from many goroutines with
// one Annotator (run with -race).
func TestConcurrent(t *testing.T) {
	a := New(testLexicon(t), Options{})
	base := seedDoc(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			doc := *base
			doc.Mentions = slices.Clone(base.Mentions)
			if err := a.Annotate(context.Background(), &doc); err != nil {
				errs <- err
				return
			}
			if len(doc.Entities) != 14 {
				errs <- fmt.Errorf("%d entities; want 14", len(doc.Entities))
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestIsWordRuneASCII checks isWordRune's ASCII shortcut against the
// Unicode classes it stands for.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v; want %v", r, got, want)
		}
	}
}

// splitWordsRef is splitWords as it was before its ASCII shortcuts: the
// reference FuzzSplitWords holds it to.
func splitWordsRef(text string) []word {
	ws := make([]word, 0, len(text)/6)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		s := i
		i += n
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '.' || r == '\'' || r == '’' || r == ',' {
				next, _ := utf8.DecodeRuneInString(text[i+n:])
				digits := r != '\'' && r != '’' && unicode.IsDigit(next) && text[i-1] >= '0' && text[i-1] <= '9'
				if i+n < len(text) && ((r != ',' && unicode.IsLetter(next)) || digits) {
					i += n
					continue
				}
				if r == '.' && strings.Contains(text[s:i], ".") {
					i += n
				}
				if (r == '\'' || r == '’') && text[i-1] == 's' {
					i += n
				}
			}
			break
		}
		first, _ := utf8.DecodeRuneInString(text[s:])
		ws = append(ws, word{s: int32(s), e: int32(i), cap: unicode.IsUpper(first)})
	}
	return ws
}

func FuzzSplitWords(f *testing.F) {
	for _, s := range []string{"", "U.S. Ministers' talks", "Égypte’s 1,000.5 naïve\u0301 G20", "a\xffb c.d, e,1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitWords(s), splitWordsRef(s); !slices.Equal(got, want) {
			t.Errorf("splitWords(%q) = %v; want %v", s, got, want)
		}
	})
}

// TestWordsIn checks wordsIn against a scan of every word, for spans of
// every length on the seed.
func TestWordsIn(t *testing.T) {
	doc := seedDoc(t)
	st := &state{text: doc.Text, words: splitWords(doc.Text)}
	for s := 0; s <= len(doc.Text); s += 7 {
		for e := s; e <= len(doc.Text) && e <= s+2000; e += 13 {
			wi, wj := -1, -1
			for k := range st.words {
				if wi < 0 && st.wordE(k) > s {
					wi = k
				}
				if wj < 0 && wi >= 0 && st.wordS(k) >= e {
					wj = k
				}
			}
			if wi < 0 {
				wi = len(st.words)
			}
			if wj < 0 {
				wj = max(wi, len(st.words))
			}
			if i, j := st.wordsIn(s, e); i != wi || j != wj {
				t.Fatalf("wordsIn(%d, %d) = %d, %d; want %d, %d", s, e, i, j, wi, wj)
			}
		}
	}
}

func TestCreditCueEnds(t *testing.T) {
	for _, cue := range creditCues {
		if c := cue[len(cue)-1]; !strings.ContainsRune(creditCueEnds, rune(c)) {
			t.Errorf("creditCueEnds %q lacks %q, the end of cue %q", creditCueEnds, c, cue)
		}
	}
}

// FuzzEndsWithCue checks endsWithCue's first test against its loop alone.
func FuzzEndsWithCue(f *testing.F) {
	for _, s := range []string{"Photo", "AP PHOTO", "photoſ", "Courtesy of", "(According to", "file photo", "photos", "Getty Images"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b string) {
		want := false
		for _, cue := range creditCues {
			if len(b) >= len(cue) && strings.EqualFold(b[len(b)-len(cue):], cue) &&
				(len(b) == len(cue) || !isWordByte(b[len(b)-len(cue)-1])) {
				want = true
			}
		}
		if got := endsWithCue(b); got != want {
			t.Errorf("endsWithCue(%q) = %v; want %v", b, got, want)
		}
	})
}

func FuzzIsUpperText(f *testing.F) {
	for _, s := range []string{"", "EPA", "E.P.A", "Epa", "ÉTAT", "état", "\xff", "\ufffd", "ß", "İ", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isUpperText(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperText(%q) = %v; want %v", s, got, want)
		}
	})
}

// initialsRef is initials as it was written before it stopped splitting
// the words into a slice: the reference FuzzInitials holds it to.
func initialsRef(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if inLower(connectors, w) {
			continue
		}
		if r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func FuzzInitials(f *testing.F) {
	for _, s := range []string{"", "Environmental Protection Agency", "Bank of England", "Ministry Of Defence", "Anglo-Irish Bank", " - x", "Élysée Palace", "A\xffB C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := initials(s), initialsRef(s); got != want {
			t.Errorf("initials(%q) = %q; want %q", s, got, want)
		}
	})
}

// TestSharedNames checks that a name several countries give their own
// institution ("Treasury", "Parliament", "Supreme Court") links to the one
// of the country the text points to, and to none without evidence.
func TestSharedNames(t *testing.T) {
	tests := []struct {
		text        string
		in          []ner
		mention     string // text of a mention of the entity checked
		kb, country string
	}{
		{"Tony Blair and Gordon Brown met in London. The Treasury said so.",
			[]ner{{"Tony Blair", 0, "PERSON"}, {"Gordon Brown", 0, "PERSON"}, {"London", 0, "LOC"}, {"Treasury", 0, "ORG"}},
			"Treasury", "org:treasury-gbr", "GBR"},
		{"Donald Trump spoke in Washington. The Treasury said so.",
			[]ner{{"Donald Trump", 0, "PERSON"}, {"Washington", 0, "LOC"}, {"Treasury", 0, "ORG"}},
			"Treasury", "org:treasury", "USA"},
		{"The Treasury said so.", []ner{{"Treasury", 0, "ORG"}}, "Treasury", "", ""},
		// a country word right before the name outweighs the document
		{"Donald Trump spoke in Washington. Britain's Treasury said so.",
			[]ner{{"Donald Trump", 0, "PERSON"}, {"Washington", 0, "LOC"}, {"Treasury", 0, "ORG"}},
			"Treasury", "org:treasury-gbr", "GBR"},
		{"Donald Trump spoke in Washington. Canada's Senate said no.",
			[]ner{{"Donald Trump", 0, "PERSON"}, {"Washington", 0, "LOC"}, {"Senate", 0, "ORG"}},
			"Senate", "org:senate-can", "CAN"},
		{"Tony Blair spoke in London. The German Treasury said so.",
			[]ner{{"Tony Blair", 0, "PERSON"}, {"London", 0, "LOC"}, {"Treasury", 0, "ORG"}},
			"Treasury", "", ""},
		// a country word inside the recogniser's name
		{"Donald Trump spoke. Pakistan's Supreme Court ruled.",
			[]ner{{"Donald Trump", 0, "PERSON"}, {"Pakistan's Supreme Court", 0, "ORG"}},
			"Pakistan's Supreme Court", "org:supremecourt-pak", "PAK"},
		{"Tony Blair spoke in London. The French Treasury said so.",
			[]ner{{"Tony Blair", 0, "PERSON"}, {"London", 0, "LOC"}, {"French Treasury", 0, "ORG"}},
			"French Treasury", "", "FRA"},
		{"The Senate voted as Donald Trump asked in Washington.",
			[]ner{{"Senate", 0, "ORG"}, {"Donald Trump", 0, "PERSON"}, {"Washington", 0, "LOC"}},
			"Senate", "Q66096", "USA"},
		{"Labour said Congress would meet in Manchester.",
			[]ner{{"Labour", 0, "ORG"}, {"Congress", 0, "ORG"}, {"Manchester", 0, "LOC"}},
			"Congress", "", ""},
		// the document is about France: one mention of Britain is no evidence
		{"Jacques Chirac told French voters in Paris that France stood firm; the French press agreed. Britain watched. Parliament voted.",
			[]ner{{"Jacques Chirac", 0, "PERSON"}, {"French", -1, "MISC"}, {"Paris", 0, "LOC"}, {"France", 0, "LOC"}, {"Britain", 0, "LOC"}, {"Parliament", 0, "ORG"}},
			"Parliament", "", ""},
		// an article about Iran may name the US Congress
		{"Iran and Tehran: Iranian officials in Iran said Congress must approve it, Donald Trump said.",
			[]ner{{"Iran", -1, "LOC"}, {"Tehran", 0, "LOC"}, {"Iranian", 0, "MISC"}, {"Congress", 0, "ORG"}, {"Donald Trump", 0, "PERSON"}},
			"Congress", "Q11268", "USA"},

		// party adjectives: the British Tories, the Canadian ones
		{"Tony Blair in London attacked the Tory plans.",
			[]ner{{"Tony Blair", 0, "PERSON"}, {"London", 0, "LOC"}, {"Tory", 0, "MISC"}},
			"Tory", "org:con-gbr", "GBR"},
		{"Canadians in Ottawa heard the Tory plans.",
			[]ner{{"Canadians", 0, "MISC"}, {"Ottawa", 0, "LOC"}, {"Tory", 0, "MISC"}},
			"Tory", "org:con-can", "CAN"},
		// a ministry named by its field only, unknown to the lexicon, is
		// the one of the country the text is about
		{"Ariel Sharon spoke in Tel Aviv to Israeli voters. The Finance Ministry said so.",
			[]ner{{"Ariel Sharon", 0, "PERSON"}, {"Tel Aviv", 0, "LOC"}, {"Israeli", 0, "MISC"}, {"Finance Ministry", 0, "ORG"}},
			"Finance Ministry", "", "ISR"},
		{"The Labor Department said so.", []ner{{"Labor Department", 0, "ORG"}}, "Labor Department", "", ""},
		{"Tony Blair spoke in Washington. The Ministry of Finance and Economy said so.",
			[]ner{{"Tony Blair", 0, "PERSON"}, {"Washington", 0, "LOC"}, {"Ministry of Finance and Economy", 0, "ORG"}},
			"Ministry of Finance and Economy", "", ""},
		{"Tony Blair spoke in London. The European Court of Human Rights ruled.",
			[]ner{{"Tony Blair", 0, "PERSON"}, {"London", 0, "LOC"}, {"European Court of Human Rights", 0, "ORG"}},
			"European Court of Human Rights", "", ""},
		// one name, one country: no evidence needed
		{"The Home Office said so.", []ner{{"Home Office", 0, "ORG"}}, "Home Office", "org:homeoffice-gbr", "GBR"},
	}
	for _, tt := range tests {
		doc := buildDoc(t, tt.text, "2005-03-01", tt.in)
		annotate(t, doc)
		e := entityOf(doc, tt.mention)
		if e.ID == "" {
			t.Errorf("Annotate(%q): no entity of %q in %+v", tt.text, tt.mention, doc.Mentions)
			continue
		}
		if e.KB != tt.kb || e.Country != tt.country {
			t.Errorf("Annotate(%q) %q = kb %q country %q; want %q %q", tt.text, tt.mention, e.KB, e.Country, tt.kb, tt.country)
		}
	}
	// Resolve finds the organisation the stage chose.
	doc := buildDoc(t, tests[0].text, "2005-03-01", tests[0].in)
	annotate(t, doc)
	a := New(testLexicon(t), Options{})
	for _, name := range []string{"Treasury", "HM Treasury", "the Treasury"} {
		id, ok := a.Resolve(doc, name)
		got := ""
		for _, e := range doc.Entities {
			if e.ID == id {
				got = e.KB
			}
		}
		if !ok || got != "org:treasury-gbr" {
			t.Errorf("Resolve(UK doc, %q) = %q (kb %q), %v; want HM Treasury", name, id, got, ok)
		}
	}
}

// TestPluralRoles checks that plural titles and plurals of acronyms are
// no organisations ("MPs", "Labour MPs"), while parties stay.
func TestPluralRoles(t *testing.T) {
	tests := []struct {
		text string
		in   []ner
		want []string // "text/TYPE"
	}{
		{"Labour MPs backed it. MPs voted. The Tories and Male MSPs objected. CSOs patrol.",
			[]ner{{"Labour MPs", 0, "ORG"}, {"MPs", 1, "ORG"}, {"Tories", 0, "MISC"}, {"Male MSPs", 0, "ORG"}, {"CSOs", 0, "ORG"}},
			[]string{"Labour/ORG", "Tories/ORG", "CSOs/MISC"}},
		{"Lib Dem MPs and UKIP MEPs met Scottish MPs.",
			[]ner{{"Lib Dem MPs", 0, "ORG"}, {"UKIP MEPs", 0, "ORG"}, {"Scottish MPs", 0, "LOC"}},
			[]string{"Lib Dem/ORG", "UKIP/ORG", "Scottish/NORP"}},
		{"Tory MP Jonathan Sayeed, a former MP, met the Tory MP.",
			[]ner{{"Tory MP Jonathan Sayeed", 0, "ORG"}, {"MP", 1, "ORG"}, {"Tory MP", 1, "ORG"}},
			[]string{"Tory/ORG", "Jonathan Sayeed/PERSON", "Tory/ORG"}},
		{"The Ottawa Senators won and Conservative Ministers lost.",
			[]ner{{"Ottawa Senators", 0, "ORG"}, {"Conservative Ministers", 0, "ORG"}},
			[]string{"Ottawa Senators/ORG", "Conservative/ORG"}},
		{"The ASEAN Foreign Ministers' Meeting and the MSPs' Code of Conduct.",
			[]ner{{"ASEAN Foreign Ministers", 0, "ORG"}, {"MSPs", 0, "ORG"}},
			[]string{"ASEAN Foreign Ministers' Meeting/EVENT", "ASEAN/ORG", "MSPs/ORG"}},
	}
	for _, tt := range tests {
		checkMentions(t, tt.text, "2005-03-01", tt.in, tt.want)
	}
}

// TestTitleAfterParty checks that a party name is read whole before a
// title, though its last word may be a title modifier ("Democrat"), and
// that "and" joins fields of one title.
func TestTitleAfterParty(t *testing.T) {
	tests := []struct {
		text, name, title, sector string
	}{
		{"Liberal Democrat education spokesman Phil Willis said so.", "Phil Willis", "Liberal Democrat education spokesman", "PTY"},
		{"Former Liberal Democrat MP Jackie Ballard said so.", "Jackie Ballard", "", ""},
		{"Labour MSP Christine May said so.", "Christine May", "Labour MSP", "LEG"},
		// "and" joins the fields of one office, not two offices
		{"The Trade and Industry Secretary Patricia Hewitt said so.", "Patricia Hewitt", "Trade and Industry Secretary", "GOV"},
		{"The Queen and Prince Philip said so.", "Philip", "Prince", "GOV"},
	}
	for _, tt := range tests {
		doc := buildDoc(t, tt.text, "2005-01-01", []ner{{tt.name, 0, "PERSON"}})
		annotate(t, doc)
		var got chronicle.Entity
		for _, e := range doc.Entities {
			if e.Name == tt.name {
				got = e
			}
		}
		title := strings.Join(got.Titles, "|")
		if title != tt.title || got.Sector != tt.sector {
			t.Errorf("Annotate(%q) %s titles = %q sector %q; want %q %q", tt.text, tt.name, title, got.Sector, tt.title, tt.sector)
		}
	}
}

// TestLawsAndHolidays checks that laws and bills are MISC, whole with a
// bracketed part, and feasts are EVENTs.
func TestLawsAndHolidays(t *testing.T) {
	tests := []struct {
		text string
		in   []ner
		want []string // "text/TYPE"
	}{
		{"It is part of the Health Service (Miscellaneous Provisions) Bill, which MPs consider.",
			[]ner{{"Miscellaneous Provisions", 0, "ORG"}, {"Bill", 0, "ORG"}},
			[]string{"Health Service (Miscellaneous Provisions) Bill/MISC"}},
		{"The Terrorism (Northern Ireland) Act 2006 lapsed.", []ner{{"Northern Ireland", 0, "LOC"}},
			[]string{"Terrorism (Northern Ireland) Act 2006/MISC"}},
		{"The Prevention of Terrorism Bill and the Affordable Care Act passed.",
			[]ner{{"Prevention of Terrorism Bill", 0, "ORG"}, {"Affordable Care Act", 0, "LOC"}},
			[]string{"Prevention of Terrorism Bill/MISC", "Affordable Care Act/MISC"}},
		{"Uncle Bill came over the New Year and at Christmas.",
			[]ner{{"Uncle Bill", 0, "PERSON"}, {"New Year", 0, "ORG"}, {"Christmas", 0, "MISC"}},
			[]string{"Uncle Bill/PERSON", "New Year/EVENT", "Christmas/EVENT"}},
		{"Mr Smith (Labour) Act now, he said.", []ner{{"Smith", 0, "PERSON"}, {"Labour", 0, "ORG"}},
			[]string{"Smith/PERSON", "Labour/ORG"}},
	}
	for _, tt := range tests {
		checkMentions(t, tt.text, "2005-03-01", tt.in, tt.want)
	}
}

// TestSpouseName checks that a spouse named by given name after a
// person's possessive name takes the surname ("Sandra Howard").
func TestSpouseName(t *testing.T) {
	tests := []struct {
		text string
		in   []ner
		want []string // entity names
	}{
		{"Michael Howard's ex-model wife, Sandra, spoke. Mrs Howard left.",
			[]ner{{"Michael Howard", 0, "PERSON"}, {"Sandra", 0, "PERSON"}, {"Howard", 1, "PERSON"}},
			[]string{"Michael Howard", "Sandra Howard"}},
		{"Tony Blair's wife Cherie spoke.", []ner{{"Tony Blair", 0, "PERSON"}, {"Cherie", 0, "PERSON"}},
			[]string{"Tony Blair", "Cherie Blair"}},
		// a man's name after "wife" is no wife's
		{"Tony Blair's wife, John, spoke.", []ner{{"Tony Blair", 0, "PERSON"}, {"John", 0, "PERSON"}},
			[]string{"Tony Blair", "John"}},
		{"The wife, Sandra, spoke.", []ner{{"Sandra", 0, "PERSON"}}, []string{"Sandra"}},
	}
	for _, tt := range tests {
		doc := buildDoc(t, tt.text, "2005-03-01", tt.in)
		annotate(t, doc)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Annotate(%q) entities = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// checkMentions annotates text (published on the given day, with the
// recogniser's mentions in) and checks its mentions as "text/TYPE".
func checkMentions(t *testing.T, text, published string, in []ner, want []string) {
	t.Helper()
	doc := buildDoc(t, text, published, in)
	annotate(t, doc)
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Text+"/"+m.Type)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Annotate(%q) mentions = %q; want %q", text, got, want)
	}
}

// TestUnitsTitlesPeers checks the entity attributes of an organisation's
// units ("BBC News"), royal and plural titles, peers' styles and the
// weak audience evidence for a shared name.
func TestUnitsTitlesPeers(t *testing.T) {
	tests := []struct {
		text    string
		url     string
		in      []ner
		mention string // text of a mention of the entity checked
		want    want
	}{
		// a unit or brand of a known organisation: its own entity, the
		// parent's country and sector, no knowledge-base id of its own
		{"He told BBC Radio 4 on Monday.", "", []ner{{"BBC Radio 4", 0, "ORG"}},
			"BBC Radio 4", want{name: "BBC Radio 4", typ: "ORG", country: "GBR", sector: "MED"}},
		{"It was shown on BBC One.", "", []ner{{"BBC One", 0, "MISC"}},
			"BBC One", want{name: "BBC One", typ: "ORG", country: "GBR", sector: "MED"}},
		{"The BBC World Service said so.", "", []ner{{"BBC World Service", 0, "ORG"}},
			"BBC World Service", want{name: "BBC World Service", typ: "ORG", country: "GBR", sector: "MED"}},
		{"The Nikkei 225 index fell.", "", []ner{{"Nikkei 225", 0, "ORG"}},
			"Nikkei 225", want{name: "Nikkei 225", typ: "ORG"}},
		{"The UN Development Programme said so.", "", []ner{{"UN Development Programme", 0, "ORG"}},
			"UN Development Programme", want{name: "UN Development Programme", typ: "ORG", sector: "IGO"}},
		{"The European Council on Foreign Relations said so.", "", []ner{{"European Council on Foreign Relations", 0, "ORG"}},
			"European Council on Foreign Relations", want{name: "European Council on Foreign Relations", typ: "ORG"}},
		{"The Guantanamo Human Rights Commission said so.", "", []ner{{"Guantanamo Human Rights Commission", 0, "ORG"}},
			"Guantanamo Human Rights Commission", want{name: "Guantanamo Human Rights Commission", typ: "ORG", sector: "GOV"}},
		// an unknown party takes the party sector
		{"The Scottish Green Party said so.", "", []ner{{"Scottish Green Party", 0, "ORG"}},
			"Scottish Green Party", want{name: "Scottish Green Party", typ: "ORG", country: "GBR", sector: "PTY"}},
		// royal titles are no names; a plural title distributes
		{"She may become Princess Consort after Charles becomes king.", "", []ner{{"Princess Consort", 0, "PERSON"}, {"Charles", 0, "PERSON"}},
			"Charles", want{name: "Charles", typ: "PERSON"}},
		{"Princes William and Harry said they are happy.", "", []ner{{"Princes William", 0, "PERSON"}, {"Harry", 0, "PERSON"}},
			"William", want{name: "William", typ: "PERSON", sector: "GOV", titles: []string{"Prince"}}},
		{"Princes William and Harry said they are happy.", "", []ner{{"Princes William", 0, "PERSON"}, {"Harry", 0, "PERSON"}},
			"Harry", want{name: "Harry", typ: "PERSON", sector: "GOV", titles: []string{"Prince"}}},
		{"He is a friend of princes William and Harry.", "", []ner{{"William", 0, "LOC"}, {"Harry", 0, "LOC"}},
			"Harry", want{name: "Harry", typ: "PERSON", sector: "GOV", titles: []string{"Prince"}}},
		// peers' styles name people
		{"The Queen and Duke of Edinburgh were happy.", "", []ner{{"Duke of Edinburgh", 0, "ORG"}},
			"Duke of Edinburgh", want{name: "Duke of Edinburgh", typ: "PERSON"}},
		{"She will be HRH Duchess of Cornwall.", "", []ner{{"HRH Duchess of Cornwall", 0, "ORG"}},
			"Duchess of Cornwall", want{name: "Duchess of Cornwall", typ: "PERSON"}},
		{"The Archbishop of Canterbury Dr Rowan Williams will preside.", "", []ner{{"Canterbury Dr Rowan Williams", 0, "LOC"}},
			"Rowan Williams", want{name: "Rowan Williams", typ: "PERSON", country: "GBR", sector: "REL", titles: []string{"Archbishop of Canterbury"}}},
		// a seat the recogniser ran into the name: the name is the person, the seat gives the country
		{"Mayor of London Ken Livingstone said so.", "", []ner{{"London Ken Livingstone", 0, "ORG"}},
			"Ken Livingstone", want{name: "Ken Livingstone", typ: "PERSON", country: "GBR", sector: "GOV", titles: []string{"Mayor of London"}}},
		// but only a seat the lexicon knows: "Cherie" is no seat of "member of"
		{"Philippe Sands, a member of Cherie Blair's Matrix Chambers, said so.", "", []ner{{"Cherie Blair", 0, "PERSON"}},
			"Cherie Blair", want{name: "Cherie Blair", typ: "PERSON"}},
		// "Miss World" makes no title word of "World"
		{"The World Community Grid will use idle time.", "", []ner{{"World Community Grid", 0, "ORG"}},
			"World Community Grid", want{name: "World Community Grid", typ: "ORG"}},
		// a headline's adjective before a surname the body gives in full
		{"Edgy Agassi struggles past Dent\n\nAndre Agassi beat Taylor Dent.", "",
			[]ner{{"Edgy Agassi", 0, "PERSON"}, {"Dent", 0, "PERSON"}, {"Andre Agassi", 0, "PERSON"}, {"Taylor Dent", 0, "PERSON"}},
			"Agassi", want{name: "Andre Agassi", typ: "PERSON"}},
		// firms joined by an ampersand, and their acronym
		{"J&J will buy it. Johnson & Johnson's reliance on drugs grew.", "",
			[]ner{{"J&J", 0, "ORG"}, {"Johnson", 0, "PERSON"}, {"Johnson", 1, "PERSON"}},
			"J&J", want{name: "Johnson & Johnson", typ: "ORG"}},
		// a demonym and "man" is a nationality
		{"The Irishman scored twice.", "", []ner{{"Irishman", 0, "LOC"}},
			"Irishman", want{name: "Irishman", typ: "NORP", country: "IRL"}},
		// no country named: the audience's country, from the money or the URL
		{"The bill, costing £5m, goes to Parliament.", "", []ner{{"Parliament", 0, "ORG"}},
			"Parliament", want{name: "UK Parliament", typ: "ORG", country: "GBR", sector: "LEG", kb: "Q11010"}},
		{"The bill, costing $5m, goes to Parliament.", "", []ner{{"Parliament", 0, "ORG"}},
			"Parliament", want{name: "Parliament", typ: "ORG", sector: "LEG"}},
		{"The bill goes to Parliament.", "https://www.abc.net.au/news/1", []ner{{"Parliament", 0, "ORG"}},
			"Parliament", want{name: "Parliament of Australia", typ: "ORG", country: "AUS", sector: "LEG", kb: "org:parliament-aus"}},
		// a country the text names outweighs the audience
		{"Norway's court ruled on 100,000 kroner (£8,000). The Supreme Court said so.", "",
			[]ner{{"Norway", 0, "LOC"}, {"Supreme Court", 0, "ORG"}},
			"Supreme Court", want{name: "Supreme Court", typ: "ORG", sector: "JUD"}},
	}
	for _, tt := range tests {
		doc := buildDoc(t, tt.text, "", tt.in)
		doc.Meta.URL = tt.url
		annotate(t, doc)
		e := entityOf(doc, tt.mention)
		got := want{name: e.Name, typ: e.Type, country: e.Country, sector: e.Sector, titles: e.Titles, kb: e.KB}
		if len(got.titles) == 0 {
			got.titles = nil
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Annotate(%q) entity of %q = %+v; want %+v", tt.text, tt.mention, got, tt.want)
		}
	}
}

// TestUnitsAndOwners checks the mentions around an organisation's
// possessive, a person named after an organisation, names joined by
// "and" and peers' styles.
func TestUnitsAndOwners(t *testing.T) {
	tests := []struct {
		text string
		in   []ner
		want []string // "text/TYPE"
	}{
		{"He was on BBC Two's The Catherine Tate Show.", []ner{{"BBC Two's The Catherine Tate Show", 0, "ORG"}},
			[]string{"BBC Two/ORG", "Catherine Tate Show/EVENT"}},
		{"The BBC's Paul Reynolds said so.", []ner{{"BBC's Paul Reynolds", 0, "ORG"}},
			[]string{"BBC/ORG", "Paul Reynolds/PERSON"}},
		{"But BBC Political Correspondent James Hardy said so.", []ner{{"BBC Political Correspondent James Hardy", 0, "ORG"}},
			[]string{"BBC/ORG", "James Hardy/PERSON"}},
		{"Sources told the BBC Michael Howard has always agreed.", []ner{{"BBC Michael Howard", 0, "ORG"}},
			[]string{"BBC/ORG", "Michael Howard/PERSON"}},
		{"Both the FBI and Justice Department declined.", []ner{{"FBI and Justice Department", 0, "ORG"}},
			[]string{"FBI/ORG", "Justice Department/ORG"}},
		{"It reached Bosnia and Herzegovina.", []ner{{"Bosnia and Herzegovina", 0, "LOC"}},
			[]string{"Bosnia and Herzegovina/GPE"}},
		{"Frenchman Thierry Henry scored.", []ner{{"Frenchman", 0, "MISC"}, {"Thierry Henry", 0, "PERSON"}},
			[]string{"Frenchman/NORP", "Thierry Henry/PERSON"}},
		{"Marks & Spencer fell.", []ner{{"Marks", 0, "PERSON"}}, []string{"Marks & Spencer/ORG"}},
		{"Trade between the US & China grew.", []ner{{"US", 0, "LOC"}, {"China", 0, "LOC"}}, []string{"US/GPE", "China/GPE"}},
	}
	for _, tt := range tests {
		checkMentions(t, tt.text, "2005-03-01", tt.in, tt.want)
	}
}

// TestTypesByNames checks types the recogniser got wrong that a name's
// form or the lexicon settles.
func TestTypesByNames(t *testing.T) {
	tests := []struct {
		text string
		in   []ner
		want []string // "text/TYPE"
	}{
		// a given name and a surname are a person, not a place; a street,
		// a channel or "Al" + a name are not
		{"Bill Gates spoke at Victoria Tower, then Al Qaeda struck.", []ner{{"Bill Gates", 0, "LOC"}, {"Victoria Tower", 0, "LOC"}, {"Al Qaeda", 0, "LOC"}},
			[]string{"Bill Gates/PERSON", "Victoria Tower/LOC", "Al Qaeda/LOC"}},
		// a firm noun before a full name does not make a firm of a person
		{"Games maker Peter Molyneux was honoured.", []ner{{"Peter Molyneux", 0, "PERSON"}}, []string{"Peter Molyneux/PERSON"}},
		// a body before a title and a name taken whole: the name is a
		// person, the body an organisation; before an office of state the
		// words are its portfolio, and a party is no body
		{"Virgin Radio DJ Pete Mitchell said so, as did D.J. Bettencourt.", []ner{{"Virgin Radio DJ Pete Mitchell", 0, "ORG"}, {"D.J. Bettencourt", 0, "PERSON"}},
			[]string{"Virgin Radio/ORG", "Pete Mitchell/PERSON", "D.J. Bettencourt/PERSON"}},
		{"Armed Forces Minister Adam Ingram and Green MEP Caroline Lucas spoke.", []ner{{"Armed Forces Minister Adam Ingram", 0, "ORG"}, {"Green MEP Caroline Lucas", 0, "ORG"}},
			[]string{"Adam Ingram/PERSON", "Caroline Lucas/PERSON"}},
		// a given name left out before a middle initial opens the name; a
		// title before initials does not
		{"The singer Mary J. Blige sang, as did Judge J. R. Smith.", []ner{{"J. Blige", 0, "PERSON"}, {"J. R. Smith", 0, "PERSON"}},
			[]string{"Mary J. Blige/PERSON", "J. R. Smith/PERSON"}},
		{"Shares in drug firm Elan fell.", []ner{{"Elan", 0, "PERSON"}}, []string{"Elan/ORG"}},
		{"Growth may end, City consultancy Deloitte has warned.", []ner{{"City", 0, "ORG"}, {"Deloitte", 0, "PERSON"}}, []string{"City/ORG", "Deloitte/ORG"}},
		// feasts and faiths are no people
		{"They met at Christmas with a Muslim leader.", []ner{{"Christmas", 0, "PERSON"}, {"Muslim", 0, "PERSON"}},
			[]string{"Christmas/EVENT", "Muslim/NORP"}},
		// a country word and the name of one of its bodies
		{"The US Department of Justice said so.", []ner{{"US Department of Justice", 0, "ORG"}}, []string{"US Department of Justice/ORG"}},
		// a title word that begins a known company's name is no rank
		{"US behemoth General Electric has posted a jump in sales.", []ner{{"US", 0, "LOC"}, {"Electric", 0, "PERSON"}},
			[]string{"US/GPE", "General Electric/ORG"}},
		{"General Wesley Clark said so.", []ner{{"Wesley Clark", 0, "PERSON"}}, []string{"Wesley Clark/PERSON"}},
		// and so is one that begins a longer name with it
		{"It extends General Motors Acceptance Corp (GMAC).", []ner{{"Motors Acceptance Corp", 0, "PERSON"}, {"GMAC", 0, "ORG"}},
			[]string{"General Motors Acceptance Corp/ORG", "GMAC/ORG"}},
		// an adjective of a people or a faith opens the name of a body
		{"It is held by the Muslim Association of Britain.", []ner{{"Association of Britain", 0, "ORG"}},
			[]string{"Muslim Association of Britain/ORG"}},
		{"The Brazilian Institute for Geography said so.", []ner{{"Brazilian", 0, "MISC"}, {"Institute for Geography", 0, "ORG"}},
			[]string{"Brazilian Institute for Geography/ORG"}},
		{"The Brazilian striker Ronaldo scored.", []ner{{"Brazilian", 0, "MISC"}, {"Ronaldo", 0, "PERSON"}},
			[]string{"Brazilian/NORP", "Ronaldo/PERSON"}},
	}
	for _, tt := range tests {
		checkMentions(t, tt.text, "2005-03-01", tt.in, tt.want)
	}
	doc := buildDoc(t, "The US Department of Justice and the Scottish Labour Party said so.", "",
		[]ner{{"US Department of Justice", 0, "ORG"}, {"Scottish Labour Party", 0, "ORG"}})
	annotate(t, doc)
	for _, tt := range []struct{ name, kb, sector string }{
		{"United States Department of Justice", "Q1553390", "JUD"},
		{"Scottish Labour Party", "", "PTY"},
	} {
		found := false
		for _, e := range doc.Entities {
			if e.Name == tt.name {
				found = true
				if e.KB != tt.kb || e.Sector != tt.sector {
					t.Errorf("Annotate(%q) %s kb, sector = %q, %q; want %q, %q", doc.Text, tt.name, e.KB, e.Sector, tt.kb, tt.sector)
				}
			}
		}
		if !found {
			t.Errorf("Annotate(%q) has no entity %q", doc.Text, tt.name)
		}
	}
}

// TestSportTitles checks that a team's captain is no military rank and
// that managers and coaches are titled.
func TestSportTitles(t *testing.T) {
	tests := []struct {
		text, mention string
		in            []ner
		want          want
	}{
		{"Ireland captain Brian O'Driscoll scored.", "Brian O'Driscoll", []ner{{"Ireland", 0, "LOC"}, {"Brian O'Driscoll", 0, "PERSON"}},
			want{name: "Brian O'Driscoll", typ: "PERSON", country: "IRL", titles: []string{"Ireland captain"}}},
		{"Army captain John Smith died.", "John Smith", []ner{{"John Smith", 0, "PERSON"}},
			want{name: "John Smith", typ: "PERSON", sector: "MIL", titles: []string{"Army captain"}}},
		{"Tottenham manager Martin Jol was happy.", "Martin Jol", []ner{{"Tottenham", 0, "ORG"}, {"Martin Jol", 0, "PERSON"}},
			want{name: "Martin Jol", typ: "PERSON", titles: []string{"manager"}}},
	}
	for _, tt := range tests {
		doc := buildDoc(t, tt.text, "", tt.in)
		annotate(t, doc)
		e := entityOf(doc, tt.mention)
		got := want{name: e.Name, typ: e.Type, country: e.Country, sector: e.Sector, titles: e.Titles, kb: e.KB}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Annotate(%q) entity of %q = %+v; want %+v", tt.text, tt.mention, got, tt.want)
		}
	}
}

// entityOf returns the entity of the mention with the given text (the
// last such mention's), or the zero Entity.
func entityOf(doc *chronicle.Document, mention string) chronicle.Entity {
	var e chronicle.Entity
	for _, m := range doc.Mentions {
		if m.Text == mention {
			for _, x := range doc.Entities {
				if x.ID == m.Entity {
					e = x
				}
			}
		}
	}
	return e
}
