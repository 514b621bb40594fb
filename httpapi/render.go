package httpapi

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"

	"chronicle"
)

// A mark is one annotation to wrap in the article text. Marks of a lower
// layer enclose those of a higher one; where marks cross, the inner one is
// closed and reopened, so the output is always well nested.
type mark struct {
	start, end int
	layer      int    // 0 zone, 1 event evidence, 2 quote, 3 mention, 4 figure
	first      string // the opening tag the first time
	again      string // the opening tag when reopened after a crossing
	close      string
}

// highlight renders doc.Text as HTML with its zones, event evidence,
// quotes, mentions and figures marked up. Spans that are out of range are
// skipped.
func highlight(doc *chronicle.Document) template.HTML {
	var marks []mark
	add := func(m mark) {
		if 0 <= m.start && m.start < m.end && m.end <= len(doc.Text) {
			marks = append(marks, m)
		}
	}
	for _, z := range doc.Zones {
		tag := fmt.Sprintf(`<span class="zone zone-%s">`, html.EscapeString(string(z.Kind)))
		add(mark{start: z.Start, end: z.End, layer: 0, first: tag, again: tag, close: "</span>"})
	}
	for _, e := range doc.Events {
		tip := html.EscapeString(eventTip(e))
		again := fmt.Sprintf(`<span class="ev" data-tip="%s">`, tip)
		first := fmt.Sprintf(`<span class="ev" id="ev-%s" data-tip="%s">`, html.EscapeString(e.ID), tip)
		add(mark{start: e.Evidence.Start, end: e.Evidence.End, layer: 1, first: first, again: again, close: "</span>"})
	}
	entities := map[string]chronicle.Entity{}
	for _, e := range doc.Entities {
		entities[e.ID] = e
	}
	for _, q := range doc.Quotes {
		tip := html.EscapeString(quoteTip(q, entities))
		again := fmt.Sprintf(`<q class="qt q-%s" data-tip="%s">`, html.EscapeString(q.Kind), tip)
		first := fmt.Sprintf(`<q class="qt q-%s" id="q-%s" data-tip="%s">`, html.EscapeString(q.Kind), html.EscapeString(q.ID), tip)
		add(mark{start: q.Start, end: q.End, layer: 2, first: first, again: again, close: "</q>"})
	}
	for _, m := range doc.Mentions {
		name := m.Text
		e, ok := entities[m.Entity]
		if ok {
			name = e.Name
		}
		tip := m.Type + " · " + name
		if ok && e.Country != "" {
			tip += " · " + e.Country
		}
		href := entityHref(name, m.Type, e.Country)
		tag := fmt.Sprintf(`<a class="m m-%s" href="%s" title="%s">`, html.EscapeString(m.Type), html.EscapeString(href), html.EscapeString(tip))
		add(mark{start: m.Start, end: m.End, layer: 3, first: tag, again: tag, close: "</a>"})
	}
	for _, f := range doc.Figures {
		tip := html.EscapeString(strings.TrimSpace(fmt.Sprintf("%g %s %s", f.Value, f.Unit, f.About)))
		tag := fmt.Sprintf(`<span class="fig" title="%s">`, tip)
		add(mark{start: f.Start, end: f.End, layer: 4, first: tag, again: tag, close: "</span>"})
	}
	return template.HTML(nest(doc.Text, marks))
}

// nest writes text with marks as well-nested tags.
func nest(text string, marks []mark) string {
	cuts := []int{0, len(text)}
	for _, m := range marks {
		cuts = append(cuts, m.start, m.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	order := func(a, b int) int {
		ma, mb := marks[a], marks[b]
		return cmp.Or(cmp.Compare(ma.layer, mb.layer), cmp.Compare(ma.start, mb.start), cmp.Compare(mb.end, ma.end), cmp.Compare(a, b))
	}
	var (
		b      strings.Builder
		stack  []int // open marks, outermost first
		opened = make([]bool, len(marks))
	)
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		var active []int
		for j, m := range marks {
			if m.start <= lo && lo < m.end {
				active = append(active, j)
			}
		}
		slices.SortFunc(active, order)
		keep := 0
		for keep < len(stack) && keep < len(active) && stack[keep] == active[keep] {
			keep++
		}
		for k := len(stack) - 1; k >= keep; k-- {
			b.WriteString(marks[stack[k]].close)
		}
		stack = append(stack[:keep], active[keep:]...)
		for _, j := range active[keep:] {
			if opened[j] {
				b.WriteString(marks[j].again)
			} else {
				b.WriteString(marks[j].first)
				opened[j] = true
			}
		}
		b.WriteString(html.EscapeString(text[lo:hi]))
	}
	for k := len(stack) - 1; k >= 0; k-- {
		b.WriteString(marks[stack[k]].close)
	}
	return b.String()
}

// eventTip describes an event: "CONSULT: Marco Rubio → Wang Yi (occurred)".
func eventTip(e chronicle.Event) string {
	s := e.Type
	if e.Mode != "" {
		s += "/" + e.Mode
	}
	s += ": " + cmp.Or(actorList(e.Actors), "?")
	if len(e.Recipients) > 0 {
		s += " → " + actorList(e.Recipients)
	}
	if e.Date.Value != "" {
		s += " · " + e.Date.Value
	}
	if e.Status != "" {
		s += " (" + e.Status + ")"
	}
	return s
}

// quoteTip describes a quote: "Marco Rubio — described (direct)".
func quoteTip(q chronicle.Quote, entities map[string]chronicle.Entity) string {
	speaker := "unattributed"
	if q.Speaker != nil {
		speaker = q.Speaker.Text
		if e, ok := entities[q.Speaker.Entity]; ok && e.Name != "" {
			speaker = e.Name
		}
	}
	s := speaker
	if q.Cue != nil && q.Cue.Text != "" {
		s += " — " + q.Cue.Text
	}
	return s + " (" + q.Kind + ")"
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH             = 900, 300
	padLeft, padBottom, padTop = 44, 46, 12
	chartColors                = 20 // classes c0…c19 in style.css
)

// A legendEntry is an event type and its colour class.
type legendEntry struct{ Type, Class string }

// barChart draws buckets as stacked bars, one colour per event type, and
// returns the SVG and its legend.
func barChart(buckets []chronicle.TimelineBucket) (template.HTML, []legendEntry) {
	if len(buckets) == 0 {
		return "", nil
	}
	seen := map[string]bool{}
	var types []string
	max := 0
	for _, bk := range buckets {
		if bk.Total > max {
			max = bk.Total
		}
		for t := range bk.ByType {
			if !seen[t] {
				seen[t] = true
				types = append(types, t)
			}
		}
	}
	slices.Sort(types)
	if max == 0 {
		max = 1
	}
	color := map[string]int{}
	for i, t := range types {
		color[t] = i % chartColors
	}
	plotW := float64(chartW - padLeft - 8)
	plotH := float64(chartH - padBottom - padTop)
	step := plotW / float64(len(buckets))
	barW := min(step*0.8, 56)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="events per period by type" xmlns="http://www.w3.org/2000/svg">`, chartW, chartH)
	// Axis and gridlines at 0, max/2, max.
	ticks := []int{0, max}
	if max >= 4 {
		ticks = []int{0, max / 2, max}
	}
	for _, v := range ticks {
		y := float64(padTop) + plotH - plotH*float64(v)/float64(max)
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, padLeft, chartW-8, y, y)
		fmt.Fprintf(&b, `<text class="axis" x="%d" y="%.1f" text-anchor="end">%d</text>`, padLeft-6, y+4, v)
	}
	labelEvery := max1(len(buckets) / 12)
	for i, bk := range buckets {
		x := float64(padLeft) + float64(i)*step + (step-barW)/2
		y := float64(padTop) + plotH
		for _, t := range types {
			n := bk.ByType[t]
			if n == 0 {
				continue
			}
			h := plotH * float64(n) / float64(max)
			y -= h
			fmt.Fprintf(&b, `<rect class="c%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s %s: %d</title></rect>`,
				color[t], x, y, barW, h, html.EscapeString(bk.Start), html.EscapeString(t), n)
		}
		if i%labelEvery == 0 {
			fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%d" text-anchor="middle">%s</text>`, x+barW/2, chartH-padBottom+18, html.EscapeString(bk.Start))
		}
	}
	b.WriteString(`</svg>`)
	legend := make([]legendEntry, len(types))
	for i, t := range types {
		legend[i] = legendEntry{Type: t, Class: fmt.Sprintf("c%d", color[t])}
	}
	return template.HTML(b.String()), legend
}

// max1 returns n, or 1 if n < 1.
func max1(n int) int {
	if n < 1 {
		return 1
	}
	return n
}
