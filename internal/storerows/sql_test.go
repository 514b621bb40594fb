package storerows

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// TestPlaceholders checks that every query built here has one placeholder
// per argument, numbered 1, 2, ... in text order in the numbered dialect,
// and that the Position function is the only one the dialects differ in.
func TestPlaceholders(t *testing.T) {
	day := time.Date(2025, 7, 11, 0, 0, 0, 0, time.UTC)
	key := SeekKey{Day: "2025-07-01", Doc: "abc", Idx: 4}
	queries := map[string]func(p *Params) string{
		"EventsQuery(all)": func(p *Params) string {
			return p.EventsQuery(chronicle.EventFilter{Actor: "USA", Recipient: "CH", Type: "COERCE", Since: day, Until: day,
				Place: "Paris", Document: "d", Cursor: "c"}, key, 50)
		},
		"EventsQuery(none)": func(p *Params) string { return p.EventsQuery(chronicle.EventFilter{}, key, 50) },
		"QuotesQuery(all)": func(p *Params) string {
			return p.QuotesQuery(chronicle.QuoteFilter{Speaker: " Rubio ", Text: "rare earth", Document: "d", Cursor: "c"}, key, 20,
				func(p *Params) string { return `q.text MATCH ` + p.Add("rare earth") })
		},
		"EntitiesQuery(all)": func(p *Params) string {
			return p.EntitiesQuery(chronicle.EntityFilter{Name: "rub", Type: "PERSON", Country: "USA", Cursor: "c"}, EntityKey{Documents: 2, Mentions: 3, Name: "Marco Rubio"}, 20)
		},
		"ArticlesAfter(rank)": func(p *Params) string {
			return `SELECT 1 FROM articles a WHERE a.id = ` + p.Add("x") + ` AND ` + p.ArticlesAfter("rank(a)", ArticleKey{Rank: -1.5, Day: "2025-07-11", ID: "abc"})
		},
		"ArticlesAfter(list)": func(p *Params) string {
			return p.ArticlesAfter("", ArticleKey{Day: "2025-07-11", ID: "abc"})
		},
		"EntityDetailsQuery": func(p *Params) string {
			return p.EntityDetailsQuery([]chronicle.EntityHit{{Name: "A", Type: "PERSON"}, {Name: "B", Country: "USA"}})
		},
		"MergedEventsQuery": func(p *Params) string {
			return p.MergedEventsQuery(chronicle.EventFilter{Actor: "USA", Type: "CONSULT", Cursor: "c"}, MergedKey{Day: "2025-07-10", ID: "a/1"}, 10)
		},
		"MembersQuery":            func(p *Params) string { return p.MembersQuery([]string{"a/1", "b/2"}) },
		"TimelineQuery(USA, CHN)": func(p *Params) string { return p.TimelineQuery(chronicle.TimelineQuery{ActorA: "USA", ActorB: "CHN"}) },
		"TimelineQuery(, a\x7f)":  func(p *Params) string { return p.TimelineQuery(chronicle.TimelineQuery{ActorB: "a\x7f"}) },
		"TimelineQuery(USA, since, until)": func(p *Params) string {
			return p.TimelineQuery(chronicle.TimelineQuery{ActorA: "USA", Since: "2025-07-01", Until: "2025-07-31"})
		},
	}
	numbered := regexp.MustCompile(`\$[0-9]+`)
	for name, build := range queries {
		p := &Params{Dialect: Dialect{Position: "instr"}}
		q := build(p)
		if n := strings.Count(q, "?"); n != len(p.Args) || n == 0 {
			t.Errorf("SQLite %s has %d placeholders, %d args; want as many, at least one", name, n, len(p.Args))
		}
		pg := &Params{Dialect: Dialect{Numbered: true, Position: "strpos"}}
		qpg := build(pg)
		got := numbered.FindAllString(qpg, -1)
		for i, ph := range got {
			if ph != "$"+strconv.Itoa(i+1) {
				t.Errorf("PostgreSQL %s placeholder %d = %s; want $%d", name, i+1, ph, i+1)
			}
		}
		if len(got) != len(pg.Args) {
			t.Errorf("PostgreSQL %s has %d placeholders, %d args; want as many", name, len(got), len(pg.Args))
		}
		norm := strings.ReplaceAll(numbered.ReplaceAllString(qpg, "?"), "strpos(", "instr(")
		if norm != q {
			t.Errorf("%s differs between dialects beyond placeholders and Position:\n%s\n%s", name, q, qpg)
		}
	}
}
