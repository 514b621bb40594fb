package httpapi

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"chronicle"
	"chronicle/geo"
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
		tip := mentionTip(m, e, ok)
		href := entityHref(name, m.Type, e.Country)
		tag := fmt.Sprintf(`<a class="m m-%s" href="%s" data-tip="%s">`, html.EscapeString(m.Type), html.EscapeString(href), html.EscapeString(tip))
		add(mark{start: m.Start, end: m.End, layer: 3, first: tag, again: tag, close: "</a>"})
	}
	for _, f := range doc.Figures {
		tip := html.EscapeString(figureTip(f))
		tag := fmt.Sprintf(`<span class="fig" data-tip="%s">`, tip)
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

// eventTip describes an event on three lines:
//
//	CONSULT · third-party · occurred
//	Marco Rubio (USAGOV) → Wang Yi (CHNGOV)
//	2025-07-10 · in Kuala Lumpur, MYS
func eventTip(e chronicle.Event) string {
	head := []string{"Event: " + e.Type}
	if e.Mode != "" {
		head = append(head, e.Mode)
	}
	if e.Status != "" {
		head = append(head, e.Status)
	}
	who := cmp.Or(actorList(e.Actors), "(actor unknown)")
	if len(e.Recipients) > 0 {
		who += " → " + actorList(e.Recipients)
	}
	var when []string
	if e.Date.Value != "" {
		when = append(when, e.Date.Value)
	} else {
		when = append(when, "undated")
	}
	if p := placeName(e.Location); p != "" {
		when = append(when, "in "+p)
	}
	return strings.Join(head, " · ") + "\n" + who + "\n" + strings.Join(when, " · ")
}

// quoteTip describes a quote: "Marco Rubio — described (direct)", the
// speaker, the cue and the kind of quote.
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

// mentionTip describes a mention: "PERSON · Marco Rubio · USA GOV".
func mentionTip(m chronicle.Mention, e chronicle.Entity, resolved bool) string {
	parts := []string{m.Type, m.Text}
	if resolved {
		parts[1] = e.Name
		if e.Country != "" {
			parts = append(parts, strings.TrimSpace(e.Country+" "+e.Sector))
		}
	}
	return strings.Join(parts, " · ")
}

// figureTip describes a figure: "Figure: ≤ 145 percent\nWhat: tariff rate".
func figureTip(f chronicle.Figure) string {
	s := "Figure: " + strings.TrimSpace(figureValue(f)+" "+f.Unit)
	if f.About != "" {
		s += "\nWhat: " + f.About
	}
	return s
}

// figureValue writes a figure's value with its modifier as a symbol and
// thousands separators: "≤ 145", "≈ 2,500,000,000", "0.25".
func figureValue(f chronicle.Figure) string {
	num := strconv.FormatFloat(f.Value, 'f', -1, 64)
	whole, frac, _ := strings.Cut(num, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	num = b.String()
	if frac != "" {
		num += "." + frac
	}
	if neg {
		num = "-" + num
	}
	mod := map[string]string{"EQUAL_OR_LESS": "≤", "LESS_THAN": "<", "EQUAL_OR_MORE": "≥", "MORE_THAN": ">", "APPROX": "≈"}[f.Mod]
	if mod == "" && f.Mod != "" {
		mod = strings.ToLower(f.Mod)
	}
	return strings.TrimSpace(mod + " " + num)
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH             = 900, 320
	padLeft, padBottom, padTop = 56, 58, 14
	padRight                   = 10
	chartColors                = 20 // classes c0…c19 in style.css
	minBuckets                 = 9  // shorter ranges are padded with empty periods
)

// A legendEntry is an event type and its colour class.
type legendEntry struct{ Type, Class string }

// padBuckets widens a range of fewer than minBuckets periods with empty
// ones on both sides, so a lone bar shows as a peak in time, not a wall.
func padBuckets(buckets []chronicle.TimelineBucket, by chronicle.Period) []chronicle.TimelineBucket {
	if len(buckets) == 0 || len(buckets) >= minBuckets {
		return buckets
	}
	first, err1 := time.Parse(time.DateOnly, buckets[0].Start)
	last, err2 := time.Parse(time.DateOnly, buckets[len(buckets)-1].Start)
	if err1 != nil || err2 != nil {
		return buckets
	}
	out := slices.Clone(buckets)
	for before := true; len(out) < minBuckets; before = !before {
		if before {
			prev, err := by.Truncate(first.AddDate(0, 0, -1))
			if err != nil {
				return buckets
			}
			first = prev
			out = slices.Insert(out, 0, chronicle.TimelineBucket{Start: first.Format(time.DateOnly)})
		} else {
			last = by.Next(last)
			out = append(out, chronicle.TimelineBucket{Start: last.Format(time.DateOnly)})
		}
	}
	return out
}

// niceStep returns a step of 1, 2 or 5 times a power of ten that divides
// [0, max] into at most five intervals.
func niceStep(max int) int {
	step := 1
	for {
		for _, m := range []int{1, 2, 5} {
			if max <= 5*m*step {
				return m * step
			}
		}
		step *= 10
	}
}

// periodLabel is the axis label of a bucket: "Jul 2025" per month, else
// "7 Jul" with the year added on the first label and where it changes.
func periodLabel(start string, by chronicle.Period, withYear bool) string {
	t, err := time.Parse(time.DateOnly, start)
	if err != nil {
		return start
	}
	if by == chronicle.PeriodMonth {
		return t.Format("Jan 2006")
	}
	if withYear {
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan")
}

// barChart draws buckets as stacked bars, one colour per event type, with
// axes and their labels, and returns the SVG and its legend.
func barChart(buckets []chronicle.TimelineBucket, by chronicle.Period) (template.HTML, []legendEntry) {
	if len(buckets) == 0 {
		return "", nil
	}
	buckets = padBuckets(buckets, by)
	seen := map[string]bool{}
	var types []string
	top := 0
	for _, bk := range buckets {
		top = max(top, bk.Total)
		for t := range bk.ByType {
			if !seen[t] {
				seen[t] = true
				types = append(types, t)
			}
		}
	}
	slices.Sort(types)
	step := niceStep(max(top, 1))
	top = step * ((max(top, 1) + step - 1) / step)
	color := map[string]int{}
	for i, t := range types {
		color[t] = i % chartColors
	}
	plotW := float64(chartW - padLeft - padRight)
	plotH := float64(chartH - padBottom - padTop)
	slot := plotW / float64(len(buckets))
	barW := max(min(slot*0.78, 48), min(slot, 2))
	base := float64(padTop) + plotH
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="events per %s by type" xmlns="http://www.w3.org/2000/svg">`, chartW, chartH, by)
	for v := 0; v <= top; v += step {
		y := base - plotH*float64(v)/float64(top)
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, padLeft, chartW-padRight, y, y)
		fmt.Fprintf(&b, `<text class="axis" x="%d" y="%.1f" text-anchor="end">%d</text>`, padLeft-8, y+4, v)
	}
	fmt.Fprintf(&b, `<text class="axis-title" transform="translate(16 %.1f) rotate(-90)" text-anchor="middle">events</text>`, float64(padTop)+plotH/2)
	var what string
	switch by {
	case chronicle.PeriodMonth:
		what = "month"
	case chronicle.PeriodWeek:
		what = "week starting (Monday)"
	default:
		what = "day"
	}
	fmt.Fprintf(&b, `<text class="axis-title" x="%.1f" y="%d" text-anchor="middle">%s</text>`, float64(padLeft)+plotW/2, chartH-8, what)
	labelEvery := max1((len(buckets) + 11) / 12)
	year := ""
	for i, bk := range buckets {
		x := float64(padLeft) + float64(i)*slot + (slot-barW)/2
		y := base
		for _, t := range types {
			n := bk.ByType[t]
			if n == 0 {
				continue
			}
			h := plotH * float64(n) / float64(top)
			y -= h
			fmt.Fprintf(&b, `<rect class="c%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s %s: %d %s</title></rect>`,
				color[t], x, y, barW, h, html.EscapeString(periodLabel(bk.Start, by, true)), html.EscapeString(string(by)), n, html.EscapeString(t))
		}
		if bk.Total > 0 && barW >= 14 {
			fmt.Fprintf(&b, `<text class="bar-total" x="%.1f" y="%.1f" text-anchor="middle">%d</text>`, x+barW/2, y-4, bk.Total)
		}
		if i%labelEvery == 0 {
			y := bk.Start[:min(4, len(bk.Start))]
			fmt.Fprintf(&b, `<line class="tick" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>`, x+barW/2, x+barW/2, base, base+4)
			fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%.1f" text-anchor="middle">%s</text>`, x+barW/2, base+18, html.EscapeString(periodLabel(bk.Start, by, y != year)))
			year = y
		}
	}
	fmt.Fprintf(&b, `<line class="baseline" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, padLeft, chartW-padRight, base, base)
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

// mapWidth is the width of the world map in SVG user units.
const mapWidth = 960

// mapper draws event locations on the world map. It is built once per
// Server and read-only after.
type mapper struct {
	gaz   *geo.Gazetteer
	world *geo.Map
}

// newMapper loads the embedded gazetteer and world map.
func newMapper() (*mapper, error) {
	g, err := geo.DefaultGazetteer()
	if err != nil {
		return nil, fmt.Errorf("httpapi: %w", err)
	}
	m, err := geo.DefaultMap(g, mapWidth)
	if err != nil {
		return nil, fmt.Errorf("httpapi: %w", err)
	}
	return &mapper{gaz: g, world: m}, nil
}

// A mapRow is one point on the map, for the list beside it.
type mapRow struct {
	Name    string // the place's name
	Country string // ISO3, "" for a region
	Kind    string // geo.KindCity, …; "" if the place has no coordinates
	Count   int
	Href    string // the event table filtered to the place
}

// mapView is the map of a query's events with its legend data.
type mapView struct {
	SVG       template.HTML
	Rows      []mapRow // most events first
	Total     int      // events counted
	Placed    int      // events on the map
	Unplaced  int      // events without a location
	Unknown   int      // events whose location has no known coordinates
	Countries int      // countries shaded
	Truncated bool
}

// draw returns the map of ep. Events are drawn at the most specific point
// the gazetteer knows for their location (a city, capital or region, else
// their country's reference point); markers and the list link to the
// event table of query narrowed to the place.
func (m *mapper) draw(ep *eventPlaces, query url.Values) *mapView {
	v := &mapView{Total: ep.Total, Unplaced: ep.Unplaced, Truncated: ep.Truncated}
	href := func(place string) string {
		q := url.Values{}
		for k, vs := range query {
			if k != "cursor" && k != "place" && k != "merged" {
				q[k] = vs
			}
		}
		q.Set("place", place)
		return "/events?" + q.Encode() + "#map"
	}
	type key struct{ name, country, kind string }
	points := map[key]*geo.Marker{}
	rows := map[key]*mapRow{}
	shades := map[string]geo.Shade{}
	for _, pc := range ep.Places {
		p, ok := m.gaz.Locate(pc.Name, pc.Country)
		if !ok {
			v.Unknown += pc.Count
			k := key{pc.Name, pc.Country, ""}
			if rows[k] == nil {
				rows[k] = &mapRow{Name: cmp.Or(pc.Name, pc.Country), Country: pc.Country, Href: href(cmp.Or(pc.Name, pc.Country))}
			}
			rows[k].Count += pc.Count
			continue
		}
		v.Placed += pc.Count
		k := key{p.Name, p.Country, p.Kind}
		if points[k] == nil {
			target := p.Name
			if p.Kind == geo.KindCountry {
				target = p.Country
			}
			points[k] = &geo.Marker{Point: p.Point, Href: href(target)}
			rows[k] = &mapRow{Name: p.Name, Country: p.Country, Kind: p.Kind, Href: href(target)}
		}
		points[k].Count += pc.Count
		rows[k].Count += pc.Count
		if c := cmp.Or(pc.Country, p.Country); c != "" {
			sh := shades[c]
			sh.Count += pc.Count
			shades[c] = sh
		}
	}
	markers := make([]geo.Marker, 0, len(points))
	for k, mk := range points {
		what := k.name
		if k.kind == geo.KindCountry {
			what += " (country)"
		} else if k.country != "" {
			what += ", " + k.country
		}
		mk.Title = fmt.Sprintf("%s: %d event%s", what, mk.Count, plural(mk.Count))
		markers = append(markers, *mk)
	}
	for c, sh := range shades {
		name := c
		if p, ok := m.gaz.Country(c); ok {
			name = p.Name
		}
		sh.Title = fmt.Sprintf("%s: %d event%s in the country", name, sh.Count, plural(sh.Count))
		sh.Href = href(c)
		shades[c] = sh
	}
	v.Countries = len(shades)
	for _, r := range rows {
		v.Rows = append(v.Rows, *r)
	}
	slices.SortFunc(v.Rows, func(a, b mapRow) int { return cmp.Or(b.Count-a.Count, cmp.Compare(a.Name, b.Name)) })
	v.SVG = template.HTML(m.world.SVG("map of event locations", markers, shades))
	return v
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// placeName names an event location: "Kuala Lumpur, MYS", "MYS", "".
func placeName(l chronicle.Location) string {
	switch {
	case l.Name != "" && l.Country != "":
		return l.Name + ", " + l.Country
	}
	return l.Name + l.Country
}

// docLabel is how a list shows an article: its title, or for an untitled
// article its lead, marked as such.
func docLabel(title, lead string) template.HTML {
	if title != "" {
		return template.HTML(html.EscapeString(title))
	}
	if lead == "" {
		lead = "(no text)"
	}
	return template.HTML(`<span class="untitled"><span class="tag">no headline</span> ` + html.EscapeString(short(lead, 110)) + `</span>`)
}

// markTerms escapes snippet and wraps in <mark> each word that starts like
// a word of the query q (its first letters: "tariffs" marks "tariff",
// "tariffs"), as the search stems them.
func markTerms(snippet, q string) template.HTML {
	var stems []string
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r := []rune(w)
		if len(r) < 2 {
			continue
		}
		stems = append(stems, string(r[:min(len(r), max(4, len(r)-2))]))
	}
	var b strings.Builder
	word := func(w string) {
		lw := strings.ToLower(w)
		for _, s := range stems {
			if strings.HasPrefix(lw, s) {
				b.WriteString("<mark>" + html.EscapeString(w) + "</mark>")
				return
			}
		}
		b.WriteString(html.EscapeString(w))
	}
	start := -1
	for i, r := range snippet {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			word(snippet[start:i])
			start = -1
		}
		if !in {
			b.WriteString(html.EscapeString(string(r)))
		}
	}
	if start >= 0 {
		word(snippet[start:])
	}
	return template.HTML(b.String())
}
