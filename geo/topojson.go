package geo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// ErrTopoJSON is returned for input that is not valid TopoJSON.
var ErrTopoJSON = errors.New("geo: invalid TopoJSON")

// A Point is a position on the globe in degrees.
type Point struct {
	Lat, Lon float64
}

// A Feature is one polygonal geometry of a TopoJSON object: its id and name
// property, and its rings (the outer rings and holes of all its polygons,
// each closed: the last point equals the first).
type Feature struct {
	ID    string
	Name  string
	Rings [][]Point
}

// topology is the JSON of a TopoJSON Topology.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][]float64              `json:"arcs"`
	Objects map[string]json.RawMessage `json:"objects"`
}

// geometry is the JSON of a TopoJSON geometry object.
type geometry struct {
	Type       string          `json:"type"`
	ID         json.RawMessage `json:"id"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
	Arcs       json.RawMessage `json:"arcs"`
	Geometries []geometry      `json:"geometries"`
}

// DecodeTopoJSON decodes the polygons of the named object of a TopoJSON
// topology, one Feature per Polygon or MultiPolygon geometry (nested
// GeometryCollections are flattened; other geometry types are skipped).
func DecodeTopoJSON(data []byte, object string) ([]Feature, error) {
	var t topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTopoJSON, err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("%w: type %q, want Topology", ErrTopoJSON, t.Type)
	}
	raw, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("%w: no object %q", ErrTopoJSON, object)
	}
	arcs, err := decodeArcs(&t)
	if err != nil {
		return nil, err
	}
	var g geometry
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("%w: object %q: %w", ErrTopoJSON, object, err)
	}
	var out []Feature
	if err := collect(&g, arcs, &out, 0); err != nil {
		return nil, err
	}
	return out, nil
}

// decodeArcs returns the arcs of t as points, undoing the quantization.
func decodeArcs(t *topology) ([][]Point, error) {
	arcs := make([][]Point, len(t.Arcs))
	for i, a := range t.Arcs {
		pts := make([]Point, 0, len(a))
		var x, y float64
		for _, p := range a {
			if len(p) < 2 {
				return nil, fmt.Errorf("%w: arc %d has a position with %d numbers", ErrTopoJSON, i, len(p))
			}
			if t.Transform != nil {
				x, y = x+p[0], y+p[1]
				pts = append(pts, Point{
					Lon: x*t.Transform.Scale[0] + t.Transform.Translate[0],
					Lat: y*t.Transform.Scale[1] + t.Transform.Translate[1],
				})
			} else {
				pts = append(pts, Point{Lon: p[0], Lat: p[1]})
			}
			if q := pts[len(pts)-1]; !(q.Lat >= -90 && q.Lat <= 90 && q.Lon >= -180 && q.Lon <= 180) {
				return nil, fmt.Errorf("%w: arc %d leaves the globe (%g, %g)", ErrTopoJSON, i, q.Lat, q.Lon)
			}
		}
		arcs[i] = pts
	}
	return arcs, nil
}

// maxDepth bounds the nesting of GeometryCollections.
const maxDepth = 8

// collect appends the features of g to out.
func collect(g *geometry, arcs [][]Point, out *[]Feature, depth int) error {
	switch g.Type {
	case "GeometryCollection":
		if depth == maxDepth {
			return fmt.Errorf("%w: geometry collections nested too deep", ErrTopoJSON)
		}
		for i := range g.Geometries {
			if err := collect(&g.Geometries[i], arcs, out, depth+1); err != nil {
				return err
			}
		}
		return nil
	case "Polygon", "MultiPolygon":
	default:
		return nil
	}
	var polys [][][]int
	if g.Type == "Polygon" {
		var rings [][]int
		if err := json.Unmarshal(g.Arcs, &rings); err != nil {
			return fmt.Errorf("%w: polygon arcs: %w", ErrTopoJSON, err)
		}
		polys = [][][]int{rings}
	} else if err := json.Unmarshal(g.Arcs, &polys); err != nil {
		return fmt.Errorf("%w: multipolygon arcs: %w", ErrTopoJSON, err)
	}
	f := Feature{ID: featureID(g.ID), Name: g.Properties.Name}
	for _, rings := range polys {
		for _, ring := range rings {
			r, err := stitch(ring, arcs)
			if err != nil {
				return err
			}
			if len(r) >= 4 {
				f.Rings = append(f.Rings, r)
			}
		}
	}
	*out = append(*out, f)
	return nil
}

// featureID returns a geometry id, a string or a number, as a string.
func featureID(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n float64
	if json.Unmarshal(raw, &n) == nil && !math.IsInf(n, 0) {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return ""
}

// stitch joins the arcs of a ring (a negative index ~i is arc i reversed),
// dropping the point each arc shares with the one before.
func stitch(ring []int, arcs [][]Point) ([]Point, error) {
	var out []Point
	for _, i := range ring {
		j := i
		if i < 0 {
			j = ^i
		}
		if j >= len(arcs) {
			return nil, fmt.Errorf("%w: arc index %d out of range", ErrTopoJSON, i)
		}
		a := arcs[j]
		start := len(out)
		if len(out) > 0 && len(a) > 0 {
			out = out[:len(out)-1]
			start = len(out)
		}
		out = append(out, a...)
		if i < 0 {
			reverse(out[start:])
		}
	}
	return out, nil
}

// reverse reverses p in place.
func reverse(p []Point) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}
