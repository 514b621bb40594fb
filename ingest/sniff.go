package ingest

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/mmcdole/gofeed"
)

// A Kind is what an input turned out to be.
type Kind int

// The kinds Sniff tells apart.
const (
	KindUnknown  Kind = iota // not something Chronicle reads (e.g. JSON or XML of another shape)
	KindBinary               // contains NUL bytes
	KindText                 // plain text or Markdown
	KindHTML                 // an HTML page
	KindRSS                  // an RSS 0.9x/1.0/2.0 feed
	KindAtom                 // an Atom feed
	KindJSONFeed             // a JSON Feed (jsonfeed.org)
	KindJSONL                // JSON Lines: one JSON object per line
)

var kindNames = [...]string{"unknown", "binary", "text", "HTML", "RSS", "Atom", "JSON Feed", "JSON Lines"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "Kind(?)"
	}
	return kindNames[k]
}

// sniffLen is how much of the input the sniffer looks at, except where a
// JSON document must be checked whole.
const sniffLen = 8 << 10

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Sniff says what data is. The content decides; name (a file name or URL
// path, for its extension) and contentType (an HTTP Content-Type) only break
// ties: a page that does not start with a tag is HTML if it is named or
// served as HTML, and JSON or XML of an unknown shape is KindUnknown rather
// than text when it is named or served as such. Empty input is KindText.
func Sniff(data []byte, name, contentType string) Kind {
	head := data[:min(len(data), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return KindBinary
	}
	data = trimLead(data)
	head = trimLead(head)
	ext := strings.ToLower(path.Ext(name))
	mt, _, _ := mime.ParseMediaType(contentType)
	namedHTML := ext == ".html" || ext == ".htm" || mt == "text/html" || mt == "application/xhtml+xml"
	namedXML := ext == ".xml" || ext == ".rss" || ext == ".atom" || strings.HasSuffix(mt, "xml")
	namedJSON := ext == ".json" || ext == ".jsonl" || strings.HasSuffix(mt, "json") || strings.HasSuffix(mt, "jsonl")
	if len(head) == 0 {
		return KindText
	}
	switch head[0] {
	case '<':
		switch gofeed.DetectFeedType(bytes.NewReader(head)) {
		case gofeed.FeedTypeRSS:
			return KindRSS
		case gofeed.FeedTypeAtom:
			return KindAtom
		}
		if looksHTML(head) || namedHTML {
			return KindHTML
		}
		if namedXML || bytes.HasPrefix(head, []byte("<?xml")) {
			return KindUnknown
		}
	case '{':
		if isJSONFeed(data) {
			return KindJSONFeed
		}
		if line, _, _ := bytes.Cut(data, []byte("\n")); json.Valid(line) {
			return KindJSONL
		}
		if namedJSON || json.Valid(data) {
			return KindUnknown
		}
	case '[':
		if namedJSON || json.Valid(data) {
			return KindUnknown
		}
	}
	if namedHTML {
		return KindHTML
	}
	if namedJSON || namedXML {
		return KindUnknown
	}
	return KindText
}

// trimLead drops a UTF-8 byte order mark and leading white space.
func trimLead(b []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(b, utf8BOM), " \t\r\n\f")
}

// htmlMarks are tags that, anywhere near the start, make a document HTML.
var htmlMarks = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body")}

// looksHTML reports whether head, which starts with '<', is HTML.
func looksHTML(head []byte) bool {
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return true
	}
	lower := bytes.ToLower(head)
	for _, m := range htmlMarks {
		if bytes.Contains(lower, m) {
			return true
		}
	}
	return false
}

// isJSONFeed reports whether data is a JSON object whose version names
// jsonfeed.org.
func isJSONFeed(data []byte) bool {
	var v struct {
		Version string `json:"version"`
	}
	if json.Unmarshal(data, &v) != nil {
		return false
	}
	return strings.HasPrefix(v.Version, "https://jsonfeed.org/version/") ||
		strings.HasPrefix(v.Version, "http://jsonfeed.org/version/")
}
