// Package ingest is Chronicle's input side: it turns what a user names —
// "-" (stdin), a file, a directory, or an http(s) URL — into
// *chronicle.Article values, fetching politely and safely.
//
// # Inputs
//
// Each reads one argument. A directory is walked recursively in lexical
// order, reading files ending in .txt .md .html .htm .xml .rss .atom .json
// .jsonl and skipping hidden names (starting with '.'). Every file, stdin
// and every response body is sniffed by content (see Sniff), with the file
// extension or Content-Type only breaking ties:
//
//   - Plain text or Markdown gives one Article, FormatText. It must be
//     text without NUL bytes (ErrBinary); the Body is kept byte for byte,
//     BOM and CRLF included, even when it is not valid UTF-8 (a legacy
//     charset: the preparer decides; clean reads it as Windows-1252 with a
//     warning and --raw refuses it). A fetched text/plain response
//     declaring another charset is decoded to UTF-8.
//   - HTML gives one Article, FormatHTML, its Body decoded to UTF-8 (via
//     golang.org/x/net/html/charset: the Content-Type charset or a BOM
//     wins; otherwise valid UTF-8 is kept, and anything else is decoded from
//     the <meta> charset or windows-1252). After ingest an HTML Body is
//     UTF-8 whatever its <meta> says; cleaners must not re-decode it.
//   - An RSS, Atom or JSON Feed (parsed by github.com/mmcdole/gofeed) gives
//     one Article per item, named "SOURCE#N" (N from 1), with the item's
//     title, authors, link (Meta.URL) and published date — or, lacking one,
//     its updated date — as Meta.Published{Source: "feed"} in RFC 3339. The
//     item's own text is the longer of its content and description; if it
//     has at least 500 bytes of text it is the Body, otherwise the item's
//     http(s) link is fetched and the page is the Body (Source and URL then
//     the page's). If the fetch fails, or the link is not http(s) (a local
//     feed file), the item's own text is used; an item with neither is
//     skipped with a warning in the log. Feed text is FormatHTML when it
//     carries a tag or character reference, else FormatText.
//   - JSON Lines gives one Article per non-blank line, named "SOURCE:LINE",
//     from a record {"url", "title", "published", "text" | "html",
//     "authors"} (authors a list or one string; other fields ignored). The
//     Body is html if given, else text, else the page at url, fetched. A
//     record's published date counts as the user's (Meta.Published.Source
//     "user": whoever wrote the record vouches for it); it must be ISO 8601
//     and is normalised to "2006-01-02", RFC 3339, or "2006-01-02T15:04:05"
//     when it has no zone. A bad record stops the input with an error
//     naming its line.
//
// Fetched is the time the bytes were read (or the feed or page fetched).
// Meta.URL comes only from feeds and records; Article.URL is the final URL
// of a fetch, or the URL a feed item or record names.
//
// # Fetching
//
// Only http and https. Every request carries the User-Agent (default
// DefaultUserAgent) and asks for gzip, which is decoded here so that the
// cap applies to decoded bytes (a gzip bomb fails with ErrTooLarge). Before
// the first request to a host (scheme, name and port) its /robots.txt is
// fetched, cached for a day, and matched against the User-Agent's product
// token ("Chronicle"): 2xx is obeyed (an unparsable file allows all, with a
// warning); 4xx allows all; 5xx disallows all (ErrRobots); a failed fetch
// (timeout, refused address, over 512 KiB) fails every fetch from that host
// with its error for a minute, then robots.txt is tried again. Requests to one host are spaced HostInterval apart (robots.txt and
// redirects included). At most MaxRedirects (5) redirects are followed,
// each checked for scheme, robots.txt and interval like a first request.
//
// Unless AllowPrivate is set, the dialer refuses, after DNS resolution and
// for every address of every connection (so every redirect too), addresses
// that are loopback, private (RFC 1918, fc00::/7), link-local
// (169.254.0.0/16 including the cloud metadata address 169.254.169.254,
// fe80::/10), unspecified, multicast, CGNAT (100.64.0.0/10), reserved or
// documentation ranges, and IPv6 forms embedding such an IPv4 address
// (ErrPrivateAddress; see Blocked). No proxy is used, since a proxy would
// resolve names out of the dialer's sight. An Options.Transport replaces the
// guarded dialer and so this check.
//
// # Limits
//
// MaxBytes (default 10 MiB) caps every file, stdin and response body, both
// as received and decoded; a regular file over it is refused from its size
// without being read. Errors say "exceeds N bytes" and wrap ErrTooLarge.
// Timeout (default 20s) bounds each request, body included. MaxItems
// (default 10000) caps the feed items, JSON Lines records or directory files
// of one input: an input with more is refused whole (ErrTooMany) before any
// Article is delivered.
//
// # Errors and invariants
//
// Each returns the first error from its fn unchanged, or an *Error{Op,
// Input, Err} naming the failing input (for a directory, the file; for a
// record, "path:line") and wrapping a sentinel (ErrEmpty, ErrTooLarge,
// ErrBinary, ErrNotUTF8, ErrFormat, ErrRobots, ErrPrivateAddress, ...) or
// an I/O error such as fs.ErrNotExist. Empty input (only white space and a
// BOM) is ErrEmpty, as is a directory with no readable files. Articles are
// delivered in input order, each with a non-empty Body, a Format, and a
// Source. An Ingester is safe for concurrent use; no package-level state is
// mutable.
package ingest
