package geo

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"unicode"
)

//go:embed data/countries-110m.json data/countries.tsv data/places.tsv
var data embed.FS

// ErrData is returned for a malformed data file.
var ErrData = errors.New("geo: malformed data")

// The kinds of Place.
const (
	KindCountry = "country"
	KindCapital = "capital"
	KindCity    = "city"
	KindRegion  = "region"
)

// A Place is a named point.
type Place struct {
	Name    string // the canonical name
	Country string // ISO 3166-1 alpha-3; "" for a region of several countries
	Kind    string // KindCountry, KindCapital, KindCity or KindRegion
	Point
}

// A Gazetteer finds the coordinates of countries, cities and regions.
type Gazetteer struct {
	countries map[string]Place   // ISO3 → country
	numeric   map[string]string  // ISO numeric ("840") → ISO3
	byName    map[string][]Place // fold(name or alias) → places, capitals first
}

// DefaultGazetteer returns the gazetteer embedded in the binary. Each call
// parses the data anew; callers load it once and share it.
func DefaultGazetteer() (*Gazetteer, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return LoadGazetteer(sub)
}

// LoadGazetteer parses countries.tsv and places.tsv from the root of fsys.
func LoadGazetteer(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{countries: map[string]Place{}, numeric: map[string]string{}, byName: map[string][]Place{}}
	err := readTSV(fsys, "countries.tsv", 5, func(f []string) error {
		pt, err := point(f[3], f[4])
		if err != nil {
			return err
		}
		if len(f[0]) != 3 {
			return fmt.Errorf("country code %q", f[0])
		}
		p := Place{Name: f[2], Country: f[0], Kind: KindCountry, Point: pt}
		g.countries[f[0]] = p
		if f[1] != "" {
			g.numeric[f[1]] = f[0]
		}
		g.add(f[2], p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "places.tsv", 5, func(f []string) error {
		pt, err := point(f[3], f[4])
		if err != nil {
			return err
		}
		switch f[0] {
		case KindCapital, KindCity, KindRegion:
		default:
			return fmt.Errorf("kind %q", f[0])
		}
		names := strings.Split(f[2], "|")
		p := Place{Name: names[0], Country: f[1], Kind: f[0], Point: pt}
		for _, n := range names {
			g.add(n, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// add files p under name, capitals before cities and regions.
func (g *Gazetteer) add(name string, p Place) {
	k := fold(name)
	if k == "" {
		return
	}
	ps := g.byName[k]
	if p.Kind == KindCapital {
		g.byName[k] = append([]Place{p}, ps...)
		return
	}
	g.byName[k] = append(ps, p)
}

// readTSV calls row with the fields of each line of a tab-separated file,
// skipping blank lines and # comments; a line with fewer than n fields is
// an error.
func readTSV(fsys fs.FS, name string, n int, row func([]string) error) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < n {
			return fmt.Errorf("%w: %s:%d: %d fields, want %d", ErrData, name, line, len(f), n)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("%w: %s:%d: %w", ErrData, name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("geo: %s: %w", name, err)
	}
	return nil
}

// point parses a latitude and a longitude.
func point(lat, lon string) (Point, error) {
	la, err1 := strconv.ParseFloat(lat, 64)
	lo, err2 := strconv.ParseFloat(lon, 64)
	if err := errors.Join(err1, err2); err != nil {
		return Point{}, err
	}
	if !(la >= -90 && la <= 90 && lo >= -180 && lo <= 180) {
		return Point{}, fmt.Errorf("(%s, %s) is not on the globe", lat, lon)
	}
	return Point{Lat: la, Lon: lo}, nil
}

// fold normalises a place name for lookup: lower case, "." and "," and
// combining marks dropped, spaces and hyphens collapsed, a leading "the "
// dropped.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == ',':
		case unicode.IsSpace(r) || r == '-':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			if r == '’' || r == '‘' {
				r = '\''
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// Country returns the country with an ISO 3166-1 alpha-3 code.
func (g *Gazetteer) Country(code string) (Place, bool) {
	p, ok := g.countries[strings.ToUpper(code)]
	return p, ok
}

// Countries returns the number of countries known.
func (g *Gazetteer) Countries() int { return len(g.countries) }

// CountryOfNumeric returns the alpha-3 code of an ISO 3166-1 numeric code
// ("840" → "USA"), as TopoJSON country ids are.
func (g *Gazetteer) CountryOfNumeric(id string) (string, bool) {
	c, ok := g.numeric[id]
	return c, ok
}

// Locate returns the point of an event location: the place called name in
// country (a city, capital or region; the country itself if name is its
// name), else the place called name anywhere (capitals first), else
// country's reference point. Either argument may be "".
func (g *Gazetteer) Locate(name, country string) (Place, bool) {
	country = strings.ToUpper(strings.TrimSpace(country))
	ps := g.byName[fold(name)]
	if country != "" {
		for _, p := range ps {
			if p.Country == country {
				return p, true
			}
		}
	}
	if len(ps) > 0 && (country == "" || ps[0].Kind == KindRegion) {
		return ps[0], true
	}
	return g.Country(country)
}
