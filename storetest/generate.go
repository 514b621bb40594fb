package storetest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"chronicle"
)

// GenerateEvents puts docs generated documents of perDoc events each into
// s, for benchmarks: event k of document i has one of five PLOVER types,
// an actor and a recipient among six codes (USA, USAGOV, CHN, CHNMIL, RUS,
// GBR) and a day in 2024–2025, all chosen deterministically.
func GenerateEvents(ctx context.Context, s chronicle.Store, docs, perDoc int) error {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range docs {
		var b strings.Builder
		d := &chronicle.Document{Meta: chronicle.Meta{
			Title:     fmt.Sprintf("Generated report %d", i),
			Published: chronicle.Published{Value: base.AddDate(0, 0, i%730).Format(time.DateOnly), Source: chronicle.DateUser},
		}}
		for j := range perDoc {
			k := i*perDoc + j
			start := b.Len()
			fmt.Fprintf(&b, "Generated event %d of report %d.\n", j, i)
			d.Events = append(d.Events, chronicle.Event{
				ID:         fmt.Sprintf("v%d", j+1),
				Type:       synthTypes[k%len(synthTypes)],
				Actors:     []chronicle.Actor{{Code: synthCodes[k%len(synthCodes)]}},
				Recipients: []chronicle.Actor{{Code: synthCodes[(k*7+3)%len(synthCodes)]}},
				Date:       chronicle.EventDate{Value: base.AddDate(0, 0, (k*37)%730).Format(time.DateOnly), From: "inferred"},
				Status:     "occurred",
				Evidence:   chronicle.Span{Start: start, End: b.Len() - 1},
			})
		}
		d.Text = b.String()
		d.ID = chronicle.DocumentID(d.Text)
		d.Normalize()
		if _, _, err := s.PutDocument(ctx, d, chronicle.ArticleSource{Path: "generated"}); err != nil {
			return err
		}
	}
	return nil
}
