package ingest

import "testing"

func TestSniff(t *testing.T) {
	tests := []struct {
		data, name, ctype string
		want              Kind
	}{
		{"Hello, world.\n", "a.txt", "", KindText},
		{"# Title\n\nSome *Markdown*.", "a.md", "", KindText},
		{"\xef\xbb\xbfUS, China agree\r\n", "", "", KindText},
		{"", "", "", KindText},
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", "", "", KindHTML},
		{"\n\n  <html lang=en><p>x", "", "", KindHTML},
		{"<p>A paragraph</p>", "", "", KindHTML},
		{`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`, "", "", KindHTML},
		{"Text before a <b>tag</b>", "page.html", "", KindHTML},
		{"Text before a <b>tag</b>", "", "text/html; charset=utf-8", KindHTML},
		{"<Reuters> said", "", "", KindText},
		{`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>`, "", "", KindRSS},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"></rdf:RDF>`, "", "", KindRSS},
		{`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>`, "", "", KindAtom},
		{"\xef\xbb\xbf<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "x.html", "text/html", KindAtom},
		{`{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": []}`, "", "", KindJSONFeed},
		{"{\n  \"version\": \"https://jsonfeed.org/version/1\",\n  \"items\": []\n}", "feed.json", "", KindJSONFeed},
		{`{"url": "https://x.test/a", "text": "a"}` + "\n" + `{"text": "b"}` + "\n", "", "", KindJSONL},
		{`{"text": "only one"}`, "x.jsonl", "", KindJSONL},
		{"{\n  \"not\": \"a feed\"\n}", "", "", KindUnknown},
		{`[1, 2, 3]`, "", "", KindUnknown},
		{"{braces} in text", "", "", KindText},
		{"{broken json", "x.json", "", KindUnknown},
		{`<?xml version="1.0"?><catalog/>`, "", "", KindUnknown},
		{`<catalog/>`, "x.xml", "", KindUnknown},
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt", "", KindBinary},
		{"text\x00with NUL", "", "", KindBinary},
		{"not valid \xff UTF-8", "", "", KindText}, // page() then refuses it
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.data), tt.name, tt.ctype); got != tt.want {
			t.Errorf("Sniff(%q, %q, %q) = %v; want %v", tt.data, tt.name, tt.ctype, got, tt.want)
		}
	}
}

func BenchmarkSniff(b *testing.B) {
	data := []byte("<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Some text.</p></body></html>")
	b.ReportAllocs()
	for b.Loop() {
		Sniff(data, "", "text/html")
	}
}
