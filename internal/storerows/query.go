package storerows

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"

	"chronicle"
)

// EncodeCursor makes an opaque cursor of a page key.
func EncodeCursor(key any) string {
	b, _ := json.Marshal(key)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads a cursor made by EncodeCursor into key; "" leaves key
// zero. Any other cursor is chronicle.ErrInvalid.
func DecodeCursor(c string, key any) error {
	if c == "" {
		return nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		err = json.Unmarshal(b, key)
	}
	if err != nil {
		return fmt.Errorf("%w cursor %q", chronicle.ErrInvalid, c)
	}
	return nil
}

// SeekKey is the position after which a keyset page starts.
type SeekKey struct {
	Day string `json:"d"`
	Doc string `json:"a"`
	Idx int    `json:"i"`
}

// EntityKey is the position after which a page of entities starts.
type EntityKey struct {
	Documents int    `json:"d"`
	Mentions  int    `json:"m"`
	Name      string `json:"n"`
	Type      string `json:"t"`
	Country   string `json:"c"`
}

// EntityKeyOf returns the key of an entity hit.
func EntityKeyOf(h chronicle.EntityHit) EntityKey {
	return EntityKey{h.Documents, h.Mentions, h.Name, h.Type, h.Country}
}

// ArticleKey is the position after which a page of articles starts: a
// search's rank (as the backend computes it; lower first), then day
// (newest first), then ID.
type ArticleKey struct {
	Rank float64 `json:"r,omitempty"`
	Day  string  `json:"d"`
	ID   string  `json:"a"`
}

// ArticlesAfter returns a condition that article a, of the given rank
// expression ("" when listing without a rank), comes after key in page
// order.
func (p *Params) ArticlesAfter(rank string, key ArticleKey) string {
	byDay := func() string {
		return `(a.day < ` + p.Add(key.Day) + ` OR (a.day = ` + p.Add(key.Day) + ` AND a.id > ` + p.Add(key.ID) + `))`
	}
	if rank == "" {
		return byDay()
	}
	r1 := p.Add(key.Rank)
	r2 := p.Add(key.Rank)
	return `(` + rank + ` > ` + r1 + ` OR (` + rank + ` = ` + r2 + ` AND ` + byDay() + `))`
}

// ArticleCounts are the columns counting an article a's events and quotes.
const ArticleCounts = `(SELECT count(*) FROM events e WHERE e.article_id = a.id), (SELECT count(*) FROM quotes x WHERE x.article_id = a.id)`

// ListQuery returns the query listing the articles of q, which has no
// words (those holding q.Entity when it is set), newest first, after key
// when q.Cursor is set, at most limit+1. Its columns are id, grp, url,
// title, published, an empty snippet, ArticleCounts, day and a zero rank
// (the literal rank, of the store's real type).
func (p *Params) ListQuery(q chronicle.SearchQuery, key ArticleKey, limit int, rank string) string {
	var conds []string
	if q.Entity.Name != "" {
		conds = append(conds, p.HoldsEntity(q.Entity))
	}
	if q.Cursor != "" {
		conds = append(conds, p.ArticlesAfter("", key))
	}
	return `SELECT a.id, a.grp, a.url, a.title, a.published, '', ` + ArticleCounts + `, a.day, ` + rank + `
		FROM articles a ` + where(conds) + ` ORDER BY a.day DESC, a.id LIMIT ` + p.Add(limit+1)
}

// HoldsEntity returns the condition on articles a that they hold an
// entity of k's name (and type and country when set); k.Name must not be
// empty.
func (p *Params) HoldsEntity(k chronicle.EntityKey) string {
	c := `a.id IN (SELECT x.article_id FROM entities x WHERE x.name = ` + p.Add(k.Name)
	if k.Type != "" {
		c += ` AND x.type = ` + p.Add(k.Type)
	}
	if k.Country != "" {
		c += ` AND x.country = ` + p.Add(k.Country)
	}
	return c + `)`
}

// Words returns the letter-and-digit words of s, for full-text queries.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// PrefixEnd returns the least string greater than every string starting
// with p, or "" when there is none that is valid ASCII.
func PrefixEnd(p string) string {
	if p == "" || p[len(p)-1] >= 0x7f {
		return ""
	}
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}

// Day formats t as its calendar day in its own location.
func Day(t time.Time) string { return t.Format(time.DateOnly) }

// Snippet returns a search hit's snippet without the article's title when
// the snippet opens with it: the stored text starts with the headline,
// which the hit shows already as its title.
func Snippet(snippet, title string) string {
	if title == "" {
		return snippet
	}
	rest, ok := strings.CutPrefix(snippet, title)
	if rest = strings.TrimLeft(rest, " \t\r\n"); !ok || rest == "" {
		return snippet
	}
	return rest
}
