package main

import (
	"encoding/json"
	"strings"
	"testing"

	"chronicle"
)

// extractDoc runs `chronicle extract` with args and decodes the Document.
func extractDoc(t *testing.T, stdin string, args ...string) chronicle.Document {
	t.Helper()
	out, stderr, code := run(t, stdin, append([]string{"extract"}, args...)...)
	if code != 0 {
		t.Fatalf("extract %v: exit %d, stderr:\n%s", args, code, stderr)
	}
	var doc chronicle.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("extract %v: output is not a Document: %v", args, err)
	}
	if err := doc.Check(); err != nil {
		t.Errorf("extract %v: %v", args, err)
	}
	return doc
}

func warning(doc chronicle.Document, code string) string {
	for _, w := range doc.Warnings {
		if w.Code == code {
			return w.Message
		}
	}
	return ""
}

// TestSeedPublishedInferred: the seed states no year; without --published
// the pipeline infers its date from the caption's 11/7, the tense of its
// months and the roles of the people it names with titles, and resolves
// every relative date as it does with --published 2025-07-11.
func TestSeedPublishedInferred(t *testing.T) {
	doc := extractDoc(t, "", "../../testdata/seed.txt")
	p := doc.Meta.Published
	if p.Value != "2025-07-11" && p.Value != "2025-07-10" || p.Source != "inferred" {
		t.Fatalf("extract seed: meta.published = %+v; want 2025-07-11 or 2025-07-10 from inferred", p)
	}
	msg := warning(doc, "published-inferred")
	for _, part := range []string{`"11/7" (day/month`, `"early August" future`, "Marco Rubio (Secretary of State from 2025-01-21)"} {
		if !strings.Contains(msg, part) {
			t.Errorf("extract seed: published-inferred warning %q; want it to contain %q", msg, part)
		}
	}
	if m := warning(doc, "date-conflict"); !strings.Contains(m, `"Thursday" (2025-07-10)`) || !strings.Contains(m, `"11/7" (2025-07-11)`) {
		t.Errorf("extract seed: date-conflict warning %q; want Thursday 2025-07-10 against 11/7 2025-07-11", m)
	}
	for _, code := range []string{"published-unknown", "ambiguous-date"} {
		if m := warning(doc, code); m != "" {
			t.Errorf("extract seed: warning %s: %s; want none", code, m)
		}
	}
	want := map[string]string{
		"Thursday": "2025-07-10", "January": "2025-01", "11/7": "2025-07-11", "this year": "2025",
		"May": "2025-05", "This week": "2025-W28", "early August": "2025-08",
	}
	for _, x := range doc.Timexes {
		if v, ok := want[x.Text]; ok {
			if x.Value != v {
				t.Errorf("extract seed: timex %q = %s; want %s", x.Text, x.Value, v)
			}
			delete(want, x.Text)
		}
	}
	for text := range want {
		t.Errorf("extract seed: no timex %q", text)
	}
	// the same values as with the date given
	given := extractDoc(t, "", "--published", p.Value, "../../testdata/seed.txt")
	if len(given.Timexes) != len(doc.Timexes) {
		t.Fatalf("extract seed: %d timexes inferred, %d with --published %s", len(doc.Timexes), len(given.Timexes), p.Value)
	}
	for i, x := range doc.Timexes {
		if x != given.Timexes[i] {
			t.Errorf("extract seed: timex %+v inferred; %+v with --published %s", x, given.Timexes[i], p.Value)
		}
	}
}

// TestPublishedInference checks short texts: evidence that fixes a date,
// and evidence too weak to, which leaves it unknown.
func TestPublishedInference(t *testing.T) {
	jsonl := func(text, url string) string {
		b, err := json.Marshal(map[string]string{"text": text, "url": url})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	const rubioTokyo = "US Secretary of State Marco Rubio arrived in Tokyo on 3/5 for talks with Japanese officials."
	cases := []struct {
		name, stdin string
		want        string // "" = unknown
		why         string // part of the published-inferred or published-unknown message
	}{
		{
			name:  "no evidence",
			stdin: "The minister met his counterpart on 11/7. In May, the two sides reached a truce. Talks will take place in early August.\n",
			want:  "", why: "no person is named with a dated title",
		},
		{
			name:  "a US source reads 3/5 month/day",
			stdin: jsonl(rubioTokyo, "https://www.example.us/world/rubio-tokyo"),
			want:  "2025-03-05", why: `"3/5" (month/day by the source's locale) and the roles of Marco Rubio (Secretary of State from 2025-01-21)`,
		},
		{
			name:  "nothing decides 3/5 without the source",
			stdin: rubioTokyo + "\n",
			want:  "", why: "the evidence fits 2025-03-05 and 2025-05-03 equally",
		},
		{
			name:  "a role bounds the year",
			stdin: "Senator Marco Rubio spoke to reporters on Friday, July 11, after a vote on the defence bill.\n",
			want:  "2014-07-11", why: `"Friday, July 11" (a Friday in 2014) and the roles of Marco Rubio (Senator 2011-01-03 to 2025-01-20)`,
		},
	}
	for _, c := range cases {
		doc := extractDoc(t, c.stdin, "-")
		src := chronicle.DateSource("inferred")
		code := "published-inferred"
		if c.want == "" {
			src, code = chronicle.DateNone, "published-unknown"
		}
		if doc.Meta.Published.Value != c.want || doc.Meta.Published.Source != src {
			t.Errorf("%s: extract: meta.published = %+v; want %q from %s", c.name, doc.Meta.Published, c.want, src)
		}
		if msg := warning(doc, code); !strings.Contains(msg, c.why) {
			t.Errorf("%s: extract: %s warning %q; want it to contain %q", c.name, code, msg, c.why)
		}
	}
}
