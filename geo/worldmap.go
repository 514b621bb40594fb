package geo

import (
	"cmp"
	"fmt"
	"html"
	"math"
	"slices"
	"strconv"
	"strings"
)

// NaturalEarth projects p with the Natural Earth projection (Šavrič et al.
// 2011, as in d3-geo's geoNaturalEarth1): x in about [-2.73, 2.73], y in
// about [-1.42, 1.42], north up (y grows northwards).
func NaturalEarth(p Point) (x, y float64) {
	lam, phi := p.Lon*math.Pi/180, p.Lat*math.Pi/180
	phi2 := phi * phi
	phi4 := phi2 * phi2
	x = lam * (0.8707 - 0.131979*phi2 + phi4*(-0.013791+phi4*(0.003971*phi2-0.001529*phi4)))
	y = phi * (1.007226 + phi2*(0.015085+phi4*(-0.044475+0.028874*phi2-0.005916*phi4)))
	return x, y
}

// minStep is the shortest move a path draws, in canvas units.
const minStep = 0.9

// The latitudes a Map shows: Antarctica and the far north are cut off.
const (
	mapNorth = 84.0
	mapSouth = -58.0
)

// A Map is the world's countries projected to an SVG canvas of Width by
// Height user units.
type Map struct {
	Width, Height float64
	scale, x0, y0 float64
	countries     []shape
	sphere        string // the outline of the globe
	graticule     string // meridians and parallels every 30°
}

// shape is one country's outline as SVG path data.
type shape struct {
	code, name string // ISO3 ("" if unknown) and name
	d          string
}

// DefaultMap returns the Natural Earth 1:110m countries, width units wide,
// with countries identified through g.
func DefaultMap(g *Gazetteer, width float64) (*Map, error) {
	b, err := data.ReadFile("data/countries-110m.json")
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	fs, err := DecodeTopoJSON(b, "countries")
	if err != nil {
		return nil, err
	}
	return NewMap(fs, g, width), nil
}

// NewMap projects features (countries whose ID is an ISO 3166-1 numeric
// code or whose Name is a country's name in g) onto a canvas width units
// wide. Features entirely south of the map's edge are left out.
func NewMap(features []Feature, g *Gazetteer, width float64) *Map {
	if width <= 0 {
		width = 960
	}
	xl, _ := NaturalEarth(Point{Lon: -180})
	xr, _ := NaturalEarth(Point{Lon: 180})
	_, yn := NaturalEarth(Point{Lat: mapNorth})
	_, ys := NaturalEarth(Point{Lat: mapSouth})
	m := &Map{Width: width}
	m.scale = width / (xr - xl)
	m.x0, m.y0 = xl, yn
	m.Height = math.Round((yn - ys) * m.scale)
	for _, f := range features {
		var b strings.Builder
		south := true
		for _, r := range f.Rings {
			for _, p := range r {
				if p.Lat > mapSouth {
					south = false
				}
			}
			r, lo, hi := unwrap(r)
			m.path(&b, r, true)
			// A ring across the antimeridian is drawn on both sides; the
			// sphere clips what falls outside.
			if lo < -180 {
				m.path(&b, shift(r, 360), true)
			}
			if hi > 180 {
				m.path(&b, shift(r, -360), true)
			}
		}
		if south || b.Len() == 0 {
			continue
		}
		code, ok := g.CountryOfNumeric(f.ID)
		if !ok {
			if p, found := g.Locate(f.Name, ""); found && p.Kind == KindCountry {
				code = p.Country
			}
		}
		m.countries = append(m.countries, shape{code: code, name: f.Name, d: b.String()})
	}
	var sphere []Point
	for lat := -90.0; lat <= 90; lat += 2 {
		sphere = append(sphere, Point{Lat: lat, Lon: -180})
	}
	for lat := 90.0; lat >= -90; lat -= 2 {
		sphere = append(sphere, Point{Lat: lat, Lon: 180})
	}
	var b strings.Builder
	m.path(&b, sphere, true)
	m.sphere = b.String()
	b.Reset()
	for lon := -150.0; lon <= 150; lon += 30 {
		var line []Point
		for lat := -90.0; lat <= 90; lat += 5 {
			line = append(line, Point{Lat: lat, Lon: lon})
		}
		m.path(&b, line, false)
	}
	for lat := -30.0; lat <= 60; lat += 30 {
		var line []Point
		for lon := -180.0; lon <= 180; lon += 5 {
			line = append(line, Point{Lat: lat, Lon: lon})
		}
		m.path(&b, line, false)
	}
	m.graticule = b.String()
	return m
}

// unwrap returns ring with longitudes made continuous (no step over 180°),
// so a ring across the antimeridian reaches past ±180, and the least and
// greatest longitudes.
func unwrap(ring []Point) (out []Point, lo, hi float64) {
	out = make([]Point, len(ring))
	lo, hi = math.Inf(1), math.Inf(-1)
	for i, p := range ring {
		if i > 0 {
			prev := out[i-1].Lon
			for p.Lon-prev > 180 {
				p.Lon -= 360
			}
			for p.Lon-prev < -180 {
				p.Lon += 360
			}
		}
		out[i] = p
		lo, hi = min(lo, p.Lon), max(hi, p.Lon)
	}
	return out, lo, hi
}

// shift returns ring moved east by lon degrees.
func shift(ring []Point, lon float64) []Point {
	out := make([]Point, len(ring))
	for i, p := range ring {
		out[i] = Point{Lat: p.Lat, Lon: p.Lon + lon}
	}
	return out
}

// Project returns the canvas position of p.
func (m *Map) Project(p Point) (x, y float64) {
	px, py := NaturalEarth(p)
	return (px - m.x0) * m.scale, (m.y0 - py) * m.scale
}

// path appends the SVG path data of pts: an absolute move, then relative
// lines in tenths of a unit, skipping moves under half a unit.
func (m *Map) path(b *strings.Builder, pts []Point, closed bool) {
	if len(pts) < 2 {
		return
	}
	num := func(v float64) string {
		s := strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
		if t, ok := strings.CutPrefix(s, "-0."); ok {
			return "-." + t
		}
		if t, ok := strings.CutPrefix(s, "0."); ok {
			return "." + t
		}
		return s
	}
	x, y := m.Project(pts[0])
	x, y = math.Round(x*10)/10, math.Round(y*10)/10
	b.WriteString("M" + num(x) + " " + num(y))
	n := 0
	for i, p := range pts[1:] {
		px, py := m.Project(p)
		px, py = math.Round(px*10)/10, math.Round(py*10)/10
		dx, dy := px-x, py-y
		if math.Abs(dx) < minStep && math.Abs(dy) < minStep && i < len(pts)-2 {
			continue
		}
		if n == 0 {
			b.WriteByte('l')
		} else if dx >= 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(dx))
		if dy >= 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(dy))
		x, y = px, py
		n++
	}
	if closed {
		b.WriteByte('z')
	}
}

// A Marker is a circle on a map, its area proportional to Count.
type Marker struct {
	Point
	Count int
	Title string // hover text
	Href  string // a link, "" for none
}

// A Shade colours a country by its Count.
type Shade struct {
	Count int
	Title string // hover text
	Href  string // a link, "" for none
}

// Marker radii in canvas units, for a map 960 units wide. A marker of
// count n has radius minRadius + (maxRadius-minRadius)·√(n/top), where top
// is the greatest count but at least fullCount, so a few events do not
// draw a full-size circle.
const (
	minRadius = 3.5
	maxRadius = 22.0
	fullCount = 25
)

// SVG draws the map with the countries of shades (by ISO3) coloured in five
// steps of their count (relative to the greatest) and markers on top, the largest first. label is the
// SVG's accessible name. Classes: sphere, graticule, land, land shade1–5,
// marker; the caller styles them.
func (m *Map) SVG(label string, markers []Marker, shades map[string]Shade) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="map" viewBox="0 0 %g %g" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`,
		m.Width, m.Height, html.EscapeString(label))
	fmt.Fprintf(&b, `<defs><clipPath id="map-sphere"><path d="%s"/></clipPath></defs>`, m.sphere)
	fmt.Fprintf(&b, `<path class="sphere" d="%s"/><g clip-path="url(#map-sphere)"><path class="graticule" d="%s"/>`, m.sphere, m.graticule)
	maxShade := 0
	for _, s := range shades {
		maxShade = max(maxShade, s.Count)
	}
	for _, c := range m.countries {
		s, ok := shades[c.code]
		if !ok || s.Count <= 0 || c.code == "" {
			fmt.Fprintf(&b, `<path class="land" d="%s"><title>%s</title></path>`, c.d, html.EscapeString(c.name))
			continue
		}
		step := 1 + int(4*math.Sqrt(float64(s.Count)/float64(maxShade))+.5)
		step = min(max(step, 1), 5)
		open, closeA := link(s.Href)
		fmt.Fprintf(&b, `%s<path class="land shade%d" d="%s"><title>%s</title></path>%s`,
			open, step, c.d, html.EscapeString(cmp.Or(s.Title, c.name)), closeA)
	}
	b.WriteString(`</g>`)
	ms := slices.Clone(markers)
	slices.SortStableFunc(ms, func(a, b Marker) int { return cmp.Compare(b.Count, a.Count) })
	maxCount := fullCount
	for _, mk := range ms {
		maxCount = max(maxCount, mk.Count)
	}
	k := m.Width / 960
	for _, mk := range ms {
		if mk.Count <= 0 {
			continue
		}
		r := k * (minRadius + (maxRadius-minRadius)*math.Sqrt(float64(mk.Count)/float64(maxCount)))
		x, y := m.Project(mk.Point)
		open, closeA := link(mk.Href)
		fmt.Fprintf(&b, `%s<circle class="marker" cx="%.1f" cy="%.1f" r="%.1f"><title>%s</title></circle>%s`,
			open, x, y, r, html.EscapeString(mk.Title), closeA)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// link returns the tags around an SVG element linked to href.
func link(href string) (open, close string) {
	if href == "" {
		return "", ""
	}
	return `<a href="` + html.EscapeString(href) + `">`, `</a>`
}
