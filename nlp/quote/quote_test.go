package quote

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"chronicle"
	"chronicle/lexicon"
	"chronicle/nlp/entity"
	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

var update = flag.Bool("update", false, "rewrite golden files")

// annotate runs the stage on text with only the token layer.
func annotate(t testing.TB, a *Annotator, text string) *chronicle.Document {
	t.Helper()
	doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
	if err := a.Annotate(context.Background(), doc); err != nil {
		t.Fatalf("Annotate: %v", err)
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	return doc
}

// quoteLine renders a quote as kind|text|speaker|cue for comparisons.
func quoteLine(q chronicle.Quote) string {
	sp, cue := "-", "-"
	if q.Speaker != nil {
		sp = q.Speaker.Text
	}
	if q.Cue != nil {
		cue = q.Cue.Text
	}
	return q.Kind + "|" + q.Text + "|" + sp + "|" + cue
}

func TestPatterns(t *testing.T) {
	a := New(Options{})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"direct after", `"I think there's a high probability it will happen," he said.`,
			[]string{`direct|I think there's a high probability it will happen,|he|said`}},
		{"direct inverted", `“We will win,” said Senator Smith.`,
			[]string{`direct|We will win,|Senator Smith|said`}},
		{"direct colon", `The minister told reporters: “We are ready.”`,
			[]string{`direct|We are ready.|The minister|told`}},
		{"direct interrupted", `“Your Honor,” I said, “I would like to answer.”`,
			[]string{`direct|Your Honor,|I|said`, `direct|I would like to answer.|I|said`}},
		{"title before name", `“We should lay off Bernie,” Senate minority leader Harry Reid told reporters.`,
			[]string{`direct|We should lay off Bernie,|Senate minority leader Harry Reid|told`}},
		{"a possessive apostrophe in a postposed speaker", `"We are not scared," Atticus' David Slager told the Sunday Times.`,
			[]string{`direct|We are not scared,|Atticus' David Slager|told`}},
		{"an exclamation with its attribution and an adjunct after it", `“We won!” Smith said as he left.`,
			[]string{`direct|We won!|Smith|said`}},
		{"a quote nested with the same marks", `“I would rather live in what he calls “hell” than live with him,” said Adriana Rodarte.`,
			[]string{`direct|I would rather live in what he calls “hell” than live with him,|Adriana Rodarte|said`}},
		{"an unbalanced opening mark", `He called it “a farce. “We will appeal,” said Smith.`,
			[]string{`indirect|it “a farce|He|called`, `direct|We will appeal,|Smith|said`}},
		{"question in a quote before its attribution", `“Her response has been, ‘What can we do to help?’” Renteria told reporters during the call.`,
			[]string{`direct|Her response has been, ‘What can we do to help?’|Renteria|told`}},
		{"three apostrophes close an inner and an outer quote", "''It appeared on 'Fox and Friends,''' said Tommy Vietor, a former spokesman.",
			[]string{"direct|It appeared on 'Fox and Friends,'|Tommy Vietor|said"}},
		{"postposed speaker with a place and an appositive name", `“We are outraged at the hypocrisy,” the play's organiser in Uganda, Sarah Mukasa, told the BBC's Focus on Africa programme.`,
			[]string{`direct|We are outraged at the hypocrisy,|Sarah Mukasa|told`}},
		{"inverted speaker before what was spoken of", `“I welcome this report,” said Arts minister Estelle Morris of the findings.`,
			[]string{`direct|I welcome this report,|Arts minister Estelle Morris|said`}},
		{"quote before another's lead-in", `“Look what Merkel has done,” he said of the plan. “I think this is going to destroy Germany.” He added, “Taking these people is absolute insanity.”`,
			[]string{`direct|Look what Merkel has done,|he|said`, `direct|I think this is going to destroy Germany.|He|added`, `direct|Taking these people is absolute insanity.|He|added`}},
		{"paragraph continuation on one line", `Mr Pugh said: "The plan is under review. "Comparing it to tyranny is crass." Ms James was born in Melbourne.`,
			[]string{`direct|The plan is under review. "Comparing it to tyranny is crass.|Mr Pugh|said`}},
		{"paragraph continuation", "Smith said: “We came here to win.\n\n“And we will win again.”",
			[]string{"direct|We came here to win.\n\n“And we will win again.|Smith|said"}},
		{"doubled apostrophes", "''We are ready,'' said Mr. Rhodes. ''The basis was energetic.''",
			[]string{"direct|We are ready,|Mr. Rhodes|said", "direct|The basis was energetic.|Mr. Rhodes|said"}},
		{"curly single", `Jones called it ‘a disaster’ on Monday.`,
			[]string{"mixed|it ‘a disaster’ on Monday|Jones|called"}},
		{"apostrophes are not quotes", `Trump’s aides’ plan isn’t final, officials said.`,
			[]string{`indirect|Trump’s aides’ plan isn’t final|officials|said`}},
		{"partial inside said", `Rubio said both the US and China are "very eager" to hold a summit.`,
			[]string{`mixed|both the US and China are "very eager" to hold a summit|Rubio|said`}},
		{"partial hailed as", `In May, they reached a deal, a result Trump hailed as a "complete reboot" in relations.`,
			[]string{`mixed|as a "complete reboot" in relations|Trump|hailed`}},
		{"scare quotes", `The so-called "deal" was signed.`, nil},
		{"show title", `Friday on CNN’s “New Day,” the senator spoke.`, nil},
		{"said that", `The spokesman said that the talks would resume in August.`,
			[]string{`indirect|the talks would resume in August|The spokesman|said`}},
		{"told object", `Lutnick told reporters the talks would resume in August.`,
			[]string{`indirect|the talks would resume in August|Lutnick|told`}},
		{"postposed", `The talks will resume in August, the ministry said.`,
			[]string{`indirect|The talks will resume in August|the ministry|said`}},
		{"postposed with adverbial", `The jet is his favorite toy, he said in an interview on Saturday.`,
			[]string{`indirect|The jet is his favorite toy|he|said`}},
		{"postposed inverted", `The talks will resume in August, said Lutnick.`,
			[]string{`indirect|The talks will resume in August|Lutnick|said`}},
		{"parenthetical", `The emails were on many topics, the Times said, including speeches and meetings.`,
			[]string{`indirect|The emails were on many topics|the Times|said`, `indirect|including speeches and meetings|the Times|said`}},
		{"according to first", `According to AFP, the meeting lasted two hours.`,
			[]string{`indirect|the meeting lasted two hours|AFP|According to`}},
		{"according to last", `The meeting lasted two hours, according to state media.`,
			[]string{`indirect|The meeting lasted two hours|state media|according to`}},
		{"according to wins", `Union members favored the plan, according to exit polls.`,
			[]string{`indirect|Union members favored the plan|exit polls|according to`}},
		{"colon cue", `Trump on immigration: “We will build a wall.”`,
			[]string{`direct|We will build a wall.|Trump|:`}},
		{"adding that", `He praised the talks, adding that both sides agreed to meet again.`,
			[]string{`indirect|the talks|He|praised`, `indirect|both sides agreed to meet again|He|adding`}},
		{"expressed desire", `President Trump has also expressed his desire to meet with President Xi this year.`,
			[]string{`indirect|his desire to meet with President Xi this year|President Trump|expressed`}},
		{"vowed to", `Sanders vowed to stay in the race.`,
			[]string{`indirect|to stay in the race|Sanders|vowed`}},
		{"adverb before to", `The board agreed unanimously to delay the vote.`,
			[]string{`indirect|to delay the vote|The board|agreed`}},
		{"object before to", `The group wants Congress to act on pensions.`,
			[]string{`indirect|Congress to act on pensions|The group|wants`}},
		{"quoted title in the addressee", `Graham told MSNBC’s “Morning Joe” that the deal was dead.`,
			[]string{`indirect|the deal was dead|Graham|told`}},
		{"a day before the object", `Lynch announced Monday the lawsuit against the state.`,
			[]string{`indirect|the lawsuit against the state|Lynch|announced`}},
		{"quoted title and a day without that", `She told ABC’s “Good Morning America” on Monday the tone of the interview was cordial.`,
			[]string{`indirect|the tone of the interview was cordial|She|told`}},
		{"quote going on past its clause", `He said the debate “was good. It was more uplifting.”`,
			[]string{`mixed|the debate “was good. It was more uplifting.”|He|said`}},
		{"quote that is the whole clause", `Cruz said that “to win would be helpful. I think we’ll do that.”`,
			[]string{`direct|to win would be helpful. I think we’ll do that.|Cruz|said`}},
		{"quote inside a mixed clause", `She said a majority of Americans have come to believe "that climate change is real."`,
			[]string{`mixed|a majority of Americans have come to believe "that climate change is real."|She|said`}},
		{"coordinated cue", `Clinton says she respects Sanders but argues that he can't deliver.`,
			[]string{`indirect|she respects Sanders|Clinton|says`, `indirect|he can't deliver|Clinton|argues`}},
		{"coordinated attributions", `Half said they prefer experience and the rest said they want an outsider.`,
			[]string{`indirect|they prefer experience|Half|said`, `indirect|they want an outsider|the rest|said`}},
		{"relative who", `Barkley, who said he votes Democratic, said he likes Kasich.`,
			[]string{`indirect|he votes Democratic|who|said`, `indirect|he likes Kasich|Barkley|said`}},
		{"place inside the subject", `The court in Washington found that the case could not be brought under federal laws.`,
			[]string{`indirect|the case could not be brought under federal laws|The court in Washington|found`}},
		{"name after a title", `The party's Holyrood leader, Nicola Sturgeon, said the move was welcome.`,
			[]string{`indirect|the move was welcome|Nicola Sturgeon|said`}},
		{"name after an inverted title", `"It will be a tragedy," said the chairman of the committee, Labour MP Barry Sheerman.`,
			[]string{`direct|It will be a tragedy,|Labour MP Barry Sheerman|said`}},
		{"title after a name", `Nicola Sturgeon, the party's Holyrood leader, said the move was welcome.`,
			[]string{`indirect|the move was welcome|Nicola Sturgeon|said`}},
		{"claim is no speaker", `A US government allegation accusing the companies of lying has been thrown out by a court.`, nil},
		{"report is no speaker", `A lawsuit alleging that the firm lied was filed on Monday.`, nil},
		{"with a participle", `The talks ended, with officials saying that a deal was close.`,
			[]string{`indirect|a deal was close|officials|saying`}},
		{"relative pronoun alone", `The Bill, which will be considered by parliament before Christmas, is new.`, nil},
		{"passive is not speech", `The plan was announced on Monday.`, nil},
		{"noun is not a cue", `The United States and the state of Ohio agreed to the claim.`, nil},
		{"no speech", `The meeting took place in Kuala Lumpur.`, nil},
	}
	for _, tt := range tests {
		doc := annotate(t, a, tt.text)
		var got []string
		for _, q := range doc.Quotes {
			got = append(got, quoteLine(q))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: Annotate(%q) =\n  %s\nwant\n  %s", tt.name, tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
		}
	}
}

func TestIDsAndSpans(t *testing.T) {
	doc := annotate(t, New(Options{}), `"One," he said. "Two," she said. Officials said three.`)
	for i, q := range doc.Quotes {
		if want := "q" + itoa(i+1); q.ID != want {
			t.Errorf("Quotes[%d].ID = %q; want %q", i, q.ID, want)
		}
		if strings.ContainsAny(q.Text[:1], `"“`) {
			t.Errorf("Quotes[%d].Text = %q starts with a quote mark", i, q.Text)
		}
	}
}

// TestNoLayers runs the stage on a document with only Text: it scans words
// and sentences itself.
func TestNoLayers(t *testing.T) {
	text := "Rubio said the US would work with China. \"We are ready,\" he said."
	doc := &chronicle.Document{Text: text}
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range doc.Quotes {
		got = append(got, quoteLine(q))
	}
	want := []string{"indirect|the US would work with China|Rubio|said", "direct|We are ready,|he|said"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Annotate(%q) = %q; want %q", text, got, want)
	}
}

// TestPronounResolution checks that "he" resolves to the previous speaker,
// not to the nearest person mentioned.
func TestPronounResolution(t *testing.T) {
	text := `Rubio said both sides are "very eager" to hold a summit between Trump and Xi. "I think it will happen," he said.`
	doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
	addMentions(doc, map[string]string{"Rubio": "e1", "Trump": "e2", "Xi": "e3"})
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Kind == "direct" {
			if q.Speaker == nil || q.Speaker.Text != "he" || q.Speaker.Entity != "e1" {
				t.Errorf("speaker of %q = %+v; want he → e1", q.Text, q.Speaker)
			}
			return
		}
	}
	t.Errorf("Annotate(%q): no direct quote", text)
}

// TestSubjectPastAside checks that a name set off before an aside ("Ruddock,
// though, is keen") is its clause's subject, which a later "he" resolves
// to rather than to an earlier speaker.
func TestSubjectPastAside(t *testing.T) {
	for _, text := range []string{
		`Mr Bashir said the plan would fail. Ruddock, though, is keen to play down the hype. "We have a long way to go," he said.`,
		`Mr Bashir said the plan would fail. Ruddock, however, insisted on more. "We have a long way to go," he said.`,
	} {
		doc, err := runPipeline(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, q := range doc.Quotes {
			if q.Kind == "direct" && q.Speaker != nil && q.Speaker.Entity != "" {
				got = entityByID(doc, q.Speaker.Entity).Name
			}
		}
		if got != "Ruddock" {
			t.Errorf("Annotate(%q): direct quote's speaker entity %q; want Ruddock", text, got)
		}
	}
}

// TestTitleOfDocument checks that a title-only speaker resolves through
// a title the entities stage gave a person, beyond the stage's own title
// words ("cardinal" is not one of them), and not through a title's seat.
func TestTitleOfDocument(t *testing.T) {
	tests := []struct{ text, title, speaker, want string }{
		{`Cardinal Cormac Murphy-O'Connor spoke. "Peace is possible," the cardinal said.`, "Cardinal", "the cardinal", "e1"},
		{`Dr Rowan Williams spoke. "Peace is possible," the Archbishop said.`, "Archbishop of Canterbury", "the Archbishop", "e1"},
		{`Dr Rowan Williams spoke. "Peace is possible," Canterbury said.`, "Archbishop of Canterbury", "Canterbury", ""},
		{`Oliver Letwin spoke. "Peace is possible," the chancellor said.`, "Shadow Chancellor", "the chancellor", ""},
		{`Oliver Letwin spoke. "Peace is possible," the shadow chancellor said.`, "Shadow Chancellor", "the shadow chancellor", "e1"},
		{`Jose Manuel Barroso spoke. "Peace is possible," the Commission said.`, "European Commission President", "the Commission", ""},
		{`Oliver Letwin spoke. "Peace is possible," the chancellor said.`, "shadow chancellor and Chancellor", "the chancellor", "e1"},
	}
	for _, tt := range tests {
		doc := &chronicle.Document{Text: tt.text, Tokens: tokenize.Tokens(nil, tt.text)}
		name := "Cormac Murphy-O'Connor"
		for _, n := range []string{"Rowan Williams", "Oliver Letwin", "Jose Manuel Barroso"} {
			if strings.Contains(tt.text, n) {
				name = n
			}
		}
		addMentions(doc, map[string]string{name: "e1"})
		doc.Entities[0].Titles = []string{tt.title}
		if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got *chronicle.Speaker
		for _, q := range doc.Quotes {
			if q.Kind == "direct" {
				got = q.Speaker
			}
		}
		if got == nil || got.Text != tt.speaker || got.Entity != tt.want {
			t.Errorf("Annotate(%q) speaker = %+v; want %q → %q", tt.text, got, tt.speaker, tt.want)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, data := range []string{
		"",
		"say\tsays\n",
		"say\tsays\tbogus\n",
		"say\t|\tthat\n",
	} {
		a := New(Options{FS: fstest.MapFS{cuesFile: {Data: []byte(data)}}})
		err := a.Annotate(context.Background(), &chronicle.Document{Text: "x"})
		if !errors.Is(err, ErrLexicon) {
			t.Errorf("Annotate with lexicon %q = %v; want ErrLexicon", data, err)
		}
	}
	a := New(Options{FS: fstest.MapFS{}})
	if err := a.Annotate(context.Background(), &chronicle.Document{}); !errors.Is(err, ErrLexicon) {
		t.Errorf("Annotate without lexicon = %v; want ErrLexicon", err)
	}
	a = New(Options{FS: fstest.MapFS{cuesFile: {Data: []byte("say\tsaid\tthat\n")}}})
	doc := annotate(t, a, "Smith said the plan works. Jones told me it fails.")
	if len(doc.Quotes) != 1 {
		t.Errorf("Annotate with a one-verb lexicon: %d quotes; want 1", len(doc.Quotes))
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New(Options{}).Annotate(ctx, &chronicle.Document{Text: "x"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Annotate(canceled) = %v; want context.Canceled", err)
	}
}

// repoShared returns ../shared relative to the repository root.
func repoShared(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// addMentions adds a mention for every occurrence of each name, in text
// order, with the given entity ids; entities get type PERSON unless their
// name contains "Ministry", "House" or "AFP".
func addMentions(doc *chronicle.Document, names map[string]string) {
	type hit struct {
		s, e int
		id   string
	}
	var hits []hit
	for name, id := range names {
		for off := 0; ; {
			i := strings.Index(doc.Text[off:], name)
			if i < 0 {
				break
			}
			s := off + i
			hits = append(hits, hit{s, s + len(name), id})
			off = s + len(name)
		}
	}
	// Longest first, drop overlaps, then text order.
	for i := range hits {
		for j := i + 1; j < len(hits); j++ {
			if hits[j].e-hits[j].s > hits[i].e-hits[i].s {
				hits[i], hits[j] = hits[j], hits[i]
			}
		}
	}
	var kept []hit
	for _, h := range hits {
		ok := true
		for _, k := range kept {
			if h.s < k.e && k.s < h.e {
				ok = false
			}
		}
		if ok {
			kept = append(kept, h)
		}
	}
	for i := range kept {
		for j := i + 1; j < len(kept); j++ {
			if kept[j].s < kept[i].s {
				kept[i], kept[j] = kept[j], kept[i]
			}
		}
	}
	ents := map[string]int{}
	for _, h := range kept {
		typ := "PERSON"
		name := doc.Text[h.s:h.e]
		if strings.Contains(name, "Ministry") || strings.Contains(name, "House") || name == "AFP" {
			typ = "ORG"
		}
		m := chronicle.Mention{ID: "m" + itoa(len(doc.Mentions)+1), Start: h.s, End: h.e, Text: name, Type: typ, Entity: h.id}
		doc.Mentions = append(doc.Mentions, m)
		i, ok := ents[h.id]
		if !ok {
			i = len(doc.Entities)
			ents[h.id] = i
			doc.Entities = append(doc.Entities, chronicle.Entity{ID: h.id, Name: name, Type: typ})
		}
		doc.Entities[i].Mentions = append(doc.Entities[i].Mentions, m.ID)
	}
}

// seedDoc reads the seed article with tokens and hand-built mentions.
func seedDoc(t testing.TB) *chronicle.Document {
	path := filepath.Join(repoShared(t), "seed", "article.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article not available (%v): needs ../shared", err)
	}
	text := string(raw)
	doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
	addMentions(doc, map[string]string{
		"Marco Rubio": "e1", "Rubio": "e1",
		"Wang Yi":      "e2",
		"Donald Trump": "e3", "Trump": "e3",
		"Xi Jinping": "e4", "Xi": "e4",
		"The Chinese Ministry of Foreign Affairs": "e5",
		"Howard Lutnick": "e6",
		"AFP":            "e7",
	})
	return doc
}

// TestSeed checks the issue's expectations on the seed article: seven
// direct or partial quotes with their speakers, and the indirect
// statements by Rubio, the ministry and Lutnick. A partial quote inside the
// clause that carries it is reported once, as the mixed clause whose text
// holds the quoted words in their marks (one record per utterance), so
// the seven are found as direct quotes or as the quoted part of a mixed
// one. The full output is a golden file (refresh with -update).
func TestSeed(t *testing.T) {
	doc := seedDoc(t)
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	type want struct{ text, entity, speaker string }
	direct := []want{
		{`"positive and constructive."`, "e1", ""},
		{`"very eager"`, "e1", ""},
		{"I think there's a high probability it will happen,", "e1", "he"},
		{"We are two large and powerful countries, so there will always be things we don't agree on. I think there are still some areas of potential cooperation,", "e1", ""},
		{`"positive, practical, and constructive,"`, "e5", ""},
		{`"complete reboot"`, "e3", ""},
		{`"very good."`, "e3", ""},
	}
	var got []chronicle.Quote
	for _, q := range doc.Quotes {
		if q.Kind == "direct" || q.Kind == "partial" || q.Kind == "mixed" {
			got = append(got, q)
		}
	}
	if len(got) != len(direct) {
		t.Errorf("seed: %d direct, partial or mixed quotes; want %d", len(got), len(direct))
	}
	for i := 0; i < min(len(got), len(direct)); i++ {
		q, w := got[i], direct[i]
		if q.Kind == "direct" && q.Text != w.text || q.Kind != "direct" && !strings.Contains(q.Text, w.text) {
			t.Errorf("seed quote %d = %s %q; want %q", i, q.Kind, q.Text, w.text)
		}
		if q.Speaker == nil || q.Speaker.Entity != w.entity || (w.speaker != "" && q.Speaker.Text != w.speaker) {
			t.Errorf("seed quote %q: speaker %+v; want entity %s %s", q.Text, q.Speaker, w.entity, w.speaker)
		}
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil && (q.Speaker.Text == "Recent signs" || strings.HasSuffix(q.Speaker.Text, "signs")) {
			t.Errorf("seed quote %q: speaker %q; signs are not speakers", q.Text, q.Speaker.Text)
		}
	}
	indirect := []want{
		{"the US would work with China and make an announcement later", "e1", ""},
		{"both sides agreed to strengthen exchanges and dialogue", "e5", ""},
		{"a new round of trade talks between the two countries will take place in early August, just before the tariff postponement deadline expires", "e6", ""},
	}
	for _, w := range indirect {
		found := false
		for _, q := range doc.Quotes {
			if q.Kind == "indirect" && q.Text == w.text {
				found = true
				if q.Speaker == nil || q.Speaker.Entity != w.entity {
					t.Errorf("seed indirect %q: speaker %+v; want entity %s", w.text, q.Speaker, w.entity)
				}
			}
		}
		if !found {
			t.Errorf("seed: no indirect quote %q", w.text)
		}
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc.Quotes); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantJSON, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), wantJSON) {
		t.Errorf("seed quotes differ from %s (run go test -update and review the diff):\n%s", golden, buf.String())
	}
}

// TestSeedPipeline runs the stages the quote stage reads as the CLI runs
// them (tokens, sentences, part of speech, mentions, entities) and checks
// the speakers by entity name, so that it does not depend on entity ids.
func TestSeedPipeline(t *testing.T) {
	path := filepath.Join(repoShared(t), "seed", "article.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article not available (%v): needs ../shared", err)
	}
	doc, err := runPipeline(context.Background(), string(raw))
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	names := entityNames(doc)
	want := []struct{ kind, text, speaker, entity string }{
		{"mixed", `his meeting with Chinese Foreign Minister Wang Yi in Malaysia on Thursday as "positive and constructive."`, "US Secretary of State Marco Rubio", "Marco Rubio"},
		{"mixed", `both the US and China are "very eager" to hold a summit between Trump and Xi`, "Rubio", "Marco Rubio"},
		{"direct", "I think there's a high probability it will happen,", "he", "Marco Rubio"},
		{"indirect", "Washington and Beijing will find a mutually agreeable time to hold the meeting", "he", "Marco Rubio"},
		{"direct", "We are two large and powerful countries, so there will always be things we don't agree on. I think there are still some areas of potential cooperation,", "Rubio", "Marco Rubio"},
		{"indirect", "the US would work with China and make an announcement later", "Rubio", "Marco Rubio"},
		{"mixed", `the meeting as "positive, practical, and constructive,"`, "The Chinese Ministry of Foreign Affairs", "Chinese Ministry of Foreign Affairs"},
		{"indirect", "both sides agreed to strengthen exchanges and dialogue", "The Chinese Ministry of Foreign Affairs", "Chinese Ministry of Foreign Affairs"},
		{"mixed", `a result Trump hailed as a "complete reboot" in bilateral relations`, "Trump", "Donald Trump"},
		{"mixed", `US-China relations as "very good."`, "President Trump", "Donald Trump"},
		{"indirect", "a new round of trade talks between the two countries will take place in early August, just before the tariff postponement deadline expires", "US Commerce Secretary Howard Lutnick", "Howard Lutnick"},
	}
	for _, q := range doc.Quotes {
		sp := q.Speaker
		if sp == nil {
			continue
		}
		if strings.HasSuffix(sp.Text, "signs") {
			t.Errorf("seed %s %q: speaker %q; signs are not speakers", q.Kind, q.Text, sp.Text)
		}
		if sp.Text == "US media outlets" && sp.Entity != "" {
			if e := entityByID(doc, sp.Entity); e.Type == "GPE" || e.Country != "" && e.Name == "United States" {
				t.Errorf("seed %q: speaker %q resolves to %s %q; want no country", q.Text, sp.Text, e.Type, e.Name)
			}
		}
	}
	for _, w := range want {
		found := false
		for _, q := range doc.Quotes {
			if q.Kind != w.kind || q.Text != w.text {
				continue
			}
			found = true
			if q.Speaker == nil || q.Speaker.Text != w.speaker || names[q.Speaker.Entity] != w.entity {
				t.Errorf("seed %s %q: speaker %+v (entity %q); want %q → %q", w.kind, w.text, q.Speaker, names[q.Speaker.Entity], w.speaker, w.entity)
			}
		}
		if !found {
			t.Errorf("seed: no %s quote %q", w.kind, w.text)
		}
	}
}

// entityNames maps doc's entity ids to their names.
func entityNames(doc *chronicle.Document) map[string]string {
	names := map[string]string{}
	for _, e := range doc.Entities {
		names[e.ID] = e.Name
	}
	return names
}

// entityByID returns the entity with id, or the zero Entity.
func entityByID(doc *chronicle.Document, id string) chronicle.Entity {
	for _, e := range doc.Entities {
		if e.ID == id {
			return e
		}
	}
	return chronicle.Entity{}
}

// runPipeline runs tokenize, sentence, pos, ner, entity and quote on text.
func runPipeline(ctx context.Context, text string) (*chronicle.Document, error) {
	return runPipelineOn(ctx, text, "2025-07-11")
}

// runPipelineOn runs the stages up to quote on text published on date
// ("" for none).
func runPipelineOn(ctx context.Context, text, date string) (*chronicle.Document, error) {
	pt, err := pos.New()
	if err != nil {
		return nil, err
	}
	nt, err := ner.New()
	if err != nil {
		return nil, err
	}
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	doc := &chronicle.Document{Text: text}
	if date != "" {
		doc.Meta.Published = chronicle.Published{Value: date, Source: chronicle.DateUser}
	}
	for _, a := range []chronicle.Annotator{
		tokenize.Annotator{}, sentence.Annotator{}, pos.Annotator{T: pt}, ner.Annotator{T: nt},
		entity.New(lex, entity.Options{}), New(Options{People: lex}),
	} {
		if err := a.Annotate(ctx, doc); err != nil {
			return nil, err
		}
	}
	return doc, nil
}

func BenchmarkQuotes(b *testing.B) {
	dir := filepath.Join(repoShared(b), "data", "corpus", "bbc-news", "politics")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skip("BBC corpus not available: needs ../shared/data/corpus/bbc-news")
	}
	var docs []*chronicle.Document
	size := 0
	for _, f := range files[:min(len(files), 100)] {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(raw)
		docs = append(docs, &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)})
		size += len(text)
	}
	a := New(Options{})
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := a.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestConcurrent runs one Annotator on several documents at once (run
// with -race).
func TestConcurrent(t *testing.T) {
	a := New(Options{})
	text := `"We are ready," the minister said. Officials said talks would resume in August.`
	want := len(annotate(t, a, text).Quotes)
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
			err := a.Annotate(context.Background(), doc)
			if err == nil && len(doc.Quotes) != want {
				err = errors.New("different quotes")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent Annotate: %v", err)
		}
	}
}

// TestTagTable checks that every token keeps its tag, also in a document
// with more distinct tags than a tok's index holds.
func TestKnownTagIndex(t *testing.T) {
	for i, tag := range knownTags[1:] {
		if got := knownTagIndex.lookup(tag); int(got) != i+1 {
			t.Errorf("lookup(%q) = %d; want %d", tag, got, i+1)
		}
	}
	for _, tag := range []string{"", "NNX", "N", "VBDD", "LONGTAGNAME", "T1"} {
		if got := knownTagIndex.lookup(tag); got != 0 {
			t.Errorf("lookup(%q) = %d; want 0", tag, got)
		}
	}
}

func TestTagTable(t *testing.T) {
	for _, n := range []int{3, 300} {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "w%d ", i)
		}
		text := b.String()
		doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
		for i := range doc.Tokens {
			doc.Tokens[i].Tag = fmt.Sprintf("T%d", i%n)
		}
		st := newState(cueLexicon{}, doc)
		for i, tk := range st.toks {
			if got := st.tagOf(tk); got != doc.Tokens[i].Tag {
				t.Fatalf("n=%d: tagOf(toks[%d]) = %q; want %q", n, i, got, doc.Tokens[i].Tag)
			}
		}
		if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
}

func TestHeadlineZone(t *testing.T) {
	a := New(Options{})
	tests := []struct {
		title string
		want  []string
	}{
		{"Court rejects $280bn tobacco case", nil},
		{"Labour plans maternity pay rise", nil},
		{"Nat Insurance to rise, say Tories", []string{"indirect|Nat Insurance to rise|Tories|say"}},
		{"Campbell: E-mail row a silly fuss", []string{"indirect|E-mail row a silly fuss|Campbell|:"}},
	}
	for _, tt := range tests {
		body := "The ruling came on Monday."
		text := tt.title + "\n\n" + body
		doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text), Zones: []chronicle.Zone{
			{Start: 0, End: len(tt.title), Kind: chronicle.ZoneTitle},
			{Start: len(tt.title) + 2, End: len(text), Kind: chronicle.ZoneBody},
		}}
		if err := a.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range doc.Quotes {
			got = append(got, quoteLine(q))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Annotate(%q) =\n  %s\nwant\n  %s", text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
		}
	}
}

// TestTaggedPatterns checks readings that need part-of-speech tags and
// entities, on the full pipeline up to the quote stage.
func TestTaggedPatterns(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		entity string // the first quote's speaker entity name, "" for none
	}{
		// a clause before its attribution ends there, however long the
		// fronted clause before its main clause
		{"Though Ms. Olivieri has spent most of her life in Washington Heights, the influx of wealthier residents has led to an increased police presence, she said.",
			[]string{"indirect|Though Ms. Olivieri has spent most of her life in Washington Heights, the influx of wealthier residents has led to an increased police presence|she|said"}, ""},
		// after "As X reported," a subordinate clause opens the content,
		// which goes on past its comma
		{"As The Hill reported, even if the deal fails, the company will close.",
			[]string{"indirect|even if the deal fails, the company will close|The Hill|reported"}, "Hill"},
		// a subject's relative clause holding commas of its own; an
		// object relative's subject speaks; "earlier in the day"
		{"Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised Obama's presidency.",
			[]string{"indirect|Obama's presidency|Westmacott|praised"}, "Westmacott"},
		{"Marco Rubio, whose hometown, Miami, is projected to be largely underwater, argues that efforts to combat it will destroy our economy.",
			[]string{"indirect|efforts to combat it will destroy our economy|Marco Rubio|argues"}, "Marco Rubio"},
		{"China faces pressure to abandon its fixed exchange rate, which G7 nations, in particular the US, have blamed for a surge in cheap exports.",
			[]string{"indirect|for a surge in cheap exports|G7 nations|blamed"}, ""},
		{"Chairman Trey Gowdy earlier in the day touted progress the panel has made.",
			[]string{"indirect|progress the panel has made|Chairman Trey Gowdy|touted"}, "Trey Gowdy"},
		// "and" in a verb's object after a quantity's hedge joins clauses
		{"There are more than 150 generic drugmakers worldwide and analysts have long predicted consolidation.",
			[]string{"indirect|consolidation|analysts|predicted"}, ""},
		// a name the tagger read as a verb speaks ("Groening" as VBG)
		{"The Simpsons was created by Matt Groening. Groening recently praised The Office, saying: \"Everybody is a fan.\"",
			[]string{"indirect|The Office|Groening|praised", "direct|Everybody is a fan.|Groening|saying"}, "Matt Groening"},
		// a conjunction and a verb coordinate the speaker's next predicate
		// after a content that is no clause; an adverbial idiom opens the
		// content
		{"Shanklin was first-choice wing, but prefers centre and will face England debutant Mathew Tait.",
			[]string{"indirect|centre|Shanklin|prefers"}, "Shanklin"},
		{"Jane said that her father never tired of the song and would sing it daily.",
			[]string{"indirect|her father never tired of the song and would sing it daily|Jane|said"}, ""},
		{"Conte faces a trial, and White said at first he tried to cover up what he was doing.",
			[]string{"indirect|at first he tried to cover up what he was doing|White|said"}, "White"},
		// a content in a relative clause qualifying the subject ends before
		// the main clause's verb, unless a clause of its own opens in it
		{"Licensees who refuse to comply with the law will face the ultimate sanction.",
			[]string{"indirect|to comply with the law|who|refuse"}, ""},
		{"People who say the economy is weak are wrong.",
			[]string{"indirect|the economy is weak|who|say"}, ""},
		{"They reached a deal, a result Trump hailed as a complete reboot.",
			[]string{"indirect|a result Trump hailed as a complete reboot|Trump|hailed"}, "Donald Trump"},
		{"TV presenter Anne Robinson said as home secretary he gave the wrong impression.",
			[]string{"indirect|as home secretary he gave the wrong impression|Anne Robinson|said"}, "Anne Robinson"},
		{"The probe the agency said was ongoing has ended.",
			[]string{"indirect|The probe the agency said was ongoing|the agency|said"}, ""},
		{"Those on a limited budget who want a machine they can add to as their cash allows.",
			[]string{"indirect|a machine they can add to as their cash allows|who|want"}, ""},
		// in a relative clause whose gap opens the content, the speaker is
		// the noun phrase after the noun the clause qualifies
		{"He announced a cash hand-out for older pensioners, a move ministers say should keep council tax rises below 5% next year.",
			[]string{"indirect|a cash hand-out for older pensioners|He|announced", "indirect|a move ministers say should keep council tax rises below 5% next year|ministers|say"}, ""},
		// an object keeps a preposition "to" in it; an object before an
		// infinitive stays
		{"Analysts expected a figure closer to A$431m.",
			[]string{"indirect|a figure closer to A$431m|Analysts|expected"}, ""},
		{"Analysts expected the firm to raise prices.",
			[]string{"indirect|the firm to raise prices|Analysts|expected"}, ""},
		// a content inside a fronted free relative ends with it
		{"In what the party had hoped would be perceived as a show of unity, he is due to line up alongside Alan Milburn.",
			[]string{"indirect|would be perceived as a show of unity|the party|hoped"}, ""},
		{"In what officials described as a routine check, police stopped the car.",
			[]string{"indirect|as a routine check|officials|described"}, ""},
		// an adjective capitalised to open the sentence is no speaker of
		// the noun cue after it; a name is
		{"New speculation about the state of their relationship was sparked by claims in a book.",
			[]string{"indirect|the state of their relationship|-|speculation about"}, ""},
		// an aside set off by commas after the cue opens the content
		{"Republican presidential candidate Marco Rubio says, win or lose in Tuesday’s crucial Florida primary, he’s staying in the race.",
			[]string{"indirect|win or lose in Tuesday’s crucial Florida primary, he’s staying in the race|Republican presidential candidate Marco Rubio|says"}, "Marco Rubio"},
		{"She said, if elected, she would ask Mr. Biden to lead the initiative.",
			[]string{"indirect|if elected, she would ask Mr. Biden to lead the initiative|She|said"}, ""},
		// a verb of saying before the name of a colon's label: "Stated
		// Stone:"
		{"Roger Stone spoke on Monday. Stated Stone: “I think that the stakes are so high.”",
			[]string{"direct|I think that the stakes are so high.|Stone|Stated"}, ""},
		// a participle whose sentence's subject says nothing (an event, a
		// time, a place) goes with the subject of the clause before it
		{"The first incident came during a speech at the university, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”",
			[]string{"direct|she wins, we lose!|Sanders protesters|shouting"}, ""},
		// the name between commas after a fronted phrase speaks, not the
		// phrase's last noun; after a subject's own phrase the subject does
		{"After winning Ohio in the primary, Gov. John Kasich (R-OH), said, “I am ready.”",
			[]string{"direct|I am ready.|Gov. John Kasich|said"}, "John Kasich"},
		{"“I am extremely outraged at the hypocrisy,” the play's organiser in Uganda, Sarah Mukasa, told the BBC.",
			[]string{"direct|I am extremely outraged at the hypocrisy,|Sarah Mukasa|told"}, "Sarah Mukasa"},
		// "went on" reports a quote beside it, nothing else
		{"“You know, it happens, right?” Trump went on, as if he didn’t hear her. “But you gotta get over it.”",
			[]string{"direct|You know, it happens, right?|Trump|went on", "direct|But you gotta get over it.|Trump|went on"}, "Donald Trump"},
		{"“We won,” he said. He went on to win the race. As the day went on, Eric Trump was pressed to explain the contrast.",
			[]string{"direct|We won,|he|said", "indirect|the contrast|Eric Trump|explain"}, ""},
		// a conjunction alone before a quote ending its sentence leaves it
		// direct, the utterance of the quote before
		{"“I don’t think it’s do or die,” he said outside the building. But “Donald Trump’s candidacy is strengthened with an endorsement. It helps.”",
			[]string{"direct|I don’t think it’s do or die,|he|said", "direct|Donald Trump’s candidacy is strengthened with an endorsement. It helps.|he|said"}, ""},
		// a name's verb read as a plural noun before a quote
		{"Viguerie notes “Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”",
			[]string{"direct|Not only can Ted Cruz win in November, he’s the one with the best chance of winning.|Viguerie|notes"}, "Viguerie"},
		{"Gervais said he was busy. As Mr Prior remarks: \"All human life is here.\"",
			[]string{"indirect|he was busy|Gervais|said", "direct|All human life is here.|Mr Prior|remarks"}, "Gervais"},
		// a title in quotes after a noun naming a work is no quote
		{"Castro's revolution dampened plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.'' So they stayed.",
			[]string{"indirect|Castro's revolution dampened plans to return home|Mr. Rubio|said"}, "Marco Rubio"},
		// ", even if …" concedes inside the clause reported; ", even as …"
		// is the writer's
		{"Numerous veterans said they had no problem with his comments, even if they did not entirely agree with him.",
			[]string{"indirect|they had no problem with his comments, even if they did not entirely agree with him|Numerous veterans|said"}, ""},
		{"Numerous veterans said they had no problem with his comments, even as the party split.",
			[]string{"indirect|they had no problem with his comments|Numerous veterans|said"}, ""},
		// "A, according to Y, Z": what follows the source is the
		// content's when A is no whole clause, not when it is one
		{"Her favorability among whites is worse than President Obama's ever has been, according to Bill McInturff, a Republican pollster who conducted the poll.",
			[]string{"indirect|Her favorability among whites is worse than President Obama's ever has been|Bill McInturff|according to"}, "Bill McInturff"},
		{"Clinton holds a 10-point lead in California, according to the RealClearPolitics average of polls, where 475 pledged delegates will be at stake.",
			[]string{"indirect|Clinton holds a 10-point lead in California|the RealClearPolitics average of polls|according to"}, ""},
		{"Other major cleavages, according to the poll, include ideology and education.",
			[]string{"indirect|Other major cleavages, according to the poll, include ideology and education|the poll|according to"}, ""},
		{"Only one person was killed by a gun last year, according to the police, and there were only eight reported incidents.",
			[]string{"indirect|Only one person was killed by a gun last year, according to the police, and there were only eight reported incidents|the police|according to"}, ""},
		{"It is set, according to analysts, to do for images what CDs did for sound.",
			[]string{"indirect|It is set, according to analysts, to do for images what CDs did for sound|analysts|according to"}, ""},
		// of two records of one content, the one with a speaker stays
		{"The two firms are expected to seal the deal on Monday morning, according to news agency reports, despite a higher bid from Qwest.",
			[]string{"indirect|The two firms are expected to seal the deal on Monday morning|news agency reports|according to"}, ""},
		// ", but that …" coordinates a second complement of the same cue;
		// ", but that was …" and ", but that plan …" open clauses of their own
		{"The Ohio governor said the U.S. needs to secure the border, but that he would not support mass deportation.",
			[]string{"indirect|the U.S. needs to secure the border, but that he would not support mass deportation|The Ohio governor|said"}, ""},
		{"Prager believes there are no good options, but that sometimes the lesser of two evils will have to do.",
			[]string{"indirect|there are no good options, but that sometimes the lesser of two evils will have to do|Prager|believes"}, ""},
		{"He said the talks went well, but that was before the vote.",
			[]string{"indirect|the talks went well|He|said"}, ""},
		{"He said the talks went well, but that plan was rejected.",
			[]string{"indirect|the talks went well|He|said"}, ""},
		// a participle after a quote's attribution is its speaker's, not
		// of a subject inside the quote
		{"“We need someone tested,” he said, introducing Clinton as a “global leader on human rights.”",
			[]string{"direct|We need someone tested,|he|said", "mixed|Clinton as a “global leader on human rights.”|he|introducing"}, ""},
		{"“We need someone tested,” he said introducing Clinton as a global leader.",
			[]string{"direct|We need someone tested,|he|said", "indirect|Clinton as a global leader|he|introducing"}, ""},
		// a bare noun after a verb's preposition is no speaker of the
		// participle after it
		{"Mr Schroeder had originally come into office promising to halve unemployment.",
			[]string{"indirect|to halve unemployment|Mr Schroeder|promising"}, "Gerhard Schröder"},
		{"But the Tories are in turn demanding that Tony Blair spell out which taxes he would raise.",
			[]string{"indirect|Tony Blair spell out which taxes he would raise|the Tories|demanding"}, "Conservative Party"},
		// "to" before a noun phrase is the verb's preposition, in the cue;
		// after an addressee a "that" opens the content, kept before a
		// comma; an experiencer of "seem" is no preposition
		{"Workers objected to the company’s attempts to relocate them.",
			[]string{"indirect|the company’s attempts to relocate them|Workers|objected to"}, ""},
		{"Clinton reiterated to ABC News that, in retrospect, what she did was a mistake.",
			[]string{"indirect|that, in retrospect, what she did was a mistake|Clinton|reiterated"}, "Clinton"},
		{"She confided to her friend that his parents had panicked.",
			[]string{"indirect|his parents had panicked|She|confided"}, ""},
		{"The comments seem to me to be a well-thought-out analysis.",
			[]string{"indirect|The comments seem to me to be a well-thought-out analysis|-|seem"}, ""},
		{"A single AAA battery is said to last up to 30 hours.",
			[]string{"indirect|to last up to 30 hours|-|is said"}, ""},
		// a capitalised noun before "of" heads the speaker after "the" or
		// at the sentence's start (one of an organisation speaks for it,
		// as "a spokesman for Dell" does)
		{"The Speaker of the House said the images had no place.",
			[]string{"indirect|the images had no place|The Speaker of the House|said"}, "House"},
		{"Lord of the Rings director Peter Jackson has said that it will be four years before he starts work.",
			[]string{"indirect|it will be four years before he starts work|Lord of the Rings director Peter Jackson|said"}, "Peter Jackson"},
		// the words before a postposed attribution start after a clause
		// break that follows an attribution of their own; a minus is no
		// clause break
		{"Christie said the attacks were normal; it was, he said, part of the race.",
			[]string{"indirect|the attacks were normal|Christie|said", "indirect|it was, he said, part of the race|he|said"}, "Chris Christie"},
		{"In the three months to January, sales showed a growth rate of -0.1%, the same as in December, the BRC said.",
			[]string{"indirect|In the three months to January, sales showed a growth rate of -0.1%, the same as in December|the BRC|said"}, "BRC"},
		// "that" before a finite verb is the clause's subject
		{"Rubio says that’s not true.", []string{"indirect|that’s not true|Rubio|says"}, "Marco Rubio"},
		{"He said that would be a mistake.", []string{"indirect|that would be a mistake|He|said"}, ""},
		// words of where or when before a postposed attribution say
		// nothing, and one after them interrupts what follows
		{"By contrast, said Mr Hogan, the code for viruses such as Gaobot, Spybot and Randex were commonly held.",
			[]string{"indirect|By contrast, said Mr Hogan, the code for viruses such as Gaobot, Spybot and Randex were commonly held|Mr Hogan|said"}, "Hogan"},
		{"When reached by the Associated Press, Lewandowski had little to say.", nil, ""},
		// a subordinate clause with an attribution of its own ends the
		// noun phrase or clause around it, unless a lexicon cue's clause
		// holds both
		{"Clinton was booed at the debate when she said the attack was wrong.",
			[]string{"indirect|Clinton was booed at the debate|-|booed", "indirect|the attack was wrong|she|said"}, ""},
		{"He said the plan would fail because officials warned it was too costly.",
			[]string{"indirect|the plan would fail because officials warned it was too costly|He|said"}, ""},
		{"Graham called on fellow Republicans to unendorse Trump after the mogul claimed that a judge was unfit.",
			[]string{"indirect|fellow Republicans to unendorse Trump after the mogul claimed that a judge was unfit|Graham|called on"}, "Graham"},
		// a name's word tagged a verb stays in the speaker
		{"Downing Street said the prime minister had full confidence in him.",
			[]string{"indirect|the prime minister had full confidence in him|Downing Street|said"}, "Downing Street"},
		// "and" after a verb's object joins two clauses: the speaker is
		// the conjunct after it; after a cue the phrase is a subject whole
		{"The process could take months and Icann officials warned that delays were likely.",
			[]string{"indirect|delays were likely|Icann officials|warned"}, ""},
		{"Mr Clarke said the security services and police backed his measures.",
			[]string{"indirect|the security services and police backed his measures|Mr Clarke|said"}, "Clarke"},
		// "seemed" with an attitude and "that" is the subject's attitude;
		// with "it" no one's
		{"Rubio seemed hopeful that the United States could accept more refugees.",
			[]string{"indirect|the United States could accept more refugees|Rubio|seemed"}, "Marco Rubio"},
		// a letter sent, over its addressee, is its sender's; one with
		// its author named is the author's
		{"They sent a letter on Thursday to Senate leaders opposing reauthorization of the program.",
			[]string{"indirect|reauthorization of the program|They|opposing"}, ""},
		// after the object of a verb that hands on the doing, the object
		// speaks
		{"The pressure prompted the prime minister to say the police would be consulted.",
			[]string{"indirect|the police would be consulted|the prime minister|say"}, ""},
		{"All this led Latvian journalist Dainis Ivans to fear a new pact.",
			[]string{"indirect|a new pact|Latvian journalist Dainis Ivans|fear"}, "Dainis Ivans"},
		// a content inside a fronted clause ends with it, after a
		// conjunction and an adverb too
		{"But while some observers said the quiet trade had exacerbated small moves, most agree the trend is down.",
			[]string{"indirect|the quiet trade had exacerbated small moves|some observers|said"}, ""},
		// a bracket holding an attribution of its own ends the content
		{"Trump cited it as a source for his claim that Obama wants to take in 250,000 Syrian refugees (Obama has proposed accepting 10,000 Syrians).",
			[]string{"indirect|it as a source for his claim that Obama wants to take in 250,000 Syrian refugees|Trump|cited", "indirect|accepting 10,000 Syrians|Obama|proposed"}, "Donald Trump"},
		// a quote after a cue, its addressee and a colon, with its own
		// attribution after it, is a direct quote
		{"Sen. Claire McCaskill scolded him: “The scientific community is against you,” she said.",
			[]string{"direct|The scientific community is against you,|she|said"}, "Claire McCaskill"},
		// a definite or quantified noun phrase after "in" is no speaker
		// of its own: the noun before it is
		{"On average, 44% of respondents in each country said the world economy was getting worse.",
			[]string{"indirect|the world economy was getting worse|44% of respondents in each country|said"}, ""},
		// an aside between dashes before "that"
		{"His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.",
			[]string{"indirect|Trump raised about $4 million that day|His campaign chairman Paul Manafort|said"}, "Paul Manafort"},
		// a comma before a noun ends the fronted clause holding the cue:
		// no "that" after the noun opens the content
		{"However, as Politico has reported, cases that have led to charges included aggravating circumstances.",
			[]string{"indirect|cases that have led to charges included aggravating circumstances|Politico|reported"}, "Politico"},
		// a clause ending in a partial quote, its attribution after it
		{`The government had proposed to take this institution and "smash it to pieces," Mr Grieve said as he left.`,
			[]string{`mixed|The government had proposed to take this institution and "smash it to pieces,"|Mr Grieve|said`}, "Grieve"},
		// a long adjunct before "that"; an infinitive's object holding "that"
		{"Cruz said Thursday during a taping of a town hall meeting in Buffalo, New York, that the state is wrong to ban fracking.",
			[]string{"indirect|the state is wrong to ban fracking|Cruz|said"}, "Ted Cruz"},
		{"I also wanted to address the judge's apparent concern that I was not contrite.",
			[]string{"indirect|to address the judge's apparent concern that I was not contrite|I|wanted"}, ""},
		// an opening mark typed as the closing one after the last word
		{"“Apparently not,“ he said. “A leopard does not change its spots.”",
			[]string{"direct|Apparently not,|he|said", "direct|A leopard does not change its spots.|he|said"}, ""},
		// a statement issued is no content; its participle is its issuer's, over an adjunct
		{"Mr Magnier and Mr McManus issued a statement late on Friday saying that they remained investors.",
			[]string{"indirect|they remained investors|Mr Magnier and Mr McManus|saying"}, ""},
		{"The town released a statement Wednesday saying the comments were wrong.",
			[]string{"indirect|the comments were wrong|The town|saying"}, ""},
		// a straight closing mark whose opening one was lost opens nothing
		{`Mr Molyneux said it was a surprise. It's come completely out of the blue," he said, "I never would have guessed it."`,
			[]string{"indirect|it was a surprise|Mr Molyneux|said", "direct|I never would have guessed it.|he|said"}, "Molyneux"},
		// a two-word cue tagged a noun closes a postposed attribution
		{"The plan will fail, Mr Hadi points out.",
			[]string{"indirect|The plan will fail|Mr Hadi|points out"}, "Hadi"},
		// "according to" in the middle: the source's relative clause and a
		// clause after "but" are no content; after a subordinator, what follows is
		{"His time is running out, according to his own supporters, who say the race is over.",
			[]string{"indirect|His time is running out|his own supporters|according to", "indirect|the race is over|who|say"}, ""},
		{"Clinton leads Sanders by 271 delegates according to a count by the AP, but the senator will fight on.",
			[]string{"indirect|Clinton leads Sanders by 271 delegates|a count by the AP|according to"}, "Associated Press"},
		{"He left after, according to him, the network censured his report.",
			[]string{"indirect|the network censured his report|him|according to"}, ""},
		// words before a parenthetical attribution that end with an
		// auxiliary are no clause of their own: one claim
		{"Ultimately, there will be, says Mr Donofrio, no value in being computer illiterate.",
			[]string{"indirect|Ultimately, there will be, says Mr Donofrio, no value in being computer illiterate|Mr Donofrio|says"}, "Donofrio"},
		{"That might, he suggests, lead to a hung parliament.",
			[]string{"indirect|That might, he suggests, lead to a hung parliament|he|suggests"}, ""},
		// a partial quote's clause after an inverted parenthetical
		{`The plan, says Mr Smith, is "a disaster" for the town.`,
			[]string{`mixed|The plan, says Mr Smith, is "a disaster" for the town|Mr Smith|says`}, "Smith"},
		// after an inverted parenthetical, a clause with its own subject goes on
		{"Then, says Mr Kotamaraja, the blogging world found out.",
			[]string{"indirect|Then, says Mr Kotamaraja, the blogging world found out|Mr Kotamaraja|says"}, "Kotamaraja"},
		{"The plan will work, said Rita Katz, a director at the group.",
			[]string{"indirect|The plan will work|Rita Katz|said"}, "Rita Katz"},
		// a channel after "by" is no passive's agent
		{"Ms. Gao said by telephone that the company would appeal.",
			[]string{"indirect|the company would appeal|Ms. Gao|said"}, "Gao"},
		{"He is said to be feeling more comfortable about the plan.",
			[]string{"indirect|to be feeling more comfortable about the plan|-|is said"}, ""},
		{"The court in Washington found that the case could not be brought under federal laws.",
			[]string{"indirect|the case could not be brought under federal laws|The court in Washington|found"}, ""},
		{"Officials in Cojedes state said on Friday that the farm would be taken.",
			[]string{"indirect|the farm would be taken|Officials in Cojedes state|said"}, ""},
		{"Rank made profits on a turnover of £392.1m and experts suggest its success could make it a target.",
			[]string{"indirect|its success could make it a target|experts|suggest"}, ""},
		{"But the Paris-based economics think tank said it believed the economy could regain momentum.",
			[]string{"indirect|it believed the economy could regain momentum|the Paris-based economics think tank|said"}, ""},
		{"An inquiry into BP found that the firm had erred.",
			[]string{"indirect|the firm had erred|An inquiry into BP|found"}, ""},
		{"The Scottish National Party's Holyrood leader, Nicola Sturgeon, said the move was welcome.",
			[]string{"indirect|the move was welcome|Nicola Sturgeon|said"}, "Nicola Sturgeon"},
		// a purpose infinitive after a verb's object: the verb's subject speaks
		{`The cardinal used a Christmas message to denounce the war in Iraq as a "terrible" waste of money.`,
			[]string{`mixed|the war in Iraq as a "terrible" waste of money|The cardinal|denounce`}, ""},
		// a coordinated subject speaks together, for no one entity
		{"Tony Blair and Gordon Brown said the plan would work.",
			[]string{"indirect|the plan would work|Tony Blair and Gordon Brown|said"}, ""},
		{"The cardinal spoke on Sunday. He and the Archbishop of Canterbury have both criticised the war.",
			[]string{"indirect|the war|He and the Archbishop of Canterbury|criticised"}, ""},
		// one person's two titles are no coordination
		{"GM chairman and chief executive Rick Wagoner said sales rose.",
			[]string{"indirect|sales rose|GM chairman and chief executive Rick Wagoner|said"}, "Rick Wagoner"},
		// a participle opening a reduced relative clause leaves the name heading the speaker
		{"The Red Cross operating in Iraq said US and British forces must ensure security.",
			[]string{"indirect|US and British forces must ensure security|The Red Cross operating in Iraq|said"}, "International Committee of the Red Cross"},
		// a quoted label and a place after the head noun: the detainee speaks
		{`In a statement, detainee 'A' in Woodhill Prison said: "I hope now that the government will act upon this decision."`,
			[]string{"direct|I hope now that the government will act upon this decision.|detainee 'A' in Woodhill Prison|said"}, ""},
		// a time phrase and a place link after the head noun: the report speaks
		{"Lord Butler's report earlier this year into Iraq intelligence said the dossier did not make the evidence clear.",
			[]string{"indirect|the dossier did not make the evidence clear|Lord Butler's report earlier this year into Iraq intelligence|said"}, ""},
		// a postposed inverted cue after an unquoted clause, with a bare plural speaker
		{"Millions of public service workers could strike if ministers scrap their pension scheme, warn union leaders.",
			[]string{"indirect|Millions of public service workers could strike if ministers scrap their pension scheme|union leaders|warn"}, ""},
		// a verb before the colon of a quote joins its cue: one record, not two
		{`Ms Roche spoke at length. She went on: "What I would like to see is a body which looked at the figures."`,
			[]string{"direct|What I would like to see is a body which looked at the figures.|She|went on"}, "Roche"},
		// subjects that are no sources: an event, a time phrase
		{"The move will signal a frantic week at Westminster as the government tries to get key legislation through Parliament.", nil, ""},
		{"The decision shows that the party is split.", nil, ""},
		{"The last two weeks have shown that the party is split.", nil, ""},
		// a time phrase opening the subject is no part of the speaker
		{"In recent years governments have said that four-year terms are best.",
			[]string{"indirect|four-year terms are best|governments|said"}, ""},
		// an expletive "it" is no speaker: the attribution has none
		{"It is too soon to say whether her policies will succeed.",
			[]string{"indirect|whether her policies will succeed|-|say"}, ""},
		{"It seems that the party is split.", []string{"indirect|the party is split|-|seems"}, ""},
		{"It emerged that the minister had known about the plan.", []string{"indirect|the minister had known about the plan|-|emerged"}, ""},
		// the subject of "seem" is part of the impression, no speaker
		{"He still seems to accept that another Labour victory is likely.",
			[]string{"indirect|He still seems to accept that another Labour victory is likely|-|seems"}, ""},
		{"Mr Prescott, who revels in such occasions, seemed to be truly enjoying himself.",
			[]string{"indirect|Mr Prescott, who revels in such occasions, seemed to be truly enjoying himself|-|seemed"}, ""},
		// a naming participle is no cue, a naming verb is
		{"She joined a resistance movement called the Ethiopian People's Revolutionary Party.", nil, ""},
		{"It was the so called Never Trumpers who were generating headlines.", nil, ""},
		{"Officials called Trump a liar.", []string{"indirect|Trump a liar|Officials|called"}, ""},
		// a month or a year between the speaker and the cue is a time phrase
		{"Mexico kept calm, though an arbitration panel in 2001 found the United States was in breach.",
			[]string{"indirect|the United States was in breach|an arbitration panel|found"}, ""},
		{"More recently, federal prosecutors in April charged two developers with fraud.",
			[]string{"indirect|two developers with fraud|federal prosecutors|charged"}, ""},
		{"China has in the past said it sees the ban as politically driven.",
			[]string{"indirect|it sees the ban as politically driven|China|said"}, "China"},
		// the addressee of "told" may be a programme's name
		{`Mr Blair told BBC Radio 4's Today programme: "I don't think this is a situation for that."`,
			[]string{"direct|I don't think this is a situation for that.|Mr Blair|told"}, "Tony Blair"},
		{"Mr Kennedy told BBC Radio 4's Today programme there was no possibility of a coalition.",
			[]string{"indirect|there was no possibility of a coalition|Mr Kennedy|told"}, "Kennedy"},
		{"Mr Blair told BBC One's Breakfast with Frost show the money would not be diverted.",
			[]string{"indirect|the money would not be diverted|Mr Blair|told"}, "Tony Blair"},
		// a parenthetical attribution: the clause goes on after its comma
		{"Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious.",
			[]string{"indirect|Though that transition was relatively seamless|he|said", "indirect|replacing Clinton would be much more acrimonious|he|said"}, ""},
		// a subordinator of reason or concession goes on with the content,
		// one of time with the saying
		{"Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
			[]string{"indirect|Lenox was a juggernaut|Mr. Clarke|said", "indirect|until it went bankrupt in 1999|Mr. Clarke|said"}, "Clarke"},
		// a fronted condition belongs to what a speech verb reports
		{"If it doesn't slow down, forecasters say health spending will cripple the economy.",
			[]string{"indirect|If it doesn't slow down|forecasters|say", "indirect|health spending will cripple the economy|forecasters|say"}, ""},
		// an infinitive goes on with the content
		{"It's to the advantage of the United States, he says, to help write the rules of the global economy.",
			[]string{"indirect|It's to the advantage of the United States|he|says", "indirect|to help write the rules of the global economy|he|says"}, ""},
		// a relative pronoun speaker reaches its antecedent past an acronym
		// in parentheses, a reflexive, or an appositive set off by commas
		// when the clause is set off too
		{"The event is held by the Office of Fair Trading (OFT), which believes prices are too high.",
			[]string{"indirect|prices are too high|which|believes"}, "Office of Fair Trading"},
		{"The latest to pitch in has been President George W Bush himself, who told reporters he remained committed to the plan.",
			[]string{"indirect|he remained committed to the plan|who|told"}, "George W Bush"},
		{"The bill was backed by Lord Condon, head of the anti-corruption unit, who said the penalty was derisory.",
			[]string{"indirect|the penalty was derisory|who|said"}, "Condon"},
		{"He had been introduced by his son Nick Vaughan, a trainee vicar, who praised his father's honesty.",
			[]string{"indirect|his father's honesty|who|praised"}, "Nick Vaughan"},
		{"She won Olympic gold in Athens, an achievement which saw her named sportswoman of the year.",
			[]string{"indirect|her named sportswoman of the year|which|saw"}, ""},
		// a coordinating conjunction joins the two parts and opens neither
		{"The economy is growing, he said, and inflation will fall.",
			[]string{"indirect|The economy is growing|he|said", "indirect|inflation will fall|he|said"}, ""},
		// the speaker's next saying after the conjunction is its own
		{"Traffic was up, Eurotunnel said, but warned that it was not benefiting.",
			[]string{"indirect|Traffic was up|Eurotunnel|said", "indirect|it was not benefiting|Eurotunnel|warned"}, "Eurotunnel"},
		{"Lenox was a juggernaut, Mr. Clarke said, as he left the court.",
			[]string{"indirect|Lenox was a juggernaut|Mr. Clarke|said"}, "Clarke"},
		// an inverted speaker with a possessive; another cue than a speech
		// verb inverts only before a name that ends the sentence
		{`"We are ready," said Xbox's Peter Moore.`,
			[]string{"direct|We are ready,|Xbox's Peter Moore|said"}, "Peter Moore"},
		{"Debates are not likely to alter the campaign, noted NBC's Dante Chinni.",
			[]string{"indirect|Debates are not likely to alter the campaign|NBC's Dante Chinni|noted"}, "Dante Chinni"},
		{"The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs the succession, was discriminatory.",
			[]string{"indirect|the 1701 Act of Settlement, which governs the succession, was discriminatory|Lord Falconer|agreed"}, "Falconer"},
		// "many of whom" speak
		{"The law upset families of victims, many of whom say the claims are unfounded.",
			[]string{"indirect|the claims are unfounded|many of whom|say"}, ""},
		// an addressee and an adjunct, or a clause of time, are no content
		{"This is not about me, President Obama told his closest advisers as he labored over the speech.",
			[]string{"indirect|This is not about me|President Obama|told"}, "Barack Obama"},
		{"The statement conflicted with what Melania Trump told NBC News before her appearance Monday night.",
			nil, ""},
		{"Chris Shays was pro John Kasich while the Ohio governor was in the running, he said Wednesday morning on MSNBC’s “Morning Joe.”",
			[]string{"indirect|Chris Shays was pro John Kasich while the Ohio governor was in the running|he|said"}, "Chris Shays"},
		// the addressee of "told" is a whole noun phrase
		{`Mr Blair told his monthly news conference Britain had the "best of both worlds".`,
			[]string{`mixed|Britain had the "best of both worlds"|Mr Blair|told`}, "Tony Blair"},
		// an inverted description with a possessive and its appositive name
		{`The FBI did not find "ties of any consequence," said the bureau's director, James B. Comey, on Monday.`,
			[]string{`mixed|The FBI did not find "ties of any consequence,"|James B. Comey|said`}, "James B. Comey"},
		// "what X said" takes no adjunct for content; a fronted clause of
		// time is no postposed content; an inverted speaker may end in a
		// place; a time phrase after the speaker; an appositive of the
		// source after "according to"
		{"That was what Liz Wahl said when she resigned from the network in dramatic fashion.", nil, ""},
		{"But when Congress cut funding for the pilot program two years later, Mexico said enough.", nil, ""},
		{"The meeting deteriorated from there, said one GOP source in the room.",
			[]string{"indirect|The meeting deteriorated from there|one GOP source|said"}, ""},
		{"Trump this week also said he would consider naming Sen. Mike Lee to the Supreme Court.",
			[]string{"indirect|he would consider naming Sen. Mike Lee to the Supreme Court|Trump|said"}, ""},
		{"Skills training can be extremely effective in reducing suicide, according to Craig Bryan, head of the National Center for Veterans Studies, and other scientists.",
			[]string{"indirect|Skills training can be extremely effective in reducing suicide|Craig Bryan|according to"}, "Craig Bryan"},
		// a source at the end credits the closest report: after a colon,
		// an absolute "with" phrase, past a fronted participle
		{"At the same time, the tax has not hurt the city: London was the financial capital of the world in 2015, according to one global index.",
			[]string{"indirect|London was the financial capital of the world in 2015|one global index|according to"}, ""},
		{"Voters like him, with 56 percent of registered voters viewing him positively, according to a CNN poll.",
			[]string{"indirect|56 percent of registered voters viewing him positively|a CNN poll|according to"}, ""},
		{"Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates, according to a count by The Associated Press.",
			[]string{"indirect|Clinton leads Sanders by 271 pledged delegates|a count by The Associated Press|according to"}, "Associated Press"},
		// a clause that opens with a partial quote keeps its opening mark
		{`According to the report, "more than half" the qualifications were achieved by learners aged 16 to 18.`,
			[]string{`mixed|"more than half" the qualifications were achieved by learners aged 16 to 18|the report|According to`}, ""},
		// a verb before the source takes its object after it
		{"G4S receives, according to one report, $234 million in security contracts from DHS.",
			[]string{"indirect|G4S receives, according to one report, $234 million in security contracts from DHS|one report|according to"}, ""},
		// a content between dashes, in a parenthesis or in a relative
		// clause set off by commas ends with it
		{"The bill - which critics say is badly flawed - is now law.",
			[]string{"indirect|which critics say is badly flawed|critics|say"}, ""},
		{"The plan, which officials said would cost $5bn, is now law.",
			[]string{"indirect|which officials said would cost $5bn|officials|said"}, ""},
		{"Mr Smith (who claimed the vote was rigged) is now out of office.",
			[]string{"indirect|the vote was rigged|who|claimed"}, ""},
		// the agent of a passive goes on after the attribution
		{"The argument would be aided, Devine said, by the upcoming primary calendar.",
			[]string{"indirect|The argument would be aided|Devine|said", "indirect|by the upcoming primary calendar|Devine|said"}, "Devine"},
		// a content inside a fronted adjunct ends with it
		{"With Democratic leaders increasingly worried about a lack of passion among young voters, President Obama is rolling out a new message.",
			[]string{"indirect|a lack of passion among young voters|Democratic leaders|worried about"}, ""},
		// "according to" after a verb of arranging is a manner
		{"The league table ranks countries according to the steps they are taking.", nil, ""},
		// when two attributions each hold the other's cue, a speech verb
		// stays
		{`The trend shows that gaming is not just about big-hitting games console titles, which appeal more to "hardcore" gamers, said a panel of experts.`,
			[]string{`mixed|The trend shows that gaming is not just about big-hitting games console titles, which appeal more to "hardcore" gamers|a panel of experts|said`}, ""},
		// a comma after "that" is no parenthetical attribution's
		{"FALLIN: Well, I think the whole nation needs to work together, we all need to work towards unity as a nation, and understand that, people are scared.",
			[]string{"indirect|Well, I think the whole nation needs to work together, we all need to work towards unity as a nation, and understand that, people are scared|FALLIN|:"}, ""},
		// a comma after "that" opens the clause
		{"He said that, if elected, he would leave such decisions to military leaders.",
			[]string{"indirect|if elected, he would leave such decisions to military leaders|He|said"}, ""},
		{"He said that, in his view, the plan was good.",
			[]string{"indirect|in his view, the plan was good|He|said"}, ""},
		// "but" and a subject with its appositive start an attribution
		{"US Customs claimed Mr Griffiths was one of the leaders but his lawyer, Antony Townsden, told the BBC it was a laughable suggestion.",
			[]string{"indirect|Mr Griffiths was one of the leaders|US Customs|claimed", "indirect|it was a laughable suggestion|Antony Townsden|told"}, "US Customs"},
		// a long inverted speaker whose name holds "and"
		{"The pace accelerated in the final three years, said the report for the US-China Economic and Security Review Commission, moving out of labour-intensive industries.",
			[]string{"indirect|The pace accelerated in the final three years|the report for the US-China Economic and Security Review Commission|said"}, "US-China Economic and Security Review Commission"},
		// inside a relative clause the words before start at its pronoun,
		// which opens the content: what follows the cue lacks its subject
		{"The park is near the football stadium, which, Tompkins said, is usually full of activities on game days.",
			[]string{"indirect|which, Tompkins said, is usually full of activities on game days|Tompkins|said"}, "Tompkins"},
		// a "that" after the attribution goes on the words before it
		{"It is no surprise, Mr. Garin said, that Mrs. Clinton did better among African-Americans.",
			[]string{"indirect|It is no surprise, Mr. Garin said, that Mrs. Clinton did better among African-Americans|Mr. Garin|said"}, "Garin"},
		// a participle between the subject and its verb ends before them
		{"The firm, reporting its first annual results since listing on the London Stock Exchange in June, said the UK market had seen sales growth.",
			[]string{"indirect|its first annual results since listing on the London Stock Exchange in June|The firm|reporting",
				"indirect|the UK market had seen sales growth|The firm|said"}, ""},
		// a subordinate clause whose verb is a cue is no new attribution
		{"He said he was surprised because, not too long ago, many people thought computer gaming was a fad.",
			[]string{"indirect|he was surprised because, not too long ago, many people thought computer gaming was a fad|He|said"}, ""},
		// the one who spends time on a doing does it
		{"Clinton spent much of the run-up to the Nevada caucuses portraying Sanders as singularly focused on economic issues.",
			[]string{"indirect|Sanders as singularly focused on economic issues|Clinton|portraying"}, "Clinton"},
		// before an infinitive's verb group only its subject speaks, whole
		{"Many EU ministers are thought to support the plan to tax jet fuel.",
			[]string{"indirect|the plan to tax jet fuel|Many EU ministers|support"}, ""},
		// an attribution with an addressee interrupts a claim too
		{"The solution, the partner told them, was simple.",
			[]string{"indirect|The solution, the partner told them, was simple|the partner|told"}, ""},
		// an infinitive before it is no attribution of its own
		{"To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum.",
			[]string{"indirect|To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum|Chief Justice Roberts|said"}, "John Roberts"},
		// also when the clause after it holds a partial quote
		{`The weapons his country has at its disposal, he added, are like "nuclear bombs that you cannot use."`,
			[]string{`mixed|The weapons his country has at its disposal, he added, are like "nuclear bombs that you cannot use."|he|added`}, ""},
		// an adjunct between the cue and a clause without "that"
		{"Mr Blair insisted on Wednesday it was time for the mayor to say sorry.",
			[]string{"indirect|it was time for the mayor to say sorry|Mr Blair|insisted"}, "Tony Blair"},
		{"The firm said in a statement it is investigating the theft.",
			[]string{"indirect|it is investigating the theft|The firm|said"}, ""},
		{"He said at least 111 bodies had been set up since 1997.",
			[]string{"indirect|at least 111 bodies had been set up since 1997|He|said"}, ""},
		// an utterance continued after its attribution shares its cue, even
		// when words follow its closing mark or it began as a mixed clause
		{`"It is tinkering," said Alan Cole, an economist. "I would not call it reform. It is just a tax increase" for the top bracket.`,
			[]string{"direct|It is tinkering,|Alan Cole|said", "direct|I would not call it reform. It is just a tax increase|Alan Cole|said"}, "Alan Cole"},
		{`"I have admiration for the mechanics" of the proposals, Mr. Holtz-Eakin said. "They are more detailed than Trump's."`,
			[]string{`mixed|"I have admiration for the mechanics" of the proposals|Mr. Holtz-Eakin|said`, "direct|They are more detailed than Trump's.|Mr. Holtz-Eakin|said"}, "Holtz-Eakin"},
		// an inverted speaker of two coordinated titles, or with a relative
		// clause running to the sentence's end, still closes the clause
		// before it
		{"The firm lobbied on gaming, taxes and other issues, at both the federal and state levels, said lobbyist and GOP strategist Charlie Black, Manafort's former business partner.",
			[]string{"indirect|The firm lobbied on gaming, taxes and other issues, at both the federal and state levels|lobbyist and GOP strategist Charlie Black|said"}, "Charlie Black"},
		{"Mr. Obama warned the Chinese leader not to move on the shoal, said an American official who was briefed on the details and spoke anonymously.",
			[]string{"indirect|Mr. Obama warned the Chinese leader not to move on the shoal|an American official|said"}, ""},
		// a name opening the sentence before an appositive that no comma
		// closes speaks, and "said in a statement." reports nothing of its own
		{`Sam Lau, the communications director for the Iowa Democratic Party said in a statement. "There are no paper ballots to recount."`,
			[]string{"direct|There are no paper ballots to recount.|Sam Lau|-"}, "Sam Lau"},
		{"Sam Lau, the communications director for the Iowa Democratic Party said the ballots were gone.",
			[]string{"indirect|the ballots were gone|Sam Lau|said"}, "Sam Lau"},
		// a capitalised envoy's title links to the country it is sent to
		{"It comes after Pakistan's Ambassador to Britain said some Pakistanis should integrate more.",
			[]string{"indirect|some Pakistanis should integrate more|Pakistan's Ambassador to Britain|said"}, ""},
		// people somewhere are no place: the head speaks, for no entity
		{"Shops all over the UK reported strong sales on the last Saturday before Christmas.",
			[]string{"indirect|strong sales on the last Saturday before Christmas|Shops all over the UK|reported"}, ""},
		{"Farmers throughout Europe say prices are too low.",
			[]string{"indirect|prices are too low|Farmers throughout Europe|say"}, ""},
		// a short quoted name inside the speaker's appositive
		{"“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.",
			[]string{"direct|We’ve had more successful conventions than this one,|Texas delegate Bill Eastland|said"}, "Bill Eastland"},
		// a description set off after a person's name, itself followed by
		// a name of its own: the person speaks
		{`Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was "both religious and political."`,
			[]string{`mixed|every pope was "both religious and political."|Giovanni Maria Vian|said`}, "Giovanni Maria Vian"},
		// a dateline is no part of the sentence after it: neither a
		// speaker nor content
		{"Washington (AFP) – Democrat Hillary Clinton has criticised Republican rival Donald Trump, saying that “bombastic comments” do more harm than good.",
			[]string{"indirect|Republican rival Donald Trump|Democrat Hillary Clinton|criticised", "mixed|“bombastic comments” do more harm than good|Democrat Hillary Clinton|saying"}, "Hillary Clinton"},
		{"BUENA PARK, Calif. - Rallying hundreds of service workers who are struggling to get by, Hillary Clinton tried here last week to reach them and promised to deliver change.",
			[]string{"indirect|to deliver change|Hillary Clinton|promised"}, "Hillary Clinton"},
		{"WASHINGTON — Jobs rose sharply in March, the Labor Department said.",
			[]string{"indirect|Jobs rose sharply in March|the Labor Department|said"}, "Labor Department"},
		// a name set off by a dash before the colon introducing a quote
		{"HIGHER THAN EXPECTED TURNOUT IN IOWA DOESN’T INCREASE EXPECTATIONS IN OTHER STATES - Michael P. McDonald:  “At long last the nomination contests have finally started.”",
			[]string{"direct|At long last the nomination contests have finally started.|Michael P. McDonald|:"}, "Michael P. McDonald"},
		// a sentence-initial "According to X," before a quote names its source
		{"According to the Daily Caller, “Labott also coordinated with Reines to post a favorable quote.”",
			[]string{"direct|Labott also coordinated with Reines to post a favorable quote.|the Daily Caller|According to"}, "Daily Caller"},
		// a time phrase between a one-word speaker opening the sentence and the cue
		{"Spicer spoke. Priebus later Thursday told Fox News: “Both men are meeting up next week.”",
			[]string{"direct|Both men are meeting up next week.|Priebus|told"}, ""},
		// a place adverbial opening the sentence leaves the main subject to speak
		{`Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "We have got to achieve the day when young black males can walk the streets."`,
			[]string{"direct|We have got to achieve the day when young black males can walk the streets.|Sanders|saying"}, "Bernie Sanders"},
		// a participle after a cue hands its quote to the nearest speaker
		// outside the cue's content: not the meeting of the clause said,
		// nor the object of a fronted phrase
		{"The spokesman refused to answer questions on who Cameron would like to see win but said there was no meeting planned with Trump, adding: “If one is proposed we will consider it.”",
			[]string{"indirect|to answer questions on who Cameron would like to see win|The spokesman|refused", "indirect|there was no meeting planned with Trump|The spokesman|said", "direct|If one is proposed we will consider it.|The spokesman|adding"}, ""},
		{"Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose whose side she’s on, saying, “At some point, she’s going to have to come out.”",
			[]string{"indirect|action|BLM|calls for", "indirect|Clinton will have to choose whose side she’s on|a top GOP strategist|said", "direct|At some point, she’s going to have to come out.|a top GOP strategist|saying"}, ""},
		// a relative clause after the fronted clause's comma, and a
		// participle with its addressee, stay in the speaker
		{`Although there is no such overlap with Sanders's team, a White House official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are discussions."`,
			[]string{"indirect|anonymously to discuss internal strategy|who|spoke", "direct|Certainly there are discussions.|a White House official|said"}, ""},
		{"Another intelligence source speaking to Fox News said, “The agents are investigating the possible intersection of Clinton Foundation donations.”",
			[]string{"direct|The agents are investigating the possible intersection of Clinton Foundation donations.|Another intelligence source speaking to Fox News|said"}, ""},
		// words on a thing someone holds up or puts out are theirs
		{"Protesters waved banners saying the war was illegal.",
			[]string{"indirect|the war was illegal|Protesters|saying"}, ""},
		// a time phrase opening the sentence is no subject; "shot back" is a cue
		{"Adelson praised him. Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time.”",
			[]string{"indirect|him|Adelson|praised", "direct|Sheldon and I have been friends for a long time.|Trump|telling"}, "Adelson"},
		{"After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies and have teas.”",
			[]string{"indirect|Bill Clinton|former California Gov. Jerry Brown|criticized", "direct|I suppose I could have chosen to bake cookies and have teas.|Hillary|shot back"}, "Jerry Brown"},
		// but not before a parenthetical attribution, which interrupts one claim
		{"Mr. Obama, officials said, has become skeptical about the plan.",
			[]string{"indirect|Mr. Obama, officials said, has become skeptical about the plan|officials|said"}, ""},
		{"But, he said, the Mac mini changed that perception.",
			[]string{"indirect|the Mac mini changed that perception|he|said"}, ""},
		{"The comments were not a one-off, he said, claiming the Tories were committed to cuts.",
			[]string{"indirect|The comments were not a one-off|he|said", "indirect|claiming the Tories were committed to cuts|he|said"}, ""},
		// an adverbial phrase between the auxiliary and the cue is no subject
		{"The minister has in recent weeks argued that the plan failed.",
			[]string{"indirect|the plan failed|The minister|argued"}, ""},
		{"Yellen will be watching the dollar, as its reaction will in some ways dictate how much leeway they have.",
			[]string{"indirect|how much leeway they have|its reaction|dictate"}, ""},
		// a place's state after its comma stays inside the appositive
		{"Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the Second Amendment.",
			[]string{"indirect|Clinton opposes the Second Amendment|Trump|warned"}, "Donald Trump"},
		// a time phrase with "later" opens the sentence before its subject, comma or not
		{"A few minutes later they reversed themselves and said they will register voters while the caucus is under way.",
			[]string{"indirect|they will register voters while the caucus is under way|they|said"}, ""},
		// a sentence about another named person between two quotes ends the first one's utterance
		{`"I am sure," Forster told BBC Wales Sport. "It would be good." Ruddock is keen to protect his players. "At this stage, there is nothing more they can do."`,
			[]string{"direct|I am sure,|Forster|told", "direct|It would be good.|Forster|told", "direct|At this stage, there is nothing more they can do.|Ruddock|-"}, "Forster"},
		// a participle after a purpose infinitive inherits the main verb's subject
		{"Mr Kennedy also used his TV appearance to defend his party's tax plans, saying they were fair.",
			[]string{"indirect|his TV appearance to defend his party's tax plans|Mr Kennedy|used", "indirect|they were fair|Mr Kennedy|saying"}, "Kennedy"},
		// a month's name inside a person's name is the name ("Brian May", not May the month)
		{`Guitarist Brian May has said he expects to be on the road. "The show went so incredibly well from our point of view," May wrote.`,
			[]string{"indirect|he expects to be on the road|Guitarist Brian May|said", "direct|The show went so incredibly well from our point of view,|May|wrote"}, "Brian May"},
		// a noun in -ly is no adverb ("the assembly government"); a name ends the addressee before a colon
		{`"We are committed to our patients," said the assembly government.`,
			[]string{"direct|We are committed to our patients,|the assembly government|said"}, ""},
		{`He told Czech newspaper Daily Sport: "I don't know why I didn't play on Sunday."`,
			[]string{"direct|I don't know why I didn't play on Sunday.|He|told"}, ""},
		// "read" after a quote says what a thing carrying words says
		{`"The performer had been asked to tone his act down," a BBC statement read.`,
			[]string{"direct|The performer had been asked to tone his act down,|a BBC statement|read"}, ""},
		{`"We have investigated this matter," read a statement from the firm.`,
			[]string{"direct|We have investigated this matter,|a statement|read"}, ""},
		// a credit line of its own after a paragraph that is only the quote
		{"Her bill went nowhere.\n\n\"Boeing and GE and other multinationals pay zero taxes.\"\n\n- Sanders.",
			[]string{"direct|Boeing and GE and other multinationals pay zero taxes.|Sanders|-"}, "Bernie Sanders"},
		// a participle and its time after the head: the head speaks
		{"A statement issued Tuesday said the firm would appeal.",
			[]string{"indirect|the firm would appeal|A statement|said"}, ""},
		// a fronted phrase opened by "by" is no subject of a coordinated cue
		{"By the end of the day, Mr. Trump was forced into a rare moment of damage control and said that his words had been misconstrued.",
			[]string{"indirect|his words had been misconstrued|Mr. Trump|said"}, "Donald Trump"},
		// a participle before its noun stays in the speaker
		{"The Premier League's governing body said the plan had failed.",
			[]string{"indirect|the plan had failed|The Premier League's governing body|said"}, ""},
		{"The growing popularity of online gaming could spell problems for net service firms, warns network monitoring company Sandvine.",
			[]string{"indirect|The growing popularity of online gaming could spell problems for net service firms|network monitoring company Sandvine|warns"}, "Sandvine"},
		// an infinitive cue with a clause after it reports the clause
		{"Analysts expect that it will continue to support the economy.",
			[]string{"indirect|it will continue to support the economy|Analysts|expect"}, ""},
		{"Jones repeated her innocence and vowed she would be cleared.",
			[]string{"indirect|her innocence|Jones|repeated", "indirect|she would be cleared|Jones|vowed"}, "Jones"},
		// a time adjunct before an intention's infinitive
		{"Creditors agreed on Friday to suspend interest payments until 2007.",
			[]string{"indirect|to suspend interest payments until 2007|Creditors|agreed"}, ""},
		// an outlet's common nouns after its name are the addressee's
		{"“It looks like we’re not going to have a very good relationship, who knows?” Trump told Britain’s ITV television station in an interview aired on Monday when asked how ties would fare.",
			[]string{"direct|It looks like we’re not going to have a very good relationship, who knows?|Trump|told", "indirect|how ties would fare|-|asked"}, "Donald Trump"},
		{"Deutsche Boerse told the Reuters news agency such a move would have to wait.",
			[]string{"indirect|such a move would have to wait|Deutsche Boerse|told"}, "Deutsche Boerse"},
	}
	for _, tt := range tests {
		doc, err := runPipeline(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range doc.Quotes {
			got = append(got, quoteLine(q))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Annotate(%q) =\n  %s\nwant\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			continue
		}
		if len(doc.Quotes) == 0 || doc.Quotes[0].Speaker == nil {
			continue
		}
		name := ""
		if id := doc.Quotes[0].Speaker.Entity; id != "" {
			name = entityByID(doc, id).Name
		}
		if name != tt.entity {
			t.Errorf("Annotate(%q): speaker entity %q; want %q", tt.text, name, tt.entity)
		}
	}
}

// TestPredicate checks which adjectives the cue model judges as
// predicates of their subject, and the subject it gives them.
func TestPredicate(t *testing.T) {
	tests := []struct {
		text, word string
		subject    string // "" when the word is no predicate
	}{
		{"Senator Clinton was highly critical of the trade deal.", "critical", "Senator Clinton"},
		{"Republicans are eager to move on.", "eager", "Republicans"},
		{"He is confident that the bill will pass.", "confident", "He"},
		{"The critical vote came late.", "critical", ""},
		{"The vote was critical.", "critical", ""},
		{"He was happy at the end.", "happy", "He"},
	}
	for _, tt := range tests {
		doc, err := runPipeline(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		st := newState(cueLexicon{}, doc)
		got := ""
		for k, tk := range st.toks {
			if tk.low != tt.word || st.predicate(k) < 0 {
				continue
			}
			if s, e := st.learnedSubject(k); e > s {
				got = st.text[st.toks[s].s:st.toks[e-1].e]
			}
		}
		if got != tt.subject {
			t.Errorf("predicate subject of %q in %q = %q; want %q", tt.word, tt.text, got, tt.subject)
		}
	}
}

func TestHeadRest(t *testing.T) {
	for _, tt := range []struct {
		rest string
		want bool
	}{
		{"", true}, {" ", true}, {" operating", true}, {" based", true}, {" QC", true}, {" MP", true}, {" Jr", true},
		{" spokesman", false}, {" MPs", false}, {" said", false}, {" Operating", false}, {" working hard", false}, {" red", false},
	} {
		if got := headRest(tt.rest); got != tt.want {
			t.Errorf("headRest(%q) = %v; want %v", tt.rest, got, tt.want)
		}
	}
}

// TestNounCue checks which nouns the cue model judges, the speaker each
// gets and where a preposition's noun phrase ends.
func TestNounCue(t *testing.T) {
	tests := []struct {
		text, word string
		speaker    string // "-" when the noun is no candidate, "" for no speaker
		np         string // the preposition's noun phrase, "" for other frames
	}{
		{"Pence renewed his call for a special prosecutor.", "call", "his", "a special prosecutor"},
		{"Trump has raised questions about Obama's birthplace.", "questions", "Trump", "Obama's birthplace"},
		{"Concerns about the deal grew on Monday.", "Concerns", "-", ""},
		{"There were concerns about the deal in February.", "concerns", "", "the deal"},
		{"Clinton is an outspoken supporter of Roe v. Wade.", "supporter", "Clinton", "Roe v. Wade"},
		{"Talks on the future of Gibraltar begin today.", "Talks", "-", ""},
		{"The talks on the future of Gibraltar begin today.", "talks", "", "the future of Gibraltar"},
		{"Her claim that the vote was rigged was denied.", "claim", "Her", ""},
		{"The Republican candidate's plan to cut taxes was unveiled.", "plan", "The Republican candidate", ""},
		{"The president of the club resigned.", "club", "-", ""},
	}
	for _, tt := range tests {
		doc, err := runPipeline(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		st := newState(cueLexicon{}, doc)
		spk, np := "-", ""
		for k, tk := range st.toks {
			if st.text[tk.s:tk.e] != tt.word || !st.nounCue(k) {
				continue
			}
			spk = ""
			if s, e, _ := st.nounSpeaker(k); e > s {
				spk = st.text[st.toks[s].s:st.toks[e-1].e]
			}
			if n := st.toks[k+1].low; n != "that" && n != "to" || n == "to" && st.tagOf(st.toks[k+2]) != "VB" {
				st.npClause = true
				end := st.npEnd(k+2, st.contentEnd(st.sentAt(k), k+2))
				st.npClause = false
				np = st.text[st.toks[k+2].s:st.toks[end-1].e]
			}
		}
		if spk != tt.speaker || np != tt.np {
			t.Errorf("noun cue %q in %q: speaker %q, phrase %q; want %q, %q", tt.word, tt.text, spk, np, tt.speaker, tt.np)
		}
	}
}

// TestPassiveParts checks the subject, agent and content frame of
// passives without a subject of their own.
func TestPassiveParts(t *testing.T) {
	tests := []struct {
		text, word     string
		subject, agent string
		after          bool // the content follows the verb
	}{
		{"Ginsburg is known for speaking her mind.", "known", "Ginsburg", "", false},
		{"Trump has been criticized by some of his rivals for failing.", "criticized", "Trump", "some of his rivals", false},
		{"Clinton was asked whether she would run.", "asked", "Clinton", "", true},
		{"Some Democrats are concerned that the party is split.", "concerned", "Some Democrats", "", true},
	}
	for _, tt := range tests {
		doc, err := runPipeline(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		st := newState(cueLexicon{}, doc)
		found := false
		for k, tk := range st.toks {
			if tk.low != tt.word || !st.passive(k) {
				continue
			}
			found = true
			sp0, sp1, ag0, ag1 := st.passiveParts(k)
			text := func(a, b int) string {
				if b <= a {
					return ""
				}
				return st.text[st.toks[a].s:st.toks[b-1].e]
			}
			if got := text(sp0, sp1); got != tt.subject {
				t.Errorf("passive %q in %q: subject %q; want %q", tt.word, tt.text, got, tt.subject)
			}
			if got := text(ag0, ag1); got != tt.agent {
				t.Errorf("passive %q in %q: agent %q; want %q", tt.word, tt.text, got, tt.agent)
			}
			if got := st.passiveFrame(k) == passiveAfter; got != tt.after {
				t.Errorf("passive %q in %q: content after = %v; want %v", tt.word, tt.text, got, tt.after)
			}
		}
		if !found {
			t.Errorf("passive %q in %q: not a passive", tt.word, tt.text)
		}
	}
}

// TestPartialInReportedClause checks that the partial quotes of a
// reported clause are its speaker's, not a name's inside it (New
// Labour), whether the end model keeps the clause whole or trims it after
// "promised" (retrainings have done both), in which case "explosion" is
// Davey's partial.
func TestPartialInReportedClause(t *testing.T) {
	text := `Lib Dem spokesman Ed Davey said instead of the "bonfire of quangos" New Labour had promised, there had been an "explosion" of them.`
	doc, err := runPipeline(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range doc.Quotes {
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Text
		}
		if sp != "Lib Dem spokesman Ed Davey" {
			t.Errorf("Annotate(%q): quote %q spoken by %q; want Lib Dem spokesman Ed Davey", text, q.Text, sp)
		}
		if strings.Contains(q.Text, "explosion") {
			found = true
		}
	}
	if !found {
		t.Errorf("Annotate(%q): no quote holds \"explosion\"", text)
	}
}

// TestRoleHolder checks that a title-only speaker resolves to the person
// of the text who holds the office by the people lexicon: on the
// document's date, or, without one, the only person who ever held it.
func TestRoleHolder(t *testing.T) {
	tests := []struct{ text, date, want string }{
		{`Keir Starmer visited Leeds on Monday. The prime minister said that the plan would work.`, "2025-07-11", "Keir Starmer"},
		// Rishi Sunak was prime minister, but not on the date.
		{`Rishi Sunak visited Leeds on Monday. The prime minister said that the plan would work.`, "2025-07-11", ""},
		{`Tony Blair met union leaders. The prime minister said that talks had gone well.`, "", "Tony Blair"},
		{`Gordon Brown met Tony Blair. The chancellor said that talks had gone well.`, "2005-03-01", "Gordon Brown"},
		// "who" after a title is the title's holder
		{`Gordon Brown spoke in Leeds. It was a blow to the chancellor, who said that the label was wrong.`, "2005-03-01", "Gordon Brown"},
		// Without a date two former prime ministers leave it open.
		{`Gordon Brown met Tony Blair. The prime minister said that talks had gone well.`, "", ""},
	}
	for _, tt := range tests {
		doc, err := runPipelineOn(context.Background(), tt.text, tt.date)
		if err != nil {
			t.Fatal(err)
		}
		got := "(no quote)"
		for _, q := range doc.Quotes {
			if q.Speaker == nil {
				continue
			}
			if w := strings.ToLower(q.Speaker.Text); strings.HasPrefix(w, "the ") || w == "who" {
				got = entityByID(doc, q.Speaker.Entity).Name
			}
		}
		if got != tt.want {
			t.Errorf("%q on %q: title speaker = %q; want %q", tt.text, tt.date, got, tt.want)
		}
	}
}

// TestSpeakerHead checks that a speaker noun phrase is its head: the
// noun before "of", "for" or "to" ("the mother of Joseph Smith" is no
// Joseph Smith, though "a spokesman for Tony Blair" speaks for him and
// "the head of BP" for BP), the name before an appositive, and a name
// with its post-nominal letters.
func TestSpeakerHead(t *testing.T) {
	tests := []struct{ text, speaker, want string }{
		{`The mother of Joseph Smith said her son was innocent.`, "The mother of Joseph Smith", ""},
		{`Critics of Tony Blair say the war was illegal.`, "Critics of Tony Blair", ""},
		{`A lawyer for Michael Jackson said the singer was innocent.`, "A lawyer for Michael Jackson", ""},
		{`Advisers to Barack Obama say the president has grown exasperated.`, "Advisers to Barack Obama", ""},
		{`Sources close to Gordon Brown said the chancellor was furious.`, "Sources close to Gordon Brown", ""},
		{`Friends of the actress said she was recovering.`, "Friends of the actress", ""},
		{`A spokesman for Tony Blair said the prime minister would not comment.`, "A spokesman for Tony Blair", "Tony Blair"},
		{`BP reported record profits. The head of BP said profits rose.`, "The head of BP", "BP"},
		{`Oracle has announced that it is cutting 5,000 jobs. A spokesman for the company said most staff would stay.`, "A spokesman for the company", "Oracle"},
		{`"England wanted a second opinion," director of rugby Nigel Melville told the Gloucester Citizen.`, "director of rugby Nigel Melville", "Nigel Melville"},
		{`"We are doing research," Michael Lamberty, a Lufthansa spokesman told the BBC.`, "Michael Lamberty", "Michael Lamberty"},
		{`Ben Emmerson QC, representing the detainees, said the men were innocent.`, "Ben Emmerson QC", "Ben Emmerson"},
		{`A senior Tory MP said the party was doomed.`, "A senior Tory MP", ""},
		{`The Roman Catholic Archbishop of Cardiff said the war was wrong.`, "The Roman Catholic Archbishop of Cardiff", ""},
		{`Fifty percent of Europeans say the plan is bad.`, "Fifty percent of Europeans", ""},
		// a description's appositive name, even when the description ends
		// in a name of its own
		{`The head of the Commission for Racial Equality, Trevor Phillips, said the report was wrong.`, "Trevor Phillips", "Trevor Phillips"},
		// a verb coordinated after "but … told" goes on with the clause
		// after "but"; the description's name is the speaker
		{`US Customs claimed Mr Griffiths was one of the leaders but his lawyer, Antony Townsden, told the BBC it was a laughable suggestion and added: "He was living on welfare."`, "Antony Townsden", "Antony Townsden"},
		// a parenthetical speaker with a complement
		{`In recent days, advisers to Barack Obama say, the president has grown exasperated.`, "advisers to Barack Obama", ""},
	}
	ctx := context.Background()
	for _, tt := range tests {
		doc, err := runPipeline(ctx, tt.text)
		if err != nil {
			t.Fatal(err)
		}
		got, entity := "(no speaker)", ""
		for _, q := range doc.Quotes {
			if q.Speaker != nil {
				got, entity = q.Speaker.Text, entityByID(doc, q.Speaker.Entity).Name
			}
		}
		if got != tt.speaker || entity != tt.want {
			t.Errorf("%q: speaker %q → %q; want %q → %q", tt.text, got, entity, tt.speaker, tt.want)
		}
	}
}

// TestHeadlineSpeaker checks the headline form "Speaker: claim" in a
// document's first paragraph when the entity stage found no name there: a
// given name and more words, or one word that is no English word, and not
// a rubric ("Revealed:").
//
// A label whose last word opens or ends a name the body mentions names
// that person, in title case where the entity stage missed it; a label
// with a lower-case word does not.
func TestHeadlineSpeaker(t *testing.T) {
	tests := []struct{ text, want, name string }{
		{"Ann Coulter: And Then There Was the One.\n\nA guy just won the Republican nomination.", "Ann Coulter", ""},
		{"Milbank: Republicans Waving the Flag of Surrender.\n\nA guy just won the Republican nomination.", "Milbank", ""},
		{"Revealed: Here Are the Conservatives the Establishment Has Blacklisted.\n\nA guy just won the Republican nomination.", "", ""},
		{"The Latest: Cruz to Give Away Engraved Shotgun.\n\nA guy just won the Republican nomination.", "", ""},
		{"Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary.\n\nMr. Blumenthal said he had no idea.", "Sidney Blumenthal", "Mr. Blumenthal"},
		{"Hillary: Benghazi Victim Mother ‘Absolutely Wrong’ to Call Me a Liar.\n\nHillary Clinton said the mother was wrong.", "Hillary", "Hillary Clinton"},
		{"All Black magic: New Zealand rugby.\n\nThe Black Ferns won the match.", "", "Black Ferns"},
	}
	for _, tt := range tests {
		doc := &chronicle.Document{Text: tt.text, Tokens: tokenize.Tokens(nil, tt.text)}
		names := map[string]string{"Republican": "e1"}
		if tt.name != "" {
			names = map[string]string{tt.name: "e1"}
		}
		addMentions(doc, names)
		if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, q := range doc.Quotes {
			if q.Cue != nil && q.Cue.Text == ":" && q.Speaker != nil {
				got = q.Speaker.Text
			}
		}
		if got != tt.want {
			t.Errorf("Annotate(%q): headline speaker %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestHeadlineSpeakerNoun checks that a headline's speaker may hold a
// common noun or a link among its names.
// TestInvertedHeadline checks that a headline ending with a speech verb
// and a name, no comma before them, is the name's ("House prices rebound
// says Halifax"), and that one ending with a noun is no attribution.
func TestInvertedHeadline(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"House prices rebound says Halifax\n\nUK house prices rose by 1.1% in December, the Halifax said.", "indirect|House prices rebound|Halifax|says"},
		{"Dance music not dead says Fatboy\n\nFatboy Slim spoke on Monday.", "indirect|Dance music not dead|Fatboy|says"},
		{"Dogged Federer claims Dubai crown\n\nRoger Federer won on Sunday.", ""},
	} {
		doc, err := runPipeline(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, q := range doc.Quotes {
			if q.End <= strings.Index(tt.text, "\n") {
				got = quoteLine(q)
			}
		}
		if got != tt.want {
			t.Errorf("%q: headline quote %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestHeadlineSpeakerNoun(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Clinton camp: Trump’s Islamaphobia threatens national security\n\nThe campaign spoke on Monday.",
			"indirect|Trump’s Islamaphobia threatens national security|Clinton camp|:"},
		{"Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency\n\nHe spoke on Monday.",
			"indirect|Clinton email scandal disqualifies her for presidency|Former AG Mukasey at RNC|:"},
	})
}

// TestToldThing checks that what "tell" takes as what is told ("told a
// joke") is no addressee, so the words before the speaker are no content,
// and that "please" is no speaker.
func TestToldThing(t *testing.T) {
	// "please" opens an imperative; it is no speaker.
	doc, err := runPipeline(context.Background(), "If Donald Trump were a woman would you still vote for her? Seriously, please ask yourself that question.")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Text == "please" {
			t.Errorf("speaker %q for %q", q.Speaker.Text, q.Text)
		}
	}
	text := "PORTLAND, Maine - On Friday morning, the third day in his campaign swing, Libertarian nominee Gary Johnson told a joke. He was the punch line."
	doc, err = runPipeline(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if strings.HasPrefix(q.Text, "PORTLAND") {
			t.Errorf("Annotate(%q) reports %q as told", text, q.Text)
		}
	}
}

// TestNewcomer checks that a "he" goes to a person brought in as a
// clause's subject, or whose relative clause holds it, since the last
// speaker, and not to one inside a reported content, coordinated after
// "and", or in a relative clause of something else; and that "they" is
// no person.
func TestNewcomer(t *testing.T) {
	tests := []struct{ text, cue, want string }{
		// A subject since the last speaker.
		{`"He cannot stand," Russell Tanguay said. Mr Flight landed in trouble over remarks on tax. He admitted that he had made a mistake.`, "admitted", "Flight"},
		{`"We will win," said Tony Blair. The prosecution's witness is Mr Sullivan. Mr Ebbers is on trial for fraud. He denies the charges.`, "denies", "Ebbers"},
		// The pronoun in the newcomer's relative clause.
		{`"We are talking to investors," Rick Parry said. That prompted the withdrawal of tycoon Steve Morgan, who got frustrated by what he claimed was indecision.`, "claimed", "Steve Morgan"},
		// The last speaker stays.
		{`"The cards work," Charles Clarke said. Mr Clarke said Mr Blunkett argued for the plans. "They are needed," he said.`, "said", "Charles Clarke"},
		{`"The war was wrong," Cardinal John Smith said. He and the Archbishop of York have both spoken out. Speaking on Monday, he criticised the cost.`, "criticised", "John Smith"},
		{`"Pressures on judges are great," David Davis said, citing cases for which Tony Blair recently apologised. "That is why we worry," he told the BBC.`, "told", "David Davis"},
		{`"I was hurt," Phil Vickery said. Vickery spoke with prop David Barnes, who also broke his arm. "It is a similar injury," he said.`, "said", "Phil Vickery"},
		// "it" too takes a body that came in as a subject
		{`"Sales are weak," the Financial Times said. Delta Air Lines has been hit by rising fuel costs. It has said that it needs to cut 7,000 jobs.`, "said", "Delta Air Lines"},
		// an unnamed person goes on speaking as "she", with no entity
		{`Denise Van Outen's show will not return. "There are no plans," a spokeswoman said. She added that the pair were warm.`, "added", ""},
		{`Michael Ancram spoke on Monday. The Tory spokesman also criticised the plan. "It is a sham," he said.`, "said", "Michael Ancram"},
		// an unnamed thing goes on speaking as "it", with no entity, and
		// passes it on; a group or a possessor does not
		{`Fans of Star Trek paid for an advert. "Save the show!" the advert said. It also included a coupon. It also urged fans to rally.`, "urged", ""},
		{`Swedish appliance maker Electrolux has cut its profit forecast. The Swedish firm said that it would close plants. It did not say which plants would close.`, "say", "Electrolux"},
		// with no speaker before, a subject is likelier than the last name
		{`Olympic champion Justine Henin-Hardenne will return in January. The Belgian has not played since she was beaten by Nadia Petrova. She said that she had a virus.`, "said", "Justine Henin-Hardenne"},
		// "the company" is the organisation the text is about
		{`Oracle has announced that it is cutting 5,000 jobs after its takeover of Peoplesoft. Oracle shares rose. The company said that it would keep most Peoplesoft staff.`, "said", "Oracle"},
		{`Parmalat has reported a profit. The Financial Times said the group was recovering. Parmalat shares rose. The firm said that its debts were falling.`, "said", "Parmalat"},
		// "the commission" is the body named before; "a court" is not the court named before
		{`The Electoral Commission published a report on Monday. The commission said that donations should be capped.`, "said", "Electoral Commission"},
		{`The Supreme Court heard the case. A Norwegian court said that the site was illegal.`, "said", ""},
		// a subject may carry a short modifier: "X at the National Review agreed"
		{`"Pence won," Chris Matthews said. Dan McLaughlin at the National Review agreed with Matthews. "He succeeded," he wrote.`, "wrote", "Dan McLaughlin"},
		// "the paper" is the publication named before, not a company called News Corp
		{`According to the Financial Times, News Corp is looking at games firms. The paper said that talks had begun.`, "said", "Financial Times"},
		// the antecedent of "who" may stand before a dash
		{`The airline was sold. Irish Prime Minister Bertie Ahern - who said that he regretted it - was in Dublin.`, "said", "Bertie Ahern"},
		// a party named by its adjective and "party"
		{`The Labour Party attacked Michael Howard. But some in the Tory party are urging Mr Howard to announce something new.`, "urging", "Conservative Party"},
		// "the government" is the one country all the text's entities have
		{`Red tape is hampering Italy's entrepreneurs. The government says that it has set about tackling the problems.`, "says", "Italy"},
		{`Tony Blair defended the Iraq war. The government says that it will not publish the advice.`, "says", ""},
		// an unnamed spokesman is not one titled spokesman before
		{`Lib Dem home affairs spokesman Mark Oaten attacked the plan. A Labour Party spokesman said that the record was good.`, "said", ""},
		// an age stands for a person named before
		{`Alicia Molik beat Nadia Petrova to reach the fourth round. "Bring it on," said the 23-year-old.`, "said", "Alicia Molik"},
		// "they" is never one person
		{`Charles Kennedy met party members in Leeds. They said the campaign was going well.`, "said", ""},
	}
	ctx := context.Background()
	for _, tt := range tests {
		doc, err := runPipeline(ctx, tt.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range doc.Quotes {
			if q.Cue == nil || q.Speaker == nil || q.Cue.Text != tt.cue {
				continue
			}
			got = append(got, entityByID(doc, q.Speaker.Entity).Name)
		}
		if len(got) == 0 || got[len(got)-1] != tt.want {
			t.Errorf("%q: speakers of %q = %q; want the last %q", tt.text, tt.cue, got, tt.want)
		}
	}
}

// TestRelativeContent checks that a reported clause whose cue stands in a
// relative clause with its gap in what was said starts at the relative
// pronoun (or the noun phrase of a clause without one), and that a
// pronoun after a preposition, a speaking "who", a complement "that" and a
// linking verb's adjective leave the content as it was.
func TestRelativeContent(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"This is the plan, which they say would save more than £4bn.",
			"indirect|which they say would save more than £4bn|they|say"},
		{"The tax, which critics say is unfair, was raised again.",
			"indirect|which critics say is unfair|critics|say"},
		{"He sold the shops, many of which analysts say are failing.",
			"indirect|many of which analysts say are failing|analysts|say"},
		{"It was a result that he said defied expectations.",
			"indirect|that he said defied expectations|he|said"},
		{`The move was the result of years of preparation, an investment he concludes has constituted a "head start on Clinton."`,
			`mixed|an investment he concludes has constituted a "head start on Clinton."|he|concludes`},
		{"Boeing unveiled a move it hopes will stoke competition in the market.",
			"indirect|a move it hopes will stoke competition in the market|it|hopes"},
		{"He spoke at a meeting in which he said he would run for office.",
			"indirect|he would run for office|he|said"},
		{"Most of them are people who said they would vote for the party.",
			"indirect|they would vote for the party|who|said"},
		{"The figures are a sign that few investors feel optimistic about the market.",
			"indirect|optimistic about the market|few investors|feel"},
	})
}

// TestExperiencer checks that a verb of the "amuse" class with a noun
// phrase object gives the object as the one who holds the attitude and the
// subject as what it is about, that such a verb with a clause keeps its
// subject as the speaker, and that its passive's subject holds it.
func TestExperiencer(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"His behavior has angered the party's top figures.",
			"indirect|His behavior|the party's top figures|angered"},
		{"Sanders's recent attacks on Clinton have alarmed her supporters. They are listening closely.",
			"indirect|Sanders's recent attacks on Clinton|her supporters|alarmed"},
		{"Paul Ryan worried that the safety net was becoming a hammock.",
			"indirect|the safety net was becoming a hammock|Paul Ryan|worried"},
		// the passive's subject feels it, about what follows
		{"Many voters were angered by the decision to close the plant.",
			"indirect|the decision to close the plant|Many voters|angered by"},
	})
}

// TestAgentPassive checks that a passive with its agent reports its
// subject, read out to the clause's opening, and that a complement after
// the agent keeps the clause.
func TestAgentPassive(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"This proposal was rejected by 64 percent of the electorate.",
			"indirect|This proposal|64 percent of the electorate|rejected"},
		{"A call for ethnic minority shortlists to boost the number of black and Asian MPs has been rejected by one of Labour's most senior Asians.",
			"indirect|A call for ethnic minority shortlists to boost the number of black and Asian MPs|one of Labour's most senior Asians|rejected"},
		// one asked by another: the agent asks what follows
		{"Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.",
			"indirect|whether his aim was similar to Kennedy's|host John Dickerson|asked"},
		{"He was accused by a female reporter of grabbing her roughly.",
			"indirect|He was accused by a female reporter of grabbing her roughly|a female reporter|accused"},
	})
}

// TestPrenominalGerund checks that a gerund modifying a noun is no cue,
// while one after a pronoun ("those") is.
func TestPrenominalGerund(t *testing.T) {
	wantNoQuote(t, "Arnold won the best supporting actor award on Sunday.",
		func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "supporting" })
	wantQuoteLine(t, "Mr. Hannity was among those saying the scandal was overblown.",
		"indirect|the scandal was overblown|those|saying")
}

// TestHearsay checks that a clause with a hearsay adverb is reported with
// the adverb as cue and no speaker, and that the adverb leaves a cue verb
// and a participle in a noun phrase alone.
func TestHearsay(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"The FBI is reportedly making arrangements to interview Hillary Clinton.",
			"indirect|The FBI is reportedly making arrangements to interview Hillary Clinton|-|reportedly"},
		{"That move reportedly followed a protest from the Thai government.",
			"indirect|That move reportedly followed a protest from the Thai government|-|reportedly"},
		{"Trump reportedly said he would attend.",
			"indirect|he would attend|Trump|said"},
	})
	wantNoQuote(t, "The family of an Iraqi civilian allegedly killed by UK troops have won a challenge.",
		func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "allegedly" })
	wantNoQuote(t, "Ted Cruz has been on a poaching mission, reportedly winning over delegates.",
		func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "reportedly" })
}

// TestSourcePhrase checks that "as reported by X" credits X with the
// clause beside it, as "according to X" does, without a trailing time in
// the source; that it is no comparison ("as expected by analysts") and
// that after an attribution it credits that attribution, no new content.
func TestSourcePhrase(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"As reported by Western Journalism, investigators found over 2,200 emails from the server.",
			"indirect|investigators found over 2,200 emails from the server|Western Journalism|As reported"},
		{"The super PAC started reserving ad time this week, as first reported by the New York Times on Tuesday.",
			"indirect|The super PAC started reserving ad time this week|the New York Times|as first reported"},
		{"The Crossrail plan is to get the go-ahead this month, according to The Mail on Sunday.",
			"indirect|The Crossrail plan is to get the go-ahead this month|The Mail on Sunday|according to"},
		// with no comma, a share opens the clause
		{"According to Pew Research 44% of searchers use just a single search engine.",
			"indirect|44% of searchers use just a single search engine|Pew Research|According to"},
		{"According to research by message analysts the Radicati Group up to 45% of all corporate e-mail is spam.",
			"indirect|up to 45% of all corporate e-mail is spam|research by message analysts the Radicati Group|According to"},
	})
	wantQuoteLines(t, []lineCase{
		{`"We will fight on," according to the senator's office.`,
			"direct|We will fight on,|the senator's office|according to"},
		// the source of a quote reads as that of a clause
		{`"Mobile operators will lose out," according to a report published by UK-based research consultancy Analysys.`,
			"direct|Mobile operators will lose out,|a report published by UK-based research consultancy Analysys|according to"},
		{"It has not gone unnoticed: according to recent polls, Trump holds only 14 percent of the Latino vote.",
			"indirect|Trump holds only 14 percent of the Latino vote|recent polls|according to"},
		{"Skateboarders are often ticketed. (According to the police department, it keeps no statistics on such violations.)",
			"indirect|it keeps no statistics on such violations|the police department|According to"},
	})
	wantNoQuotes(t, "The result was as expected by analysts.")
	wantNoQuote(t, `"I would make sure it didn't happen again," Carson said in an interview, as reported by BuzzFeed News.`,
		func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "as reported" })
}

// TestCarrierAuthor checks that a participle after a word carrier whose
// author is named after "from" is the author's, not the subject's who
// ran it.
func TestCarrierAuthor(t *testing.T) {
	wantQuoteLine(t, "Wal-Mart kicked off the battle with adverts in newspapers, using an open letter from company president Lee Scott saying it was time for the truth.",
		"indirect|it was time for the truth|Lee Scott|saying")
	// legal papers filed are their filers' words
	wantQuoteLine(t, "Lawyers for both Donald and Ivana Trump filed legal papers opposing the unsealing.",
		"indirect|the unsealing|Lawyers for both Donald and Ivana Trump|opposing")
}

// TestUtteranceObject checks that a quote standing as the whole object of
// a cue is the utterance, not the verb phrase around it, while a quoted
// word inside a phrase is not.
func TestUtteranceObject(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Wilson yelled “You lie!” at President Barack Obama during the address.",
			"direct|You lie!|Wilson|yelled"},
		{"He stood and mouthed “thank you” toward the audience.",
			"partial|thank you|He|mouthed"},
	})
	wantNoQuote(t, "Comey testified “thousands” of emails in fact had not been turned over.",
		func(q chronicle.Quote) bool { return q.Text == "thousands" })
}

// TestMetadataLabels checks that an article's metadata labels and web
// teasers ("BYLINE:", "CORRECTION:") are no speakers of a transcript turn.
func TestMetadataLabels(t *testing.T) {
	for _, text := range []string{
		"BYLINE: Amber Phillips\n\nThe senator spoke on Tuesday.",
		"EXCLUSIVE: Trump campaign plans a new ad blitz in Florida.",
	} {
		wantNoQuote(t, text, func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == ":" })
	}
}

// TestSelfDescribed checks that what one calls oneself is reported, by the
// one an appositive describes.
func TestSelfDescribed(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Young voters favour Sen. Bernie Sanders, a self-described democratic socialist, over Clinton.",
			"indirect|democratic socialist|Sen. Bernie Sanders|self-described"},
		{"She is a self-professed independent.", "indirect|independent|-|self-professed"},
	})
}

// TestTimeAfterCue checks that a time phrase after a learned cue is no
// content ("fumed on Tuesday"), nor the object of a noun cue ("a statement
// on Monday"), while "comment on this" still reports "this".
func TestTimeAfterCue(t *testing.T) {
	wantNoQuote(t, "Toomey fumed on Tuesday.", func(q chronicle.Quote) bool { return q.Text == "Tuesday" })
	wantNoQuote(t, "Mr Tellier made a statement on Monday.", func(q chronicle.Quote) bool { return q.Text == "Monday" })
	wantQuoteLine(t, "Democrats will comment on this.", "indirect|this|Democrats|comment on")
	// a noun of time is no noun cue; an extraposed "it" is no one
	wantNoQuote(t, "Jamil el-Banna, the first of the four detainees released last month to give a media interview, spoke.",
		func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "month" })
	wantQuoteLine(t, "It is not known whether the two of them ever clashed.", "indirect|whether the two of them ever clashed|-|known")
}

// TestNotSaying checks that idioms and "add" with a thing or an amount
// report no speech, while "added that …" does.
func TestNotSaying(t *testing.T) {
	wantNoCue(t, []string{"said", "added", "add"},
		"It is easier said than done in New York City.",
		"The U.S. added around 292,000 jobs in December.",
		"Palmer will add a new element to the morning mix.")
	wantQuoteLine(t, "He added that the plan would fail.", "indirect|the plan would fail|He|added")
	// a cue that takes a noun phrase reports no clause before it
	wantNoQuotes(t, "But when the time came, under pressure from the Teamsters, Washington backed down.")
	wantNoCue(t, []string{"called"}, "Japanese electronics firm Hitachi has unveiled its first humanoid robot, called Emiew.")
	// "continued" with no quote, colon or "that": going on, no speech
	wantNoCue(t, []string{"continued"}, "Rafael Nadal continued his run of fine form to beat Guillermo Canas.")
	wantQuoteLine(t, `"We will win," he continued.`, "direct|We will win,|he|continued")
	// "found itself": where one ended up; a finding is reported
	wantNoCue(t, []string{"found"}, "WorldCom found itself under growing financial stress.")
	wantQuoteLine(t, "A June poll found Trump receiving 20 percent support from Latino voters.",
		"indirect|Trump receiving 20 percent support from Latino voters|A June poll|found")
	// a thing a person found is no finding, unless it is judged
	wantNoCue(t, []string{"found"},
		"Bernie Sanders found a receptive audience for his populist message.",
		"Hillary Clinton found ways to press her agenda through small provisions.",
		"He found it somewhere else.")
	wantQuoteLine(t, "I find his message chilling.", "indirect|his message chilling|I|find")
	wantQuoteLine(t, "They found it to be a deterrent.", "indirect|it to be a deterrent|They|found")
	// "see" with a clause of its object's is a perceived event, no view
	wantNoCue(t, []string{"saw", "see"},
		"France Telecom saw its full-year sales rise 2.2% to 47.2bn euros in 2004.",
		"The Glasgow meeting will see Holmes compete over 1500m against Sweden.",
		"She saw Mr. Trump talking about Carrier on the news.",
		"Voters want to see if the senator can win in the West.")
	// a title defended or claimed, "went on to" do something: no speech
	wantNoCue(t, []string{"defend", "defended", "claimed", "went on"},
		"Carlos Moya will defend the Davis Cup crown they won in Seville in November.",
		"The 31-year-old defended her title in Madrid.",
		"Kuznetsova went on to give Dementieva another Grand Slam final thrashing.",
		"Mr Cunningham went on to become Tony Blair's cabinet enforcer.")
	wantQuoteLine(t, "Hillary Clinton defended her record as secretary of state.",
		"indirect|her record as secretary of state|Hillary Clinton|defended")
	// one denied something is kept from it; a claim denied is reported
	wantNoCue(t, []string{"denied"},
		"Rapper Eminem has denied Elvis his fourth number one of the year.",
		"Officials denied him a visa.")
	wantQuoteLine(t, "Clinton denied Trump's claim that she lied.", "indirect|Trump's claim that she lied|Clinton|denied")
	// "posted" a result, "knocked" something out of a place: no speech
	wantNoCue(t, []string{"posted", "knocked"},
		"Umbro posted a 222% rise in annual profit.",
		"The club posted a record loss of 68m euros in the 12 months through June.",
		"Sanders posted an overwhelming victory in the primary.",
		"Sideways knocked out favourites Million Dollar Baby and The Aviator.",
		"Elvis knocked X Factor winner Steve Brookstein down into second place.",
		"High oil prices knocked 0.2% off the growth rate.")
	// a passive participle's agent is no content of its subject's: the
	// agent speaks of the noun phrase, which PolNeAR marks whole
	wantNoContentStart(t, "by ",
		"Colleen Deacon, backed by both the senator and the Democratic Congressional Campaign Committee, won the primary.",
		"The arrests were part of a practice criticized by Miller and some civil rights advocates.",
		"It was a fact reported by Christopher Heath, an Orlando TV reporter.")
	wantNoQuote(t, `It was the nationalists that were responsible." The programme also heard from Lord Roberts.`,
		func(q chronicle.Quote) bool { return q.Kind == "direct" })
	wantNoContentStart(t, "a statement", "Mr Tanzi issued a statement through his lawyer.")
	// "to" and a noun phrase after a verb of saying is whom, not what
	wantNoContentStart(t, "to ",
		"Feinstein acknowledged to Bloomberg.",
		"The House Judiciary Committee wrote to Lynch.",
		"Chepkemei was suspended after failing to report to a national training camp.")
	wantNoQuotes(t, "Feinstein acknowledged to Bloomberg.", "The House Judiciary Committee wrote to Lynch.")
	wantQuoteLines(t, []lineCase{
		{"Trump did not respond to a request for comment.", "indirect|a request for comment|Trump|respond to"},
		{"Those listed by Walsh included Sean Hannity.", "indirect|Those listed by Walsh included Sean Hannity|Walsh|listed"},
		{"Germans have been outraged by reports of assaults in Cologne.", "indirect|reports of assaults in Cologne|Germans|outraged by"},
		{"Palin posted a photo of herself and her son.", "indirect|a photo of herself and her son|Palin|posted"},
		{"Cruz knocked Rubio on trade.", "indirect|Rubio on trade|Cruz|knocked"},
		{"Republican voters see national security as their top concern.",
			"indirect|national security as their top concern|Republican voters|see"},
		{"Analysts saw that the deal would fail.", "indirect|the deal would fail|Analysts|saw"},
	})
}

// wantNoCue checks that the pipeline reports, in none of texts, a quote
// whose cue is one of cues.
func wantNoCue(t *testing.T, cues []string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		wantNoQuote(t, text, func(q chronicle.Quote) bool { return q.Cue != nil && slices.Contains(cues, q.Cue.Text) })
	}
}

// wantNoContentStart checks that the pipeline reports, in none of texts,
// a quote whose content opens with prefix.
func wantNoContentStart(t *testing.T, prefix string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		wantNoQuote(t, text, func(q chronicle.Quote) bool { return strings.HasPrefix(q.Text, prefix) })
	}
}

// wantNoQuote checks that the pipeline finds in text no quote bad reports.
func wantNoQuote(t *testing.T, text string, bad func(q chronicle.Quote) bool) {
	t.Helper()
	doc, err := runPipeline(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if bad(q) {
			t.Errorf("Annotate(%q) reports %q (%s)", text, q.Text, quoteLine(q))
		}
	}
}

// A lineCase is a text and a quoteLine the pipeline must find in it.
// wantNoQuotes checks that the pipeline finds no quote at all in any of
// texts.
func wantNoQuotes(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		wantNoQuote(t, text, func(chronicle.Quote) bool { return true })
	}
}

type lineCase struct{ text, want string }

// wantQuoteLines runs wantQuoteLine on every case.
func wantQuoteLines(t *testing.T, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		wantQuoteLine(t, c.text, c.want)
	}
}

// wantQuoteLine checks that the pipeline finds in text a quote whose
// quoteLine is want.
func wantQuoteLine(t *testing.T, text, want string) {
	t.Helper()
	doc, err := runPipeline(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range doc.Quotes {
		got = append(got, quoteLine(q))
	}
	if !slices.Contains(got, want) {
		t.Errorf("Annotate(%q) =\n  %s\nwant among them\n  %s", text, strings.Join(got, "\n  "), want)
	}
}

// TestPollSource checks that a poll cited with "in" is the source of the
// sentence's finding, and that the standings ("in the polls") and an
// election ("the poll") are none.
func TestPollSource(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
			"indirect|she led Mr. Sanders 56 percent to 32 percent|an early-October CBS News poll|In"},
		{"In the new Morning Consult poll, conducted March 11-13, 40 percent of likely voters back Sanders.",
			"indirect|40 percent of likely voters back Sanders|the new Morning Consult poll, conducted March 11-13|In"},
	})
	// A poll that closes its sentence is the source of what comes before
	// it; pollsters may be joined by slashes, polls averaged.
	wantQuoteLines(t, []lineCase{
		{"Obama was winning black voters by 28 points in a CNN poll.",
			"indirect|Obama was winning black voters by 28 points|a CNN poll|in"},
		{"Clinton led Sanders more than 2-1 in an NBC News/Wall Street Journal/Marist South Carolina poll.",
			"indirect|Clinton led Sanders more than 2-1|an NBC News/Wall Street Journal/Marist South Carolina poll|in"},
		{"Trump leads Cruz by roughly 9 percentage points in the RealClearPolitics average of recent Hoosier polls.",
			"indirect|Trump leads Cruz by roughly 9 percentage points|the RealClearPolitics average of recent Hoosier polls|in"},
	})
	for _, text := range []string{
		"Mrs. Clinton enjoys a strong lead in the polls.",
		"Mr Campbell is keen to play a part in the poll, expected in May.",
		"Democratic voters in the District of Columbia head to the polls on June 14.",
	} {
		wantNoQuote(t, text, func(q chronicle.Quote) bool { return q.Cue != nil && strings.EqualFold(q.Cue.Text, "in") })
	}
}

// TestObjectCue checks that the noun object of a verb, when it is a cue
// itself, carries the attribution ("made no mention of X" mentions X), with
// the verb's subject as its speaker and a cue from the verb to the noun's
// preposition. (That a verb of phase hands its
// attribution to the infinitive after it depends on how the cue model
// judges that infinitive; TestAspectualCue checks the rules' side.)
func TestObjectCue(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"The New York Times made these same allegations against the NRA in February.",
			"indirect|the NRA|The New York Times|made these same allegations against"},
		{"Trump notably made no mention of Jeb Bush.",
			"indirect|Jeb Bush|Trump|made no mention of"},
		{"The Irish duo made no comment on his latest approach.",
			"indirect|his latest approach|The Irish duo|made no comment on"},
	})
	// So does that of a lexicon's verb that gives out a stance
	wantQuoteLines(t, []lineCase{
		{"Scientists have expressed concerns that new education secretary Ruth Kelly's religious views could hamper research.",
			"indirect|new education secretary Ruth Kelly's religious views could hamper research|Scientists|expressed concerns"},
		{"But Julie Howell, digital policy manager at the RNIB, expressed doubts over whether such sites added anything.",
			"indirect|whether such sites added anything|Julie Howell|expressed doubts over"},
	})
	// not that of a verb taking the noun as its topic
	wantQuoteLine(t, "Obama repeated his contention that the group would use the name as a propaganda tool.",
		"indirect|his contention that the group would use the name as a propaganda tool|Obama|repeated")
}

// TestPresentVerb checks that a present verb the tagger reads as a noun
// after a plural subject is a cue, that a compound noun before a relative
// "that" stays a noun, that a past tense the tagger reads before a
// finite verb is a participle in the subject, and that a plural noun
// after a name and before "that" or a determiner is a third-person verb.
func TestPresentVerb(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Almost 50% of those questioned said they would trust search engines much less.",
			"indirect|they would trust search engines much less|those questioned|said"},
		{"The USADA claims that 10 athletes have received sanctions for testing positive for THG.",
			"indirect|10 athletes have received sanctions for testing positive for THG|The USADA|claims"},
		{"About three-quarters support a temporary ban on Muslims.", "indirect|a temporary ban on Muslims|three-quarters|support"},
		{"Most city-dwellers support the ban but rural people were split.", "indirect|the ban|Most city-dwellers|support"},
		{"Some technical websites report that a majority of their visitors use Firefox.",
			"indirect|a majority of their visitors use Firefox|Some technical websites|report"},
	})
	wantNoQuotes(t, "The assault weapons ban that passed in 1994 expired.")
}

// TestTopicCue checks that the words saying how much, how or to whom
// someone spoke before what about belong to the cue, and the topic is the content; "of"
// after a quantity, a time after "on" and a focus adverb leave the
// content as it was.
func TestTopicCue(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Rubio has said little about the plan.", "indirect|the plan|Rubio|said little about"},
		{"The Fed chairman said almost nothing about monetary policy.",
			"indirect|monetary policy|The Fed chairman|said almost nothing about"},
		{"He spoke briefly about the abrupt cancellation of his show.",
			"indirect|the abrupt cancellation of his show|He|spoke briefly about"},
		{"He spoke at length about the war.", "indirect|the war|He|spoke at length about"},
		{"Trump said much of his discussion with Netanyahu was about Israel.",
			"indirect|much of his discussion with Netanyahu was about Israel|Trump|said"},
		{"The party today agrees only on its opposition to anything Obama wants.",
			"indirect|only on its opposition to anything Obama wants|The party|agrees"},
		// an addressee and a time before "about"; an infinitive is none
		{"Obama talked to McConnell about the Supreme Court.", "indirect|the Supreme Court|Obama|talked to McConnell about"},
		{"State's lawyers will likely have to report to a judge next week about its lapse.",
			"indirect|its lapse|State's lawyers|report to a judge next week about"},
		{"Many editors were hesitant to commission books about Mr. Trump.",
			"indirect|to commission books about Mr. Trump|Many editors|hesitant"},
	})
}

// TestParticipleObject checks that the object of a participle inside the
// sentence's subject ends before the main verb.
func TestParticipleObject(t *testing.T) {
	wantQuoteLine(t, "A super PAC supporting Marco Rubio spent $5 million on ads.", "indirect|Marco Rubio|A super PAC|supporting")
	// an adjective after a determiner modifies the name; a predicate
	// adjective before "and" does not
	wantQuoteLine(t, "The independent Institute for Fiscal Studies said Mr Brown would need to raise taxes.",
		"indirect|Mr Brown would need to raise taxes|The independent Institute for Fiscal Studies|said")
	wantQuoteLine(t, "Recovery remains elusive and Ifo president Hans-Werner Sinn said demand was sluggish.",
		"indirect|demand was sluggish|Hans-Werner Sinn|said")
	wantQuoteLine(t, "Any investor accepting the compensation will have to waive the right to complain.",
		"indirect|the compensation|Any investor|accepting")
}

// TestAskedQuestion checks that a question put to the speaker ("Asked
// whether …", "when asked about …") is an attribution of its own with no
// speaker, before or after the answer.
func TestAskedQuestion(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Asked whether he would run, Smith said he had not decided.",
			"indirect|whether he would run|-|Asked"},
		{`"No government is ever going to get it perfect," Lopez-Cantera said when asked about the Florida Standards.`,
			"indirect|the Florida Standards|-|asked about"},
		{`Mr Jones when asked whether he would do the same again replied: "Of course."`,
			"indirect|whether he would do the same again|-|asked"},
		{`When asked whom she supported, Ms. Sherry smiled and said, "I'm waiting."`,
			"indirect|whom she supported|-|asked"},
		{"Ted Cruz, when asked specifically what about the vision is wrong, responded that the businessman is right about the problems.",
			"indirect|what about the vision is wrong|-|asked specifically"},
		// an adjunct between "Asked" and the question
		{"Asked during a January debate why he trailed Hillary Clinton, Senator Bernie Sanders said he would gain ground.",
			"indirect|why he trailed Hillary Clinton|-|Asked"},
		{"Asked in Iowa recently whether he would support Donald Trump, Rubio gave a roundabout answer.",
			"indirect|whether he would support Donald Trump|-|Asked"},
		{"Asked by the documentary makers why he had lied, Mr Kilroy-Silk said he regretted it.",
			"indirect|why he had lied|the documentary makers|Asked"},
		// a question after "asked" opens the content, even with a "that"
		// later in it
		{"A reporter asked whether the minister could reach that level and keep her pledge.",
			"indirect|whether the minister could reach that level and keep her pledge|A reporter|asked"},
	})
}

// TestSourceWithTitle checks that a phrase of time or place between a cue
// and its quote leaves the quote direct, and that a source after
// "according to" goes on over a quoted title.
func TestSourceWithTitle(t *testing.T) {
	wantQuoteLine(t, `As the columnist Louella Parsons had written just a few years earlier, "We just could not have a motion picture industry without him."`,
		"direct|We just could not have a motion picture industry without him.|the columnist Louella Parsons|written")
	wantQuoteLine(t, "As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”",
		"direct|Israel is the center of the digital future.|Michael Dell|said")
	wantQuoteLine(t, `According to E. J. Fleming's "The Fixers" and other sources, his was an all-purpose job.`,
		`indirect|his was an all-purpose job|E. J. Fleming's "The Fixers" and other sources|According to`)
}

// TestAsClause checks that a fronted "as X said," reports the clause after
// its comma.
func TestAsClause(t *testing.T) {
	wantQuoteLine(t, "As Smith said, the plan will fail.", "indirect|the plan will fail|Smith|said")
	// mid-sentence, what follows the comma, even when it is no clause
	wantQuoteLine(t, "New Labour stands for something: it is, as he said, more than “an electoral device”.",
		"mixed|more than “an electoral device”|he|said")
	wantQuoteLine(t, "And, as The Huffington Post previously reported, Clinton is the top recipient among the candidates.",
		"indirect|Clinton is the top recipient among the candidates|The Huffington Post|reported")
}

// TestEndAtTime checks that a content never ends inside a name or a time
// expression, and may end before a time expression.
func TestEndAtTime(t *testing.T) {
	// a possessive ends a content with its noun
	wantQuoteLine(t, "He said the plan was similar to Kennedy's.", "indirect|the plan was similar to Kennedy's|He|said")
	// and a parenthesis opened inside it with its closing one
	wantQuoteLine(t, "Reid would not say whether he would prefer that Democrats face Trump or Sen. Ted Cruz (R-Texas).",
		"indirect|whether he would prefer that Democrats face Trump or Sen. Ted Cruz (R-Texas)|Reid|say")
	wantNoQuote(t, "Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate.",
		func(q chronicle.Quote) bool {
			return strings.HasSuffix(q.Text, " this") || strings.HasSuffix(q.Text, " Mrs.")
		})
}

// TestPostposedObject checks that a cue followed by a preposition and an
// object is no postposed attribution of the clause before it, while one
// followed by an adjunct only is.
func TestPostposedObject(t *testing.T) {
	wantQuoteLine(t, "The plan will fail, Smith said in a statement.", "indirect|The plan will fail|Smith|said")
	wantNoQuote(t, "In a separate development, Robin Cook told a lunch for political journalists winning the election had to be the priority.",
		func(q chronicle.Quote) bool { return q.Text == "In a separate development" })
}

// TestColonSpeaker checks that a quote after a colon and no cue is spoken
// by the subject of the verb before the colon, and that a cue before a
// colon reports nothing of the words before its subject.
func TestColonSpeaker(t *testing.T) {
	text := "The crowd cheers, and then Wallnau continues: “God has given this man an anointing.”"
	doc, err := runPipeline(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	// The cue is the colon, or "continues" when the cue model takes it.
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Text != "Wallnau" {
		t.Errorf("Annotate(%q) = %+v; want the quote spoken by Wallnau", text, doc.Quotes)
	}
	wantNoQuote(t, "In the text accompanying the video post, Wallnau wrote:\n\nI think this prophetic prayer timely.",
		func(q chronicle.Quote) bool { return strings.HasPrefix(q.Text, "In the text") })
}

// TestParticipleSpeaker checks that a participle after a clause joined by
// "and" with a subject of its own is that subject's, and that a noun
// phrase after "and" whose verb disagrees with it opens no clause.
func TestParticipleSpeaker(t *testing.T) {
	wantQuoteLine(t, "Prosecutors charged the officer with murder and Emanuel fired his police chief, Garry F. McCarthy, acknowledging that residents have lost trust in the force.",
		"indirect|residents have lost trust in the force|Emanuel|acknowledging")
	wantQuoteLine(t, `But he insisted the recent squabbles between Mr Blair and Mr Brown were not a problem for the voters, adding there was no impression of incompetence.`,
		"indirect|there was no impression of incompetence|he|adding")
}

// TestClauseChainEnd checks that a content ends before ", and while …".
func TestClauseChainEnd(t *testing.T) {
	wantQuoteLine(t, `On Tuesday Mr Blair denied Mr Brown made that quote, and before he left for Africa the chancellor told reporters: "Of course I trust the prime minister."`,
		`direct|Of course I trust the prime minister.|the chancellor|told`)
}

// TestManyOpeningMarks runs the stage on a paragraph of tens of thousands
// of opening marks before their closing ones: looking ahead for the closes
// of a nested quote is bounded, so this takes half a second (about ten
// when every mark read the rest of its paragraph: quadratic).
func TestManyOpeningMarks(t *testing.T) {
	text := "“a " + strings.Repeat("“x ", 60000) + strings.Repeat("” ", 60000)
	doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
}

// TestAspectualCue checks that "continued to …" is no attribution of the
// infinitive ("production continued to rise"), and that the verb after it
// keeps the subject when it is a cue ("He tried to argue that …").
func TestAspectualCue(t *testing.T) {
	wantNoQuote(t, "US industrial production continued to rise in November, albeit at a slower pace.",
		func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "continued" })
	wantQuoteLine(t, "He tried to argue that the plan was sound.", "indirect|the plan was sound|He|argue")
}

// TestOrders checks the example orders of a training ensemble: document
// order first, then permutations that are the same on every call.
func TestOrders(t *testing.T) {
	a, b := orders(3, 6), orders(3, 6)
	if len(a) != 3 {
		t.Fatalf("orders(3, 6) gives %d orders; want 3", len(a))
	}
	if !slices.Equal(a[0], []int{0, 1, 2, 3, 4, 5}) {
		t.Errorf("orders(3, 6)[0] = %v; want document order", a[0])
	}
	for r := range a {
		if !slices.Equal(a[r], b[r]) {
			t.Errorf("orders(3, 6)[%d] = %v, then %v; want the same order twice", r, a[r], b[r])
		}
		if s := slices.Sorted(slices.Values(a[r])); !slices.Equal(s, []int{0, 1, 2, 3, 4, 5}) {
			t.Errorf("orders(3, 6)[%d] = %v; want a permutation of 0..5", r, a[r])
		}
	}
	if slices.Equal(a[1], a[2]) {
		t.Errorf("orders(3, 6)[1] and [2] are both %v; want different orders", a[1])
	}
}

// TestModifiedSpeaker checks speakers whose noun phrase goes on past its
// head: a possessive ("the UK's public spending watchdog has said" ends
// the clause before it), a title before a name after a possessive
// ("said Sun's chief operating officer Jonathan Schwartz"), and a
// participle phrase ("A statement posted on the website said"). A
// participle inside the subject is no cue ("The big trend predicted for
// this year is …"), and a phrase of time is no content ("the cases
// mentioned last week").
func TestModifiedSpeaker(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"EU member states are failing to report fraud in EU funds on a consistent basis, the UK's public spending watchdog has said.",
			"indirect|EU member states are failing to report fraud in EU funds on a consistent basis|the UK's public spending watchdog|said"},
		{"The system could mature in the same way, said Sun's chief operating officer Jonathan Schwartz.",
			"indirect|The system could mature in the same way|Sun's chief operating officer Jonathan Schwartz|said"},
		{"A statement posted on the website GunBroker.com said listings are user generated.",
			"indirect|listings are user generated|A statement posted on the website GunBroker.com|said"},
		{"The Lib Dems are asking the watchdog overseeing the rules to stop the calls.",
			"indirect|the watchdog overseeing the rules to stop the calls|The Lib Dems|asking"},
		{"It did not say which plants would close, but intends moving them to Asia.",
			"indirect|moving them to Asia|It|intends"},
		{"The plant could be affected by Electrolux's separate announcement that it is to spin off its outdoor unit.",
			"indirect|it is to spin off its outdoor unit|Electrolux|announcement"},
	})
	for _, text := range []string{
		"The big trend predicted for this year is the convergence of computers with home entertainment devices.",
		"The figure is less than the 3,000 cases mentioned last week.",
		"His efforts failed after he revealed it would take £40m to stage a takeover.",
	} {
		wantNoQuote(t, text, func(q chronicle.Quote) bool {
			return q.Cue != nil && (q.Cue.Text == "predicted" || q.Cue.Text == "mentioned") ||
				q.Speaker != nil && strings.Contains(q.Speaker.Text, "failed")
		})
	}
}

// TestIntroducedQuote checks that a quote opening a sentence with no
// attribution is the person's the sentence before it is about, unless it
// names them, and that no one's when that sentence is about a thing.
func TestIntroducedQuote(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"McClaren was relieved to make it through after a tough encounter.\n\n\"To be fair to Graz, they had a gameplan.\"",
			"direct|To be fair to Graz, they had a gameplan.|McClaren|-"},
		{"He then progressed to crutches for six weeks. \"Walking without the crutches seemed like something measurable.\"",
			"direct|Walking without the crutches seemed like something measurable.|He|-"},
		{"Marley was one of the most mesmeric people. \"Marley was a very driven individual.\"",
			"direct|Marley was a very driven individual.|-|-"},
		{"The show opens in March. \"It will be a great night.\"",
			"direct|It will be a great night.|-|-"},
		// the answer to a question put to the subject
		{"Dr Fox was asked if he would back the plan. \"I'm sure that it will work.\"",
			"direct|I'm sure that it will work.|Dr Fox|-"},
	})
}

// TestAppositiveParticiple checks that a participle set off by commas
// after the subject ("The film, called Downfall, was released", "Its
// field, thought to contain …, is") reports nothing, while an inverted
// attribution there ("…, said Mr Milburn, …") reports.
func TestAppositiveParticiple(t *testing.T) {
	wantNoQuotes(t,
		"The song, titled Grief Never Grows Old and described as a melancholy ballad, was written by radio DJ Mike Read.",
		"The film, called Downfall, was released in Germany last year.",
		"Its Mangala field, thought to contain a billion barrels, is its biggest find to date.",
	)
	wantQuoteLine(t, "Trump, asked about the wall, said it would be built.", "indirect|it would be built|Trump|said")
	wantQuoteLine(t, "The tone of the campaign, said Mr Milburn, would be more conversational.",
		"indirect|The tone of the campaign, said Mr Milburn, would be more conversational|Mr Milburn|said")
}

// TestReportedAround checks forms around a report: appositives in a row
// before the cue, a postposed impersonal passive, a passive of telling
// with its clause, a noun of others' speech after a verb of receiving,
// and "according to" a rule.
func TestReportedAround(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Mr Mubanga, 32, from Wembley, London, said he was brutally interrogated.",
			"indirect|he was brutally interrogated|Mr Mubanga|said"},
		{"A British terror suspect plans to sue the government, it is reported.",
			"indirect|A British terror suspect plans to sue the government|-|is reported"},
		{"He refused and within three weeks was told he would be sent to Guantanamo Bay.",
			"indirect|he would be sent to Guantanamo Bay|-|told"},
		{"She told the BBC the full advice should have been attached, according to the ministerial code.",
			"indirect|the full advice should have been attached|She|told"},
		{"According to the official news agency most of the net cafes were closed down.",
			"indirect|most of the net cafes were closed down|the official news agency|According to"},
		{"The UK economy, on the other hand, is expected to slow in 2005.",
			"indirect|The UK economy, on the other hand, is expected to slow in 2005|-|is expected"},
		{"The next generation of consoles, however, are expected to start appearing at the end of 2005.",
			"indirect|The next generation of consoles, however, are expected to start appearing at the end of 2005|-|are expected"},
		{"Mr Blair has yet to name the day - but it is widely expected to be 5 May.",
			"indirect|it is widely expected to be 5 May|-|is widely expected"},
		{"By the close, more than 140,000 shoppers - an all-time record - were expected to have passed through the doors.",
			"indirect|more than 140,000 shoppers - an all-time record - were expected to have passed through the doors|-|were expected"},
		{"Craig Bellamy is discussing a possible short-term loan move to Celtic, BBC Sport understands.",
			"indirect|Craig Bellamy is discussing a possible short-term loan move to Celtic|BBC Sport|understands"},
	})
	wantNoQuote(t, "She told the BBC the full advice should have been attached, according to the ministerial code.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && strings.Contains(q.Speaker.Text, "code") })
	wantNoQuote(t, "Fears that big donors can buy political favours have sparked calls for a limit.",
		func(q chronicle.Quote) bool { return q.Speaker != nil })
}

// TestInvertedLead checks a speech verb opening its sentence before its
// speaker and a quote (`Said Williams: "…"`), and that a participle
// after adverbs before a noun is no cue ("the most passionately
// supported club").
func TestInvertedLead(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{`Bath need back-up. Said Williams: "When this opportunity presented itself, I did not think twice."`,
			"direct|When this opportunity presented itself, I did not think twice.|Williams|Said"},
		{`Observes Mr Hadi: "The rich get richer, the poor get poorer."`,
			"direct|The rich get richer, the poor get poorer.|Mr Hadi|Observes"},
	})
	wantNoQuotes(t, "It is the most passionately supported club in Brazil.")
}

// TestPronounNotNamedInside checks that a pronoun speaker is not a person
// the quote itself names ("he told the court: “I wasn't advised by Scott
// Sullivan …”" is not Sullivan's), but may be one it names in passing of
// the speaker's own past.
func TestPronounNotNamedInside(t *testing.T) {
	tests := []struct{ text, quote, want string }{
		{`Scott Sullivan testified against Bernie Ebbers. "I wasn't advised by Scott Sullivan of anything ever being wrong," he told the court.`,
			"I wasn't advised", "Bernie Ebbers"},
		{`Michael Howard spoke after Gordon Brown on Friday. "If the teenage Michael Howard were applying to Cambridge today, Gordon Brown would love me," he said.`,
			"If the teenage", "Michael Howard"},
	}
	for _, tt := range tests {
		doc, err := runPipeline(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		names := entityNames(doc)
		found := false
		for _, q := range doc.Quotes {
			if !strings.HasPrefix(q.Text, tt.quote) {
				continue
			}
			found = true
			if q.Speaker == nil || names[q.Speaker.Entity] != tt.want {
				t.Errorf("speaker of %q = %+v (%s); want %s", q.Text, q.Speaker, names[q.Speaker.Entity], tt.want)
			}
		}
		if !found {
			t.Errorf("Annotate(%q): no quote %q…", tt.text, tt.quote)
		}
	}
}

// TestSilentObject checks that a speech participle after the object of
// its sentence's verb, a thing that says nothing, is the subject's
// ("cancelled an appearance … saying"), while a thing with words on it
// speaks ("a sign saying"); and that claiming a prize claims nothing.
func TestSilentObject(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Jennifer Lopez cancelled an appearance at the UK charity premiere of her new movie saying she was too ill to fly.",
			"indirect|she was too ill to fly|Jennifer Lopez|saying"},
		{"Critics claim the record is at best patchy.", "indirect|the record is at best patchy|Critics|claim"},
	})
	wantNoQuotes(t,
		"The track claimed the top spot ahead of The King's latest re-release.",
		"Ireland claim a famous victory over South Africa.",
	)
}

// TestOfficeAlias checks that "the premier" and "the PM" find a prime
// minister of the text by the people lexicon on the document's date, as
// "the prime minister" does, and that the deputy prime minister is not
// the prime minister.
func TestOfficeAlias(t *testing.T) {
	for _, tt := range []struct{ text, date, speaker, want string }{
		{"Tony Blair spoke on Monday. The premier insisted Mr Brown will have a key role in the campaign.", "2005-02-10", "The premier", "Tony Blair"},
		{"Tony Blair spoke on Monday. The PM insisted nothing would derail Labour's campaign.", "2005-02-10", "The PM", "Tony Blair"},
		{"Tony Blair and Deputy Prime Minister John Prescott spoke on Monday. The prime minister said he would stay.", "2005-02-10", "The prime minister", "Tony Blair"},
		{"Deputy Prime Minister John Prescott spoke on Monday. The prime minister said he would stay.", "", "The prime minister", ""},
	} {
		doc, err := runPipelineOn(context.Background(), tt.text, tt.date)
		if err != nil {
			t.Fatal(err)
		}
		names := entityNames(doc)
		found := false
		for _, q := range doc.Quotes {
			if q.Speaker != nil && q.Speaker.Text == tt.speaker {
				found = true
				if got := names[q.Speaker.Entity]; got != tt.want {
					t.Errorf("%q: %s resolves to %q; want %q", tt.text, tt.speaker, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quote by %s: %+v", tt.text, tt.speaker, doc.Quotes)
		}
	}
}

// TestNamingInside checks that a naming participle after a noun inside a
// phrase names, reporting nothing and lending no speaker to the quote
// after it.
func TestNamingInside(t *testing.T) {
	wantNoQuotes(t,
		"The browsers use a hybrid of a system called Unicode.",
		"That file-sharing system relies on links called \"trackers\" that point users to others.",
	)
	wantQuoteLine(t, "He spent most of his hours tinkering with this new thing called the internet. \"At a certain point in 1995, I was driving in.\"",
		"direct|At a certain point in 1995, I was driving in.|He|-")
}

// TestFrontedSpeaker checks speakers after a fronted phrase of time or
// place with no comma ("On Tuesday Sir Alan said"), shares ("Forty-three
// per cent thought", "three out of four girls said"), people somewhere
// ("Retailers across the UK"), "about" before a number, and "compared to"
// as a measure.
func TestFrontedSpeaker(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"On Tuesday Sir Alan said the application was processed in 52 days.",
			"indirect|the application was processed in 52 days|Sir Alan|said"},
		{"In Tanzania Mr Brown said the UK would make similar offers.",
			"indirect|the UK would make similar offers|Mr Brown|said"},
		{"Forty-three per cent thought Mr Blunkett had done a good job.",
			"indirect|Mr Blunkett had done a good job|Forty-three per cent|thought"},
		{"Nearly three out of four girls said they used make-up.", "indirect|they used make-up|three out of four girls|said"},
		{"One in four said he should be back.", "indirect|he should be back|One in four|said"},
		{"Retailers across the UK reported strong sales.", "indirect|strong sales|Retailers across the UK|reported"},
		{"The spokeswoman said about 8,500 vehicles had arrived.", "indirect|about 8,500 vehicles had arrived|The spokeswoman|said"},
	})
	wantNoQuote(t, "Some 42% backed his legal action compared to 45% who thought it was unbecoming.",
		func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "compared" })
}

// TestSubjectBeforeQuote checks that a name between a speech verb and a
// quote is the subject of what was said, the quote part of a mixed
// clause ("He added Alexander “was not an easy movie”"), while an
// addressee after "told" leaves the quote direct.
func TestSubjectBeforeQuote(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{`He said Alexander "was not an easy movie".`, `mixed|Alexander "was not an easy movie"|He|said`},
		{`She told reporters "We will win."`, "direct|We will win.|She|told"},
	})
}

// TestAdjunctLead checks that an adjunct before an attribution is content
// only when the attribution is parenthetical: "In his state, Christie
// said, …" reports both parts as one claim the attribution interrupts,
// "In a letter, Barroso told the president, Josep Borrell, that …" only
// the clause after "that".
func TestAdjunctLead(t *testing.T) {
	const letter = "In a letter, EC President José Manuel Barroso told the President of the European Parliament, Josep Borrell, that the Commission would act."
	wantQuoteLines(t, []lineCase{
		{letter, "indirect|the Commission would act|EC President José Manuel Barroso|told"},
		{"In his state, Christie said, nonviolent first-time drug offenders are sent to mandatory drug treatment.",
			"indirect|In his state, Christie said, nonviolent first-time drug offenders are sent to mandatory drug treatment|Christie|said"},
	})
	wantNoQuote(t, letter, func(q chronicle.Quote) bool { return strings.Contains(q.Text, "letter") })
}

// TestNameBeforePlace checks that a name before "in" or "from" and a
// place is the speaker, not the place, and so a common noun before a
// definite noun phrase.
func TestNameBeforePlace(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"The BBC's David Willey in Rome says one reason for that result is the changeover to the euro.",
			"indirect|one reason for that result is the changeover to the euro|The BBC's David Willey in Rome|says"},
		{"Authorities in Philadelphia said they found insufficient evidence.",
			"indirect|they found insufficient evidence|Authorities in Philadelphia|said"},
		{"Matthew Herren from EduVision told the BBC that the slates connect via a wireless link.",
			"indirect|the slates connect via a wireless link|Matthew Herren from EduVision|told"},
		// and so does a common noun before a definite one
		{"The judge in the case, which lasted seven days, said a heavy penalty was called for.",
			"indirect|a heavy penalty was called for|The judge in the case|said"},
		{"Respondents in the Sunday Times poll thought the party would win.",
			"indirect|the party would win|Respondents in the Sunday Times poll|thought"},
		// places in a row
		{"BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said 2,000 people had turned out.",
			"indirect|2,000 people had turned out|Simon Hall at Postbridge on Dartmoor in the West Country|said"},
	})
	// a day is no place
	wantNoQuote(t, "The two clubs met the Spanish FA on Monday and Astiazaran added that the game would be replayed.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && strings.Contains(q.Speaker.Text, "FA") })
	// not a possessive: "his allegation" is his
	wantNoQuote(t, "He faces an FA investigation into his allegation that Chelsea broke the rules.",
		func(q chronicle.Quote) bool {
			return q.Speaker != nil && strings.Contains(q.Speaker.Text, "investigation")
		})
}

// TestSemicolonInParenthesis checks that a semicolon inside a parenthesis
// does not end a content.
func TestSemicolonInParenthesis(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"WMC said it made net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004, up from A$246bn the year before.",
			"indirect|it made net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004, up from A$246bn the year before|WMC|said"},
	})
}

// TestUnclosedRelative checks that a cue after a subject relative clause
// that no comma closes is said by the clause's antecedent, not by the
// clause's object, and that an appositive relative after a comma, a
// relative verb taking a clause and a second verb leave it alone.
func TestUnclosedRelative(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate on new projects.",
			"indirect|she wanted to concentrate on new projects|The 28-year-old host|said"},
		{"Mr Galloway, who on Thursday won £150,000 in libel damages from the Daily Telegraph said he would give the money to charity.",
			"indirect|he would give the money to charity|Mr Galloway|said"},
		{"The five unions which met Mr Prescott want the government to withdraw these regulations.",
			"indirect|the government to withdraw these regulations|The five unions|want"},
		{"It plans to add more paid services, such as Skype In, a service which would allow users to receive phone calls from landlines.",
			"indirect|to add more paid services, such as Skype In, a service which would allow users to receive phone calls from landlines|It|plans"},
	})
	wantNoQuote(t, "The art world is rich in creative people and ideas which means traditional companies like BT want to get in with them.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && strings.Contains(q.Speaker.Text, "ideas") })
}

// TestPresentParticipleSubject checks that a speaker's head keeps a
// present participle and its object ("A lawyer representing Mr Doherty
// said"), and that a participle after a comma leaves a relative clause
// for the main clause's subject.
func TestPresentParticipleSubject(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"A lawyer representing Mr Doherty and Mr Wass said the pair strenuously denied the charges.",
			"indirect|the pair strenuously denied the charges|A lawyer representing Mr Doherty and Mr Wass|said"},
		{"The five unions meeting Mr Prescott want the government to withdraw these regulations.",
			"indirect|the government to withdraw these regulations|The five unions meeting Mr Prescott|want"},
		{"Ms Hewitt also announced a new drive to help women who want to work in male dominated sectors, saying sexism at work was still preventing women reaching their full potential.",
			"indirect|sexism at work was still preventing women reaching their full potential|Ms Hewitt|saying"},
	})
	// The unions are no Mr Prescott.
	wantNoQuote(t, "The five unions meeting Mr Prescott want the government to withdraw these regulations.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && q.Speaker.Entity != "" })
}

// TestNounReadAsCue checks that a cue word followed by a finite verb is a
// noun the tagger read as a verb ("voice calls has shrunk"), unless the
// verb fills a relative clause's gap ("a probe the agency said was
// ongoing").
func TestNounReadAsCue(t *testing.T) {
	wantNoQuotes(t,
		"There are now more than 300 firms and the percentage of people using BT lines for voice calls has shrunk to 55.4%.",
		"The other films nominated are wine comedy Sideways, factual drama Finding Neverland, and Ray Charles biopic Ray.")
	wantQuoteLines(t, []lineCase{
		{"Officials opened a probe the law enforcement agency said was ongoing as of earlier this month.",
			"indirect|a probe the law enforcement agency said was ongoing as of earlier this month|the law enforcement agency|said"},
	})
}

// TestSpeakerRelativeAfter checks that a relative clause after a
// postposed speaker is the speaker's own attribution, not more content.
func TestSpeakerRelativeAfter(t *testing.T) {
	const text = "The musical will open in November, said Mr Richards, who added that no other casting had been announced yet."
	wantQuoteLines(t, []lineCase{
		{text, "indirect|The musical will open in November|Mr Richards|said"},
		{text, "indirect|no other casting had been announced yet|who|added"},
	})
	wantNoQuote(t, text, func(q chronicle.Quote) bool { return strings.HasPrefix(q.Text, "who") })
}

// TestOpenAppositive checks that an "of" or "from" appositive after a
// name that no comma closes leaves the name the speaker.
func TestOpenAppositive(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Dr Erel Avineri, of the Centre for Transport and Society at the University of the West of England in Bristol said the design was poor.",
			"indirect|the design was poor|Dr Erel Avineri|said"},
		{"Mark Serwotka, from the Public and Commercial Services union said there should be a one day strike.",
			"indirect|there should be a one day strike|Mark Serwotka|said"},
	})
}

// TestInvertedOpinion checks an opinion cue in the present inverted
// before a name that ends the sentence ("…, thinks Mr Dean.").
func TestInvertedOpinion(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"It could make games production slightly more expensive, thinks Dr Tuffy.",
			"indirect|It could make games production slightly more expensive|Dr Tuffy|thinks"},
	})
	wantNoQuote(t, "It could make games production slightly more expensive, thinks Dr Tuffy.",
		func(q chronicle.Quote) bool { return q.Text == "Dr Tuffy" })
}

// TestWhichNoPerson checks that "which" after a person named as the
// object of a preposition is not that person ("an email from Mr Van de
// Vijver which said" is the email's).
func TestWhichNoPerson(t *testing.T) {
	doc, err := runPipeline(context.Background(), "Despite receiving an email from Mr Van de Vijver which said the firm had fooled the market, she did nothing.")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Text == "which" && q.Speaker.Entity != "" {
			t.Errorf("speaker %q resolved to %s; want no entity", q.Speaker.Text, q.Speaker.Entity)
		}
	}
	if len(doc.Quotes) == 0 {
		t.Errorf("no quote in %q", doc.Text)
	}
}

// TestDefiniteAppositiveName checks that a name with "the" set off after
// a description is the speaker ("Manufacturers' organisation, the EEF,
// said"), but not one that names the object of a preposition inside it.
func TestDefiniteAppositiveName(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Manufacturers' organisation, the EEF, said it expected the hold in interest rates to continue.",
			"indirect|it expected the hold in interest rates to continue|the EEF|said"},
	})
	wantNoQuote(t, "Hans Reckers, a board member of Germany's central bank, the Bundesbank, said cash trading should remain in Frankfurt.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && q.Speaker.Text == "the Bundesbank" })
}

// TestExpectedList checks that "expected to" reports its whole subject
// when a list precedes it, and a floating quantifier before it.
func TestExpectedList(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"Sony, Microsoft and Nintendo are all expected to release new machines in the next 18 months.",
			"indirect|Sony, Microsoft and Nintendo are all expected to release new machines in the next 18 months|-|are all expected"},
		{"Growth, inflation, the balance of payments and foreign exchange reserves are expected to show the effects.",
			"indirect|Growth, inflation, the balance of payments and foreign exchange reserves are expected to show the effects|-|are expected"},
	})
}

// TestCoordinatedCue checks that a cue after "and" sharing its subject
// with a verb whose object comes before ends that verb's content: "He
// thanked Eastwood and described the film as …" reports two things.
func TestCoordinatedCue(t *testing.T) {
	police := "Police investigating the murder dismissed its influence and said Manhunt was not part of the case."
	wantQuoteLines(t, []lineCase{
		{"Rubio thanked Miami and said it was great to be home.", "indirect|Miami|Rubio|thanked"},
		{"Rubio thanked Miami and said it was great to be home.", "indirect|it was great to be home|Rubio|said"},
		{police, "indirect|its influence|Police investigating the murder|dismissed"},
		{police, "indirect|Manhunt was not part of the case|Police investigating the murder|said"},
		// participles alike
		{"Rubio defended his absences, pointing to his record in the Florida Legislature and saying that productive senators are overrated.",
			"indirect|his record in the Florida Legislature|Rubio|pointing to"},
	})
}

// TestPostposedNounPhrase checks a postposed attribution whose verb the
// tagger reads as a plural noun after a noun phrase set off by a comma
// ("…, a survey of 1,300 bosses suggests."), and that a plural or a list
// before such a word leaves it a noun.
func TestPostposedNounPhrase(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{"More than 90% of large companies are highly optimistic about their prospects, a survey of 1,300 bosses suggests.",
			"indirect|More than 90% of large companies are highly optimistic about their prospects|a survey of 1,300 bosses|suggests"},
		{"Eight out of 10 voters do not trust politicians to tell the truth, a new poll suggests.",
			"indirect|Eight out of 10 voters do not trust politicians to tell the truth|a new poll|suggests"},
	})
	for _, text := range []string{
		"The book has spawned its own industry of publications, including guides, rebuttals and counter claims.",
		"Both men have fallen short of offering simple, straightforward denials of the central claims.",
	} {
		wantNoQuote(t, text, func(q chronicle.Quote) bool { return q.Cue != nil && q.Cue.Text == "claims" })
	}
}

// TestDegreeWord checks that "more" or "less" grading a predicate
// adjective after a form of "be" is no speaker ("I could not be more
// delighted by …" was more's), while "most" as a subject stays one.
func TestDegreeWord(t *testing.T) {
	wantQuoteLine(t, "Big manufacturers were even more pessimistic about the first quarter of 2005.",
		"indirect|the first quarter of 2005|Big manufacturers|pessimistic about")
	wantNoQuote(t, "As a euro-enthusiast I could not be more delighted by his behaviour.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && q.Speaker.Text == "more" })
	// (whether "considered" is a cue here is the cue model's call; if it
	// is, "most" is its subject)
	wantNoQuote(t, "While most considered file-sharing as illegal, many disagreed with the lawsuits.",
		func(q chronicle.Quote) bool {
			return q.Cue != nil && q.Cue.Text == "considered" && (q.Speaker == nil || q.Speaker.Text != "most")
		})
	// nor the object of a verb coordinated with an infinitive's
	wantNoQuote(t, "For example if one group cracked the software first its rivals would respect that achievement and not seek to claim it themselves.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && q.Speaker.Text == "achievement" })
	// nor the noun of a fronted adverbial ("In fact, …")
	wantNoQuote(t, "In fact, the only time Clinton came up was when Megyn Kelly speculated about the cost of her wardrobe, referred to Clinton's supposed divisiveness and considered whether the endorsement would create a conflict of interest.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && q.Speaker.Text == "fact" })
	// a superlative grading a participle is no speaker either
	wantNoQuote(t, "Fiat owns a 56% stake in Ferrari -best known for its dominant Formula One motor racing team - having first bought into the business in 1969.",
		func(q chronicle.Quote) bool { return q.Speaker != nil && q.Speaker.Text == "best" })
}

// TestOpenedClauseEnd checks that a clause opened inside a content keeps
// its first finite verb: the end model may not end "refused to accept
// that the Melbourne surface" before "may".
func TestOpenedClauseEnd(t *testing.T) {
	wantQuoteLine(t, "But he refused to accept that the Melbourne surface may have had a bearing on Hewitt's performances over the years.",
		"indirect|to accept that the Melbourne surface may have had a bearing on Hewitt's performances over the years|he|refused")
}

// TestQuoteAfterNamedReport checks that a quote after a sentence in which
// someone else is reported speaking is theirs, not a continuation of the
// quote before it; a sentence whose first cue has a pronoun for subject
// ("He said many firms readily admit …") leaves the continuation alone.
func TestQuoteAfterNamedReport(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{`Amnesty International's Jan Shaw said: "That is bleakly ironic." But the chairman of Migration Watch UK, Sir Andrew Green, said the decision was a "step in the wrong direction". "The basic point is that the government has a duty to control our borders."`,
			"direct|The basic point is that the government has a duty to control our borders.|the chairman of Migration Watch UK|-"},
		{`"Not one of these systems has ever prevented piracy," Mr Doctorow said. He said many firms readily admit that their systems are little protection. "The studios perceive an opportunity to sell you your media again."`,
			"direct|The studios perceive an opportunity to sell you your media again.|Mr Doctorow|said"},
	})
}

// TestParticipleOpener checks that a sentence opening with a participle
// phrase has its main subject after the phrase's comma (or after a state
// following its city's comma): the speaker of a cue coordinated after
// "and", or of a participle after a comma, is that subject.
func TestParticipleOpener(t *testing.T) {
	wantQuoteLine(t, `Shivering in a floor-length Armani dress, the Australian-born actress stopped to sign autographs and joked: "It's tight but I love it."`,
		"direct|It's tight but I love it.|the Australian-born actress|joked")
	// a state after its city's comma belongs to the phrase
	wantQuoteLine(t, "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
		"mixed|him “a total stiff.”|Trump|calling")
	wantQuoteLine(t, "Speaking in Paris, President Macron, who was visiting, said the deal was dead.",
		"indirect|the deal was dead|President Macron|said")
}

// TestInvertedNounTaggedCue checks an inverted cue after a quote that the
// tagger reads as a noun ("points out"): the quote is a direct quote with
// its speaker, not a scare quote without attribution, which the stage
// drops.
func TestInvertedNounTaggedCue(t *testing.T) {
	wantQuoteLine(t, `"Well, it's a lot easier being the double Olympic champion than training," points out former Olympian Steve Cram.`,
		"direct|Well, it's a lot easier being the double Olympic champion than training,|former Olympian Steve Cram|points out")
}

// TestPastTenseAfterAdjective checks that a verb in the past tense after a
// word tagged as an adjective and before a noun is a cue, not a word inside
// a noun phrase ("the best supporting actor award"): "The 34-year-old told
// Norwich's website", "The premier insisted Mr Brown will …".
func TestPastTenseAfterAdjective(t *testing.T) {
	wantQuoteLines(t, []lineCase{
		{`"It was a very easy decision to make," the 34-year-old told Norwich's website.`,
			"direct|It was a very easy decision to make,|the 34-year-old|told"},
		{"Tony Blair spoke on Monday. The premier insisted Mr Brown will have a key role in the campaign.",
			"indirect|Mr Brown will have a key role in the campaign|The premier|insisted"},
	})
}
