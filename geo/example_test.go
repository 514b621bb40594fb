package geo_test

import (
	"fmt"
	"strings"

	"chronicle/geo"
)

func ExampleGazetteer_Locate() {
	g, err := geo.DefaultGazetteer()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, loc := range [][2]string{{"Kuala Lumpur", "MYS"}, {"Texas", "USA"}, {"South China Sea", ""}} {
		p, ok := g.Locate(loc[0], loc[1])
		fmt.Printf("%s: %s %s (%.1f, %.1f) %v\n", loc[0], p.Kind, p.Name, p.Lat, p.Lon, ok)
	}
	// Output:
	// Kuala Lumpur: capital Kuala Lumpur (3.1, 101.7) true
	// Texas: country United States (38.0, -97.0) true
	// South China Sea: region South China Sea (12.0, 114.0) true
}

func ExampleMap_SVG() {
	g, err := geo.DefaultGazetteer()
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := geo.DefaultMap(g, 960)
	if err != nil {
		fmt.Println(err)
		return
	}
	kl, _ := g.Locate("Kuala Lumpur", "MYS")
	svg := m.SVG("events by place", []geo.Marker{{Point: kl.Point, Count: 2, Title: "Kuala Lumpur: 2 events"}}, nil)
	x, y := m.Project(kl.Point)
	fmt.Printf("%gx%g, Kuala Lumpur at (%.0f, %.0f), marker drawn: %v\n", m.Width, m.Height, x, y, strings.Contains(svg, "<title>Kuala Lumpur: 2 events</title>"))
	// Output:
	// 960x420, Kuala Lumpur at (751, 233), marker drawn: true
}
