package storerows

import (
	"strconv"
	"strings"

	"chronicle"
)

// A Dialect is what the SQL backends spell differently in the queries
// built here; the rest of their text is the same in both.
type Dialect struct {
	Numbered bool   // placeholders are $1, $2, ... (PostgreSQL), not ? (SQLite)
	Position string // the function (haystack, needle) giving a substring's 1-based position, 0 when absent: instr, strpos
}

// Params collects the arguments of one query and writes their
// placeholders. Placeholders must appear in the query text in the order
// Add is called, as "?" placeholders are bound in that order.
type Params struct {
	Dialect
	Args []any
}

// Add appends v and returns its placeholder.
func (p *Params) Add(v any) string {
	p.Args = append(p.Args, v)
	if p.Numbered {
		return "$" + strconv.Itoa(len(p.Args))
	}
	return "?"
}

// contains returns a condition that column col contains v, ignoring case.
func (p *Params) contains(col string, v any) string {
	return p.Position + `(lower(` + col + `), lower(` + p.Add(v) + `)) > 0`
}

// after returns a condition that the row of table alias t (events e or
// quotes q) comes after key in page order, whose comparison is op (">"
// ascending, "<" descending).
func (p *Params) after(t, op string, key SeekKey) string {
	return `(` + t + `.day, ` + t + `.article_id, ` + t + `.idx) ` + op + ` (` + p.Add(key.Day) + `, ` + p.Add(key.Doc) + `, ` + p.Add(key.Idx) + `)`
}

// where joins conds into a WHERE clause, "" when there are none.
func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(conds, " AND ")
}

// ActorMatch returns an SQL condition that event e has a participant of
// role whose code starts with prefix. The subquery is uncorrelated so that
// it runs once, through the code index.
func (p *Params) ActorMatch(role, prefix string) string {
	cond := `(e.article_id, e.idx) IN (SELECT x.article_id, x.event_idx FROM event_actors x WHERE x.role = ` + p.Add(role)
	if prefix != "" {
		cond += ` AND x.code >= ` + p.Add(prefix) + ` AND substr(x.code, 1, ` + p.Add(len(prefix)) + `) = ` + p.Add(prefix)
		if end := PrefixEnd(prefix); end != "" {
			cond += ` AND x.code < ` + p.Add(end)
		}
	}
	return cond + `)`
}

// EventsQuery returns the query of the events matching f after key
// (ignored when f.Cursor is ""), at most limit+1 of them in page order.
// Its columns are article_id, idx, day, title, published, evidence, the
// event's JSON, merged and the article's group.
func (p *Params) EventsQuery(f chronicle.EventFilter, key SeekKey, limit int) string {
	conds := p.eventConds(f)
	op, dir := pageOrder(f)
	if f.Cursor != "" {
		conds = append(conds, p.after(`e`, op, key))
	}
	return `SELECT ` + eventColumns + `
		FROM events e JOIN articles a ON a.id = e.article_id ` + where(conds) + `
		ORDER BY e.day` + dir + `, e.article_id` + dir + `, e.idx` + dir + ` LIMIT ` + p.Add(limit+1)
}

// QuotesQuery returns the query of the quotes matching f after key
// (ignored when f.Cursor is ""), at most limit+1 of them in page order.
// match, called when f.Text is not blank, returns the dialect's full-text
// condition that quote q has the words of f.Text. Its columns are
// article_id, idx, day, title, published, speaker and the quote's JSON.
func (p *Params) QuotesQuery(f chronicle.QuoteFilter, key SeekKey, limit int, match func(p *Params) string) string {
	var conds []string
	if f.Speaker != "" {
		conds = append(conds, p.contains(`q.speaker`, strings.TrimSpace(f.Speaker)))
	}
	if strings.TrimSpace(f.Text) != "" {
		conds = append(conds, match(p))
	}
	if f.Document != "" {
		conds = append(conds, `q.article_id = `+p.Add(f.Document))
	}
	if f.Cursor != "" {
		conds = append(conds, p.after(`q`, ">", key))
	}
	return `SELECT q.article_id, q.idx, q.day, a.title, a.published, q.speaker, q.quote
		FROM quotes q JOIN articles a ON a.id = q.article_id ` + where(conds) + `
		ORDER BY q.day, q.article_id, q.idx LIMIT ` + p.Add(limit+1)
}

// EntitiesQuery returns the query of the entities matching f, grouped by
// name, type and country, at most limit+1 of them after key (ignored when
// f.Cursor is "") in page order: most documents first, then most
// mentions, then name, type and country. Its columns are name, type,
// country, sector, the count of documents and the sum of mentions.
func (p *Params) EntitiesQuery(f chronicle.EntityFilter, key EntityKey, limit int) string {
	conds := []string{`name <> ''`}
	if f.Name != "" {
		conds = append(conds, p.contains(`name`, strings.TrimSpace(f.Name)))
	}
	if f.Type != "" {
		conds = append(conds, `type = `+p.Add(f.Type))
	}
	if f.Country != "" {
		conds = append(conds, `country = `+p.Add(f.Country))
	}
	having := ""
	if f.Cursor != "" {
		const docs, mentions = `count(DISTINCT article_id)`, `sum(mentions)`
		having = `HAVING ` + docs + ` < ` + p.Add(key.Documents) + ` OR (` + docs + ` = ` + p.Add(key.Documents) +
			` AND (` + mentions + ` < ` + p.Add(key.Mentions) + ` OR (` + mentions + ` = ` + p.Add(key.Mentions) +
			` AND (name, type, country) > (` + p.Add(key.Name) + `, ` + p.Add(key.Type) + `, ` + p.Add(key.Country) + `))))`
	}
	return `SELECT name, type, country, max(sector), count(DISTINCT article_id), sum(mentions)
		FROM entities ` + where(conds) + `
		GROUP BY name, type, country ` + having + `
		ORDER BY count(DISTINCT article_id) DESC, sum(mentions) DESC, name, type, country
		LIMIT ` + p.Add(limit+1)
}

// codePrefix returns a condition that column col starts with prefix,
// written so that an index on col serves it; "" when prefix is "".
func (p *Params) codePrefix(col, prefix string) string {
	if prefix == "" {
		return ""
	}
	cond := ` AND ` + col + ` >= ` + p.Add(prefix) + ` AND substr(` + col + `, 1, ` + p.Add(len(prefix)) + `) = ` + p.Add(prefix)
	if end := PrefixEnd(prefix); end != "" {
		cond += ` AND ` + col + ` < ` + p.Add(end)
	}
	return cond
}

// TimelineQuery returns the query counting the dated merged events
// between actorA and actorB: two distinct participants of one event, one
// with a code starting with actorA and the other with actorB, that are
// actor and recipient (either way round) or two actors. A merged event
// counts once, on its days, and only when they overlap [q.Since,
// q.Until]. Its columns are first day, last day, type and count.
func (p *Params) TimelineQuery(q chronicle.TimelineQuery) string {
	// Arguments are added in the order their placeholders appear.
	cond := p.codePrefix(`x.code`, q.ActorA) + p.codePrefix(`y.code`, q.ActorB) + `
			AND e.mday <> ''`
	if q.Since != "" {
		cond += ` AND COALESCE(NULLIF(e.mend, ''), e.mday) >= ` + p.Add(q.Since)
	}
	if q.Until != "" {
		cond += ` AND e.mday <= ` + p.Add(q.Until)
	}
	return `SELECT e.mday, e.mend, e.type, count(DISTINCT e.merged)
		FROM event_actors x
		JOIN event_actors y ON y.article_id = x.article_id AND y.event_idx = x.event_idx
			AND NOT (y.role = x.role AND y.pos = x.pos) AND NOT (x.role = 'recipient' AND y.role = 'recipient')
		JOIN events e ON e.article_id = x.article_id AND e.idx = x.event_idx
		WHERE x.role IN ('actor', 'recipient')` + cond + `
		GROUP BY e.mday, e.mend, e.type`
}
