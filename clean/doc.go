// Package clean prepares Articles for analysis: it turns an HTML page or a
// scraped plain-text/Markdown article into a Document with one cleaned,
// immutable Text, its Zones (title, body, caption, byline, credit), its Meta
// (title, authors, wire agencies, photo captions with credits, language,
// publication date with its source) and an ID (a hash of the Text).
//
// HTML goes through go-trafilatura (with its Readability and DOM Distiller
// fallbacks, and readeck's Readability when that finds nothing); the
// publication date comes from JSON-LD, then <meta> tags, then the URL path.
// The extracted text, one paragraph per line, then gets the same line
// cleaning as plain text.
//
// Plain text should be UTF-8; bytes that are not are read as Windows-1252
// (with a warning), unless the input looks binary (ErrNotUTF8). HTML
// character references a scraper left in it ("Pel&#233;", "&amp;") are read
// as the characters they stand for (with a warning). It loses a leading
// byte-order mark and its CRs before LFs, then is cleaned line by line:
//   - debris goes: Markdown heading markers (## ) and image markup (![]() |)
//     at the start of a line, table pipes at either
//     end of a line, lines without a letter or digit, and web furniture from
//     the embedded list data/boilerplate.tsv ("Read more", "Share this").
//   - a photo caption is a line that is repeated within two lines (the
//     repeat goes), ends in a photo credit ("Photo: AP", "(Photo: Reuters)",
//     "AFP/Getty Images") or follows an image marker. It becomes a caption
//     zone and one Meta.Captions entry. Its credit stays in the text but on
//     a line of its own, as a credit zone, so the caption sentence ends
//     before it; Caption.Credit is the credited name ("AP").
//   - bylines among the first and last three lines ("Pham Giang (According
//     to AFP)", "By Jane Doe, Reuters", "(Reporting by …; Editing by …)",
//     "— AP") become byline zones and fill Meta.Authors and Meta.Wire.
//     Agencies come from the embedded data/agencies.tsv.
//   - a dateline opening the first paragraph ("KUALA LUMPUR (Reuters) -")
//     stays in the text; its agency is added to Meta.Wire.
//   - the first line is the title when it looks like a headline (short, no
//     terminal period, more text after it); for HTML, when it is the page
//     title.
//
// Invariants: lines stay separated by "\n" and paragraph breaks (blank
// lines) by "\n\n"; zones are in order, do not overlap and cover every
// line; for text input every Segment maps Text[Start:End] to identical bytes
// of Article.Body at Source (decoded characters are in no segment). Metadata in Article.Meta wins over what
// Prepare finds, field by field. Raw skips all of this and keeps the input
// byte for byte.
package clean
