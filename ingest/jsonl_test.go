package ingest

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"chronicle"
)

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	data := strings.Join([]string{
		`{"url": "https://news.test/a", "title": " US, China agree ", "published": "2025-07-11", "text": "Kuala Lumpur ...", "authors": ["Pham Giang", " "]}`,
		``,
		`{"title": "Page", "published": "2025-07-11T09:30:00+07:00", "html": "<p>x</p>", "text": "ignored", "authors": "AFP"}`,
		`{"text": "no date", "extra": {"ignored": true}}`,
		`{"text": "naive time", "published": "2025-07-11 09:30"}`,
	}, "\n")
	writeFiles(t, dir, map[string]string{"in.jsonl": data})
	p := filepath.Join(dir, "in.jsonl")
	got, err := collect(t, New(Options{}), p, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []*chronicle.Article{
		{Source: p + ":1", URL: "https://news.test/a", Format: chronicle.FormatText, Body: []byte("Kuala Lumpur ..."),
			Meta: chronicle.Meta{Title: "US, China agree", Authors: []string{"Pham Giang"}, URL: "https://news.test/a",
				Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}},
		{Source: p + ":3", Format: chronicle.FormatHTML, Body: []byte("<p>x</p>"),
			Meta: chronicle.Meta{Title: "Page", Authors: []string{"AFP"},
				Published: chronicle.Published{Value: "2025-07-11T09:30:00+07:00", Source: chronicle.DateUser}}},
		{Source: p + ":4", Format: chronicle.FormatText, Body: []byte("no date")},
		{Source: p + ":5", Format: chronicle.FormatText, Body: []byte("naive time"),
			Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11T09:30:00", Source: chronicle.DateUser}}},
	}
	if len(got) != len(want) {
		t.Fatalf("Each(in.jsonl) gave %d articles; want %d", len(got), len(want))
	}
	for i := range want {
		got[i].Fetched = want[i].Fetched
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("Each(in.jsonl) article %d = %+v; want %+v", i, got[i], want[i])
		}
	}
}

func TestJSONLErrors(t *testing.T) {
	tests := []struct {
		data string
		want error
		line string
	}{
		{`{"text": "ok"}` + "\n" + `{"text": "cut`, ErrFormat, ":2"},
		{`{"text": "ok"}` + "\n" + `{"title": "nothing to read"}`, ErrEmpty, ":2"},
		{`{"text": "x", "published": "11/07/2025"}`, ErrFormat, ":1"},
		{`{"text": "x", "authors": 3}`, ErrFormat, ":1"},
		{`{"text": "caf` + "\xe9" + `"}`, ErrNotUTF8, ":1"},
		{`{"url": "ftp://x.test/a"}`, ErrScheme, ":1"},
	}
	in := New(Options{})
	for _, tt := range tests {
		_, err := collect(t, in, "-", tt.data)
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "-"+tt.line) {
			t.Errorf("Each(- with %q) error = %v; want %v naming -%s", tt.data, err, tt.want, tt.line)
		}
	}
	_, err := collect(t, New(Options{MaxItems: 2}), "-", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n")
	if !errors.Is(err, ErrTooMany) {
		t.Errorf("Each(3 records, MaxItems 2) error = %v; want ErrTooMany", err)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-07-11", "2025-07-11"},
		{" 2025-07-11T09:30:00Z ", "2025-07-11T09:30:00Z"},
		{"2025-07-11T09:30:00.123+07:00", "2025-07-11T09:30:00+07:00"},
		{"2025-07-11T09:30+07:00", "2025-07-11T09:30:00+07:00"},
		{"2025-07-11T09:30:00", "2025-07-11T09:30:00"},
		{"2025-07-11 09:30:00", "2025-07-11T09:30:00"},
	}
	for _, tt := range tests {
		if got, err := normalizeDate(tt.in); got != tt.want || err != nil {
			t.Errorf("normalizeDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "July 11, 2025", "2025-13-01", "11/07/2025"} {
		if got, err := normalizeDate(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("normalizeDate(%q) = %q, %v; want ErrFormat", bad, got, err)
		}
	}
}
