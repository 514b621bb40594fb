package chronicle

import "time"

// Format says how an Article's Body is encoded.
type Format string

// The formats an Article can have.
const (
	FormatText Format = "text" // plain text or Markdown, UTF-8
	FormatHTML Format = "html" // an HTML page, any charset declared in it
)

// An Article is one input as it arrived: the bytes, their format, where they
// came from and what the source (a feed item, a JSON Lines record, the user)
// already said about them. Preparers turn Articles into Documents.
type Article struct {
	Source  string    // what names the input in messages: a path, a URL, "-" or "path:line"
	URL     string    // canonical URL if known
	Format  Format    // how Body is encoded
	Body    []byte    // the content (decompressed; HTML decoded to UTF-8 by ingest when its charset was declared)
	Meta    Meta      // hints from the source; Published.Source says who gave the date
	Fetched time.Time // when it was read or fetched; zero if unknown
}
