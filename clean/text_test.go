package clean_test

import (
	"html"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"chronicle"
)

const (
	para = "The minister said the talks would resume next week in Geneva."
	p1   = para
	p2   = "Officials in Hanoi welcomed the decision on Friday."
	p3   = "Trade between the two countries rose by a fifth last year."
)

func TestCleanRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // zones as "kind: text"
	}{
		{"debris image markup", "![]() |\n\n" + p1,
			[]string{"body: " + p1}},
		{"markdown image with alt and url", "![A photo](https://x.test/a.jpg)\n\n" + p1 + "\n" + p2 + " Again.",
			[]string{"body: " + p1 + "\n" + p2 + " Again."}},
		{"lone pipe and punctuation lines", p1 + "\n|\n* * *\n---\n…\n" + p2,
			[]string{"body: " + p1 + "\n" + p2}},
		{"trailing pipe", p1 + " |\n" + p2,
			[]string{"body: " + p1 + "\n" + p2}},
		{"boilerplate", "Read more\n" + p1 + "\nShare this article\nClick here to subscribe to our newsletter.\nSign up for our daily briefing\nAdvertisement\n" + p2,
			[]string{"body: " + p1 + "\n" + p2}},
		{"sentences that start like boilerplate stay", "Read more carefully, the report warns of delays.\nClicking here to vote was not possible, officials said.\nShare prices fell 3% on Monday.",
			[]string{"body: Read more carefully, the report warns of delays.\nClicking here to vote was not possible, officials said.\nShare prices fell 3% on Monday."}},
		{"repeated paragraph dropped", p1 + "\n" + p2 + "\n" + p2 + "\n" + p3,
			[]string{"body: " + p1, "caption: " + p2, "body: " + p3}},
		{"paragraph breaks kept", p1 + "\n\n\n" + p2,
			[]string{"body: " + p1 + "\n\n" + p2}},
		{"duplicated caption kept once", p1 + "\nThe two ministers shake hands in Kuala Lumpur on Thursday.\nThe two ministers shake hands in Kuala Lumpur on Thursday.\n" + p2,
			[]string{"body: " + p1, "caption: The two ministers shake hands in Kuala Lumpur on Thursday.", "body: " + p2}},
		{"caption with credit", p1 + "\nThe two ministers in Kuala Lumpur. Photo: Reuters\n" + p2,
			[]string{"body: " + p1, "caption: The two ministers in Kuala Lumpur.", "credit: Photo: Reuters", "body: " + p2}},
		{"caption with bracketed credit", p1 + "\nThe two ministers in Kuala Lumpur (Photo: Reuters)\n" + p2,
			[]string{"body: " + p1, "caption: The two ministers in Kuala Lumpur", "credit: (Photo: Reuters)", "body: " + p2}},
		{"caption with agency credit", p1 + "\nProtesters gather outside parliament. AFP/Getty Images\n" + p2,
			[]string{"body: " + p1, "caption: Protesters gather outside parliament.", "credit: AFP/Getty Images", "body: " + p2}},
		{"caption with photo credit label", p1 + "\nThe port of Haiphong at dawn. Photo credit: Jane Doe\n" + p2,
			[]string{"body: " + p1, "caption: The port of Haiphong at dawn.", "credit: Photo credit: Jane Doe", "body: " + p2}},
		{"caption after image marker", p1 + "\n![]() |\nA worker at the plant in Ohio\n" + p2,
			[]string{"body: " + p1, "caption: A worker at the plant in Ohio", "body: " + p2}},
		{"credit line after caption", p1 + "\n![](a.jpg)\nA worker at the plant in Ohio\nPhoto: AP\n" + p2,
			[]string{"body: " + p1, "caption: A worker at the plant in Ohio", "credit: Photo: AP", "body: " + p2}},
		{"no caption from a word like picture", p1 + "\nPlayoff picture: Raiders in pursuit\n" + p2,
			[]string{"body: " + p1 + "\nPlayoff picture: Raiders in pursuit\n" + p2}},
		{"byline with wire at the end", p1 + "\n" + p2 + "\nPham Giang (According to AFP)",
			[]string{"body: " + p1 + "\n" + p2, "byline: Pham Giang (According to AFP)"}},
		{"byline at the start", "By Jane Doe, Reuters\n" + p1 + "\n" + p2,
			[]string{"byline: By Jane Doe, Reuters", "body: " + p1 + "\n" + p2}},
		{"reporting credits", p1 + "\n" + p2 + "\n(Reporting by Jane Doe in Beijing; Editing by John Smith)",
			[]string{"body: " + p1 + "\n" + p2, "byline: (Reporting by Jane Doe in Beijing; Editing by John Smith)"}},
		{"wire sign-off", p1 + "\n" + p2 + "\n— AP",
			[]string{"body: " + p1 + "\n" + p2, "byline: — AP"}},
		{"last sentence is not a byline", p1 + "\n" + p2 + "\nHe said (AFP) it was over.",
			[]string{"body: " + p1 + "\n" + p2 + "\nHe said (AFP) it was over."}},
		{"title", "Ad sales boost Time Warner profit\n\n" + p1 + "\n\n" + p2,
			[]string{"title: Ad sales boost Time Warner profit", "body: " + p1 + "\n\n" + p2}},
		{"markdown heading title and byline", "# Talks resume in Geneva\n\nBy Jane Doe\n\n## What changed\n\n" + p1 + "\n#hashtag " + p2,
			[]string{"title: Talks resume in Geneva", "byline: By Jane Doe", "body: What changed\n\n" + p1 + "\n#hashtag " + p2}},
		{"no title when the first line is a sentence", p1 + "\n" + p2,
			[]string{"body: " + p1 + "\n" + p2}},
		{"no title when nothing follows", "Ad sales boost Time Warner profit",
			[]string{"body: Ad sales boost Time Warner profit"}},
		{"dateline stays in the text", "KUALA LUMPUR (Reuters) - " + p1 + "\n" + p2,
			[]string{"body: KUALA LUMPUR (Reuters) - " + p1 + "\n" + p2}},
		{"CRLF and spaces", "  " + p1 + "  \r\n\r\n\t" + p2 + "\r\n",
			[]string{"body: " + p1 + "\n\n" + p2}},
	}
	for _, tt := range tests {
		doc := prepare(t, chronicle.FormatText, tt.in)
		if got := zoneTexts(doc); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Prepare(%q) zones =\n%q\nwant\n%q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestCleanMeta(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		authors  []string
		wire     []string
		captions []chronicle.Caption
		title    string
	}{
		{"according to", p1 + "\n" + p2 + "\nPham Giang (According to AFP)",
			[]string{"Pham Giang"}, []string{"AFP"}, nil, ""},
		{"by with wire", "By Jane Doe, Reuters\n" + p1 + "\n" + p2,
			[]string{"Jane Doe"}, []string{"Reuters"}, nil, ""},
		{"two authors", "By John Smith and Ann Lee\n" + p1 + "\n" + p2,
			[]string{"John Smith", "Ann Lee"}, nil, nil, ""},
		{"role left out", "By Jane Doe, Political Correspondent\n" + p1 + "\n" + p2,
			[]string{"Jane Doe"}, nil, nil, ""},
		{"reporting by", p1 + "\n" + p2 + "\n(Reporting by Jane Doe in Beijing and Li Wei; Editing by John Smith)",
			[]string{"Jane Doe", "Li Wei"}, nil, nil, ""},
		{"wire sign-off", p1 + "\n" + p2 + "\n- AP", nil, []string{"AP"}, nil, ""},
		{"wire spelled out", p1 + "\n" + p2 + "\nSource: Xinhua News Agency", nil, []string{"Xinhua"}, nil, ""},
		{"dateline", "KUALA LUMPUR (Reuters) - " + p1 + "\n" + p2, nil, []string{"Reuters"}, nil, ""},
		{"dateline with date", "WASHINGTON, July 10 (AP) — " + p1 + "\n" + p2, nil, []string{"AP"}, nil, ""},
		{"dateline and byline agree", "BEIJING (AFP) - " + p1 + "\n" + p2 + "\nPham Giang (According to AFP)",
			[]string{"Pham Giang"}, []string{"AFP"}, nil, ""},
		{"caption credits", p1 + "\nMinisters meet in Hanoi. Photo: VNA\n" + p2 + "\nA tanker at sea (Photo: Reuters)\n" + p3,
			nil, nil, []chronicle.Caption{{Text: "Ministers meet in Hanoi.", Credit: "VNA"}, {Text: "A tanker at sea", Credit: "Reuters"}}, ""},
		{"caption without credit", p1 + "\n![]() |\nA tanker at sea\n" + p2,
			nil, nil, []chronicle.Caption{{Text: "A tanker at sea"}}, ""},
		{"title", "Ad sales boost Time Warner profit\n\n" + p1, nil, nil, nil, "Ad sales boost Time Warner profit"},
	}
	for _, tt := range tests {
		m := prepare(t, chronicle.FormatText, tt.in).Meta
		if !sameStrings(m.Authors, tt.authors) || !sameStrings(m.Wire, tt.wire) {
			t.Errorf("%s: Prepare(%q) authors %q wire %q; want %q %q", tt.name, tt.in, m.Authors, m.Wire, tt.authors, tt.wire)
		}
		if len(m.Captions) != len(tt.captions) || len(tt.captions) > 0 && !reflect.DeepEqual(m.Captions, tt.captions) {
			t.Errorf("%s: Prepare(%q) captions %+v; want %+v", tt.name, tt.in, m.Captions, tt.captions)
		}
		if m.Title != tt.title {
			t.Errorf("%s: Prepare(%q) title %q; want %q", tt.name, tt.in, m.Title, tt.title)
		}
	}
}

func sameStrings(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

func TestLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The minister said on Thursday that the talks between the two countries would resume next week in Geneva.", "en"},
		{"Le ministre a déclaré jeudi que les négociations entre les deux pays reprendraient la semaine prochaine à Genève.", "fr"},
		{"Der Minister sagte am Donnerstag, dass die Gespräche zwischen den beiden Ländern nächste Woche in Genf fortgesetzt würden.", "de"},
		{"Bộ trưởng cho biết hôm thứ Năm rằng các cuộc đàm phán giữa hai nước sẽ được nối lại vào tuần tới tại Geneva.", "vi"},
	}
	for _, tt := range tests {
		if got := prepare(t, chronicle.FormatText, tt.in).Meta.Language; got != tt.want {
			t.Errorf("Prepare(%q).Meta.Language = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestBBCTitles checks that the headline on line 1 of BBC News articles
// becomes the title zone (with its character references decoded).
func TestBBCTitles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "data", "corpus", "bbc-news", "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("BBC News corpus not found in the shared data")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := prepare(t, chronicle.FormatText, string(src))
		head, _, _ := strings.Cut(string(src), "\n")
		head = html.UnescapeString(strings.TrimSpace(head))
		if doc.Meta.Title != head || doc.Zones[0].Kind != chronicle.ZoneTitle {
			t.Errorf("Prepare(%s) title %q, first zone %s; want title %q", f, doc.Meta.Title, doc.Zones[0].Kind, head)
		}
	}
}

// sharedDir returns ../shared next to the repository root, or skips t.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data not found at %s", shared)
	}
	return shared
}

func TestWindows1252Text(t *testing.T) {
	in := "Caf\xe9 prices rose by 3%.\r\nThe \x93new\x94 rules start in May \x96 officials said."
	doc := prepare(t, chronicle.FormatText, in)
	want := "Café prices rose by 3%.\nThe “new” rules start in May – officials said."
	if doc.Text != want {
		t.Errorf("Prepare(%q).Text = %q; want %q", in, doc.Text, want)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Code != "invalid-utf8" {
		t.Errorf("Prepare(%q).Warnings = %+v; want one invalid-utf8", in, doc.Warnings)
	}
	if got := doc.SourceOffset(strings.Index(doc.Text, "prices")); got != strings.Index(in, "prices") {
		t.Errorf("SourceOffset(prices) = %d; want %d", got, strings.Index(in, "prices"))
	}
}

func TestCharRefsText(t *testing.T) {
	tests := []struct {
		in, want string
		warn     bool
	}{
		{"Pel&#233; scored reams of goals.", "Pelé scored reams of goals.", true},
		{"An internet caf&#xE9; &amp; a library.", "An internet café & a library.", true},
		{"Prices fell &pound;5 to &lt;&nbsp;&pound;20.", "Prices fell £5 to <\u00a0£20.", true},
		// Not references: no semicolon, unknown names, invalid code points.
		{"AT&T and R&D; Q&A at &#0; or &#xD800; or &#99999999; or &bogus; or &amp", "AT&T and R&D; Q&A at &#0; or &#xD800; or &#99999999; or &bogus; or &amp", false},
	}
	for _, tt := range tests {
		doc := prepare(t, chronicle.FormatText, tt.in)
		if doc.Text != tt.want {
			t.Errorf("Prepare(%q).Text = %q; want %q", tt.in, doc.Text, tt.want)
		}
		warned := len(doc.Warnings) == 1 && doc.Warnings[0].Code == "char-refs"
		if warned != tt.warn || len(doc.Warnings) > 1 {
			t.Errorf("Prepare(%q).Warnings = %+v; want a char-refs warning: %v", tt.in, doc.Warnings, tt.warn)
		}
		checkDoc(t, doc, []byte(tt.in))
	}
	// Both decodings at once: the map back to the input skips what was decoded.
	in := "Caf\xe9 and caf&#233; prices rose."
	doc := prepare(t, chronicle.FormatText, in)
	if want := "Café and café prices rose."; doc.Text != want {
		t.Errorf("Prepare(%q).Text = %q; want %q", in, doc.Text, want)
	}
	if got := doc.SourceOffset(strings.Index(doc.Text, "prices")); got != strings.Index(in, "prices") {
		t.Errorf("SourceOffset(prices) = %d; want %d", got, strings.Index(in, "prices"))
	}
	checkDoc(t, doc, []byte(in))
}
