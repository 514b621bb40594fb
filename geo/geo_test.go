package geo

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func gazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestLocate(t *testing.T) {
	g := gazetteer(t)
	tests := []struct {
		name, country string
		want          string // "kind name country"
		lat, lon      float64
	}{
		{"Kuala Lumpur", "MYS", "capital Kuala Lumpur MYS", 3.14, 101.69},
		{"Kuala Lumpur", "", "capital Kuala Lumpur MYS", 3.14, 101.69},
		{"Washington", "USA", "capital Washington USA", 38.90, -77.04},
		{"Washington, D.C.", "usa", "capital Washington USA", 38.90, -77.04},
		{"Downing Street", "GBR", "capital London GBR", 51.51, -0.13},
		{"New York City", "USA", "city New York USA", 40.71, -74.01},
		{"São Paulo", "BRA", "city Sao Paulo BRA", -23.55, -46.64},
		{"the Middle East", "", "region Middle East ", 29, 45},
		{"South China Sea", "CHN", "region South China Sea ", 12, 114},
		{"Malaysia", "MYS", "country Malaysia MYS", 2.5, 112.5},
		{"", "CHN", "country China CHN", 35, 105},
		{"California", "USA", "country United States USA", 38, -97}, // a region of one country: its country
		{"Georgia", "USA", "country United States USA", 38, -97},    // not the country Georgia
		{"Nowhere Town", "FRA", "country France FRA", 46, 2},
	}
	for _, tt := range tests {
		p, ok := g.Locate(tt.name, tt.country)
		got := p.Kind + " " + p.Name + " " + p.Country
		if !ok || got != tt.want || math.Abs(p.Lat-tt.lat) > 0.05 || math.Abs(p.Lon-tt.lon) > 0.05 {
			t.Errorf("Locate(%q, %q) = %q (%.2f, %.2f), %v; want %q (%.2f, %.2f)", tt.name, tt.country, got, p.Lat, p.Lon, ok, tt.want, tt.lat, tt.lon)
		}
	}
	for _, tt := range [][2]string{{"", ""}, {"Nowhere Town", ""}, {"Paris", "ZZZ"}} {
		if p, ok := g.Locate(tt[0], tt[1]); ok {
			t.Errorf("Locate(%q, %q) = %+v; want not found", tt[0], tt[1], p)
		}
	}
}

// TestGazetteerCoversLexicon checks that every country code of the
// lexicon's countries has a point (the Soviet Union aside).
func TestGazetteerCoversLexicon(t *testing.T) {
	g := gazetteer(t)
	if n := g.Countries(); n < 240 {
		t.Errorf("Countries() = %d; want at least 240", n)
	}
	for _, code := range []string{"USA", "CHN", "GBR", "XKX", "PSE", "TWN", "RUS", "UKR"} {
		if _, ok := g.Country(code); !ok {
			t.Errorf("Country(%q): not found", code)
		}
	}
	if c, ok := g.CountryOfNumeric("840"); !ok || c != "USA" {
		t.Errorf(`CountryOfNumeric("840") = %q, %v; want "USA", true`, c, ok)
	}
}

func TestNaturalEarth(t *testing.T) {
	tests := []struct {
		p    Point
		x, y float64
	}{
		{Point{0, 0}, 0, 0},
		{Point{0, 180}, math.Pi * 0.8707, 0},
		{Point{90, 0}, 0, 1.4224},
		{Point{-90, -180}, -1.5055, -1.4224}, // the poles are lines, not points
	}
	for _, tt := range tests {
		x, y := NaturalEarth(tt.p)
		if math.Abs(x-tt.x) > 1e-3 || math.Abs(y-tt.y) > 1e-3 {
			t.Errorf("NaturalEarth(%v) = (%.4f, %.4f); want (%.4f, %.4f)", tt.p, x, y, tt.x, tt.y)
		}
	}
}

// square is a quantized topology of two arcs (the second used reversed)
// with a Polygon of id 5 and a MultiPolygon named "B".
const square = `{"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
 "arcs":[[[0,0],[1,0],[0,1]],[[0,0],[1,0],[0,1]]],
 "objects":{"c":{"type":"GeometryCollection","geometries":[
  {"type":"Polygon","id":5,"arcs":[[0,-2]]},
  {"type":"MultiPolygon","properties":{"name":"B"},"arcs":[[[0,-2]],[[1,-1]]]},
  {"type":"Point","coordinates":[0,0]}]}}}`

func TestDecodeTopoJSON(t *testing.T) {
	fs, err := DecodeTopoJSON([]byte(square), "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 || fs[0].ID != "5" || fs[1].Name != "B" || len(fs[1].Rings) != 2 {
		t.Fatalf("DecodeTopoJSON(square) = %+v; want features 5 and B (2 rings)", fs)
	}
	want := []Point{{20, 10}, {20, 11}, {21, 11}, {20, 11}, {20, 10}}
	got := fs[0].Rings[0]
	if len(got) != len(want) {
		t.Fatalf("ring = %v; want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ring = %v; want %v", got, want)
		}
	}
	bad := []string{
		`[]`, `{"type":"Feature"}`, `{"type":"Topology","objects":{}}`,
		`{"type":"Topology","arcs":[[[0]]],"objects":{"c":{"type":"Polygon","arcs":[[0]]}}}`,
		`{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"c":{"type":"Polygon","arcs":[[3]]}}}`,
		`{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"c":{"type":"Polygon","arcs":[[-3]]}}}`,
		`{"type":"Topology","arcs":[[[0,0],[500,1]]],"objects":{"c":{"type":"Polygon","arcs":[[0]]}}}`,
		`{"type":"Topology","arcs":[],"objects":{"c":{"type":"MultiPolygon","arcs":[0]}}}`,
	}
	for _, in := range bad {
		if _, err := DecodeTopoJSON([]byte(in), "c"); !errors.Is(err, ErrTopoJSON) {
			t.Errorf("DecodeTopoJSON(%s) error = %v; want ErrTopoJSON", in, err)
		}
	}
}

func TestDefaultMap(t *testing.T) {
	g := gazetteer(t)
	m, err := DefaultMap(g, 960)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.countries) < 170 || m.Width != 960 || m.Height < 400 || m.Height > 440 {
		t.Errorf("DefaultMap: %d countries, %gx%g; want ≥170, 960x~420", len(m.countries), m.Width, m.Height)
	}
	codes := map[string]bool{}
	for _, c := range m.countries {
		if c.code == "" && c.name != "N. Cyprus" && c.name != "Somaliland" { // no ISO code
			t.Errorf("DefaultMap: country %q has no ISO3 code", c.name)
		}
		codes[c.code] = true
	}
	for _, c := range []string{"USA", "CHN", "MYS", "RUS", "FJI", "XKX"} {
		if !codes[c] {
			t.Errorf("DefaultMap: no outline for %s", c)
		}
	}
	// Washington is west of Beijing and north of Kuala Lumpur, all inside
	// the canvas.
	w, _ := g.Locate("Washington", "USA")
	b, _ := g.Locate("Beijing", "CHN")
	k, _ := g.Locate("Kuala Lumpur", "MYS")
	wx, wy := m.Project(w.Point)
	bx, _ := m.Project(b.Point)
	_, ky := m.Project(k.Point)
	if !(0 < wx && wx < bx && bx < m.Width && 0 < wy && wy < ky && ky < m.Height) {
		t.Errorf("Project: Washington (%.0f, %.0f), Beijing x %.0f, Kuala Lumpur y %.0f: out of order", wx, wy, bx, ky)
	}
	svg := m.SVG("events <by place>", []Marker{
		{Point: k.Point, Count: 1, Title: "Kuala Lumpur: 1 event", Href: "/events?place=MYS"},
		{Point: w.Point, Count: 100, Title: "Washington & co: 100 events"},
	}, map[string]Shade{"USA": {Count: 9, Title: "United States: 9 events"}, "MYS": {Count: 1}})
	for _, want := range []string{
		`aria-label="events &lt;by place&gt;"`, `<a href="/events?place=MYS"><circle class="marker"`,
		`r="22.0"><title>Washington &amp; co: 100 events</title>`, `class="land shade5"`, `class="land shade2"`,
		`<title>United States: 9 events</title>`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG(…) lacks %s", want)
		}
	}
	if strings.Index(svg, "Washington &amp;") > strings.Index(svg, "Kuala Lumpur: 1") {
		t.Errorf("SVG(…): the small marker is drawn under the large one")
	}
	// A lone event draws a small circle, not a full-size one.
	if one := m.SVG("", []Marker{{Point: k.Point, Count: 1, Title: "KL"}}, nil); !strings.Contains(one, `r="7.2"><title>KL</title>`) {
		t.Errorf("SVG with one marker of count 1: radius not 7.2")
	}
	if len(svg) > 100_000 {
		t.Errorf("SVG(…) is %d bytes; want under 100 kB", len(svg))
	}
}

func FuzzDecodeTopoJSON(f *testing.F) {
	f.Add([]byte(square), "c")
	f.Add([]byte(`{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"c":{"type":"Polygon","arcs":[[-1]]}}}`), "c")
	f.Fuzz(func(t *testing.T, data []byte, object string) {
		fs, err := DecodeTopoJSON(data, object)
		if err != nil {
			return
		}
		for _, f := range fs {
			for _, r := range f.Rings {
				for _, p := range r {
					if !(p.Lat >= -90 && p.Lat <= 90 && p.Lon >= -180 && p.Lon <= 180) {
						t.Fatalf("DecodeTopoJSON: point %v off the globe", p)
					}
				}
			}
		}
	})
}

func BenchmarkDefaultMap(b *testing.B) {
	g := gazetteer(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DefaultMap(g, 960); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSVG(b *testing.B) {
	g := gazetteer(b)
	m, err := DefaultMap(g, 960)
	if err != nil {
		b.Fatal(err)
	}
	ms := []Marker{{Point: Point{3, 101}, Count: 3}, {Point: Point{38, -77}, Count: 10}}
	sh := map[string]Shade{"USA": {Count: 10}, "CHN": {Count: 4}}
	b.ReportAllocs()
	for b.Loop() {
		m.SVG("map", ms, sh)
	}
}
