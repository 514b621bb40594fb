package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"chronicle"
	"chronicle/nlp/event"
)

// ErrEventData reports a PLOVER gold-standard file that cannot be read.
var ErrEventData = errors.New("eval: bad event data")

// ploverLabel maps a PLOVER 0.5 label of the gold-standard records to
// today's sixteen types: DEMAND became REQUEST, DISAPPROVE and INVESTIGATE
// became modes of ACCUSE, FIGHT a mode of ASSAULT.
func ploverLabel(l string) string {
	switch l {
	case "DEMAND":
		return "REQUEST"
	case "DISAPPROVE", "INVESTIGATE":
		return "ACCUSE"
	case "FIGHT":
		return "ASSAULT"
	}
	return l
}

// ploverMode maps the mode of a PLOVER 0.5 record (event label ev, mode
// m) to today's codebook (PLOVER_structured_codebook_updated.csv), as
// ploverLabel maps its type. INVESTIGATE, now a mode of ACCUSE, gives
// investigate; DISAPPROVE gives none, as it became both of ACCUSE's
// disapprove and allege ("accused X of war crimes" is allege today). Modes
// that were split or renamed take today's name:
//
//	PROTEST  demo-org, demo-spon → demo; riot-spon → riot;
//	         strike-gen → strike; strike-hun → hunger
//	COERCE   confiscate → seize; detain → arrest; martial-law → curfew
//	         (today: "impose state of emergency or martial law")
//	THREATEN curfew, martial-law → restrict (today's restrict covers
//	         curfews); political → rights (restricting assembly and speech)
//	CONSULT  host → visit (today the visitor acts and the host receives)
//	FIGHT    deport → cleansing (mass expulsion)
//
// Others are kept as written; a few have no counterpart today (FIGHT
// other, COERCE firearms and destroy) and can only be matched literally.
func ploverMode(ev, m string) string {
	if ev == "INVESTIGATE" {
		return "investigate"
	}
	switch ev + "/" + m {
	case "PROTEST/demo-org", "PROTEST/demo-spon":
		return "demo"
	case "PROTEST/riot-spon":
		return "riot"
	case "PROTEST/strike-gen":
		return "strike"
	case "PROTEST/strike-hun":
		return "hunger"
	case "COERCE/confiscate":
		return "seize"
	case "COERCE/detain":
		return "arrest"
	case "COERCE/martial-law":
		return "curfew"
	case "THREATEN/curfew", "THREATEN/martial-law":
		return "restrict"
	case "THREATEN/political":
		return "rights"
	case "CONSULT/host":
		return "visit"
	case "FIGHT/deport":
		return "cleansing"
	}
	return m
}

// EventScore is the measure of an event stage on PLOVER gold-standard
// records (one sentence and one gold event each).
//
// Each record's sentence is analysed on its own; its events are converted
// to PLOVER's own coding with event.PLOVERType and event.PLOVERMode
// (planned cooperation is AGREE, planned force THREATEN violence). The primary event is the first event in
// text order. Type accuracy is the share of records whose primary event
// has the gold type (a record without events counts as wrong). Type P/R/F1
// compare the set of types predicted for each record with its gold type:
// a predicted type is a true positive when it is the gold type, every other
// predicted type a false positive. Actor match is the share of records with
// gold actors whose primary event has an actor of a gold actor's country
// (or non-state kind: the code's first three letters); recipient match
// likewise for gold targets. Mode accuracy is over records with a gold
// mode, mapped to today's codebook by ploverMode; ModeRaw compares the
// records' own PLOVER 0.5 modes as written (the measure before the
// mapping).
type EventScore struct {
	Records   int
	Type      QuoteAccuracy
	AnyType   QuoteAccuracy // the gold type is among the record's predicted types
	Types     QuoteCount
	Actor     QuoteAccuracy
	Recipient QuoteAccuracy
	Mode      QuoteAccuracy
	ModeRaw   QuoteAccuracy
	// Confusion counts gold type → primary predicted type ("NONE" when the
	// record has no event).
	Confusion map[string]map[string]int
}

// ActorRecipient returns actor and recipient matches pooled.
func (s EventScore) ActorRecipient() QuoteAccuracy {
	return QuoteAccuracy{Correct: s.Actor.Correct + s.Recipient.Correct, Total: s.Actor.Total + s.Recipient.Total}
}

// Print writes the scores and the confusion table, ending with the line
// `F1 <type F1>` (the set-based type F1, not the accuracy).
func (s EventScore) Print(w io.Writer) {
	fmt.Fprintf(w, "records %d\n", s.Records)
	acc := func(name string, a QuoteAccuracy) {
		fmt.Fprintf(w, "%-22s %7.4f %5d/%d\n", name, a.Value(), a.Correct, a.Total)
	}
	acc("type accuracy", s.Type)
	acc("type among predicted", s.AnyType)
	acc("actor match", s.Actor)
	acc("recipient match", s.Recipient)
	acc("actor+recipient match", s.ActorRecipient())
	acc("mode accuracy", s.Mode)
	acc("mode accuracy (0.5)", s.ModeRaw)
	fmt.Fprintf(w, "%-22s P %.4f R %.4f F1 %.4f (%d match, %d pred, %d gold)\n", "types", s.Types.Precision(), s.Types.Recall(), s.Types.F1(), s.Types.Match, s.Types.Pred, s.Types.Gold)
	cols := append(event.Types(), "NONE")
	fmt.Fprintf(w, "confusion (rows gold, columns primary predicted):\n%-10s", "")
	for _, c := range cols {
		fmt.Fprintf(w, " %4.4s", c)
	}
	fmt.Fprintln(w)
	for _, r := range event.Types() {
		row := s.Confusion[r]
		if len(row) == 0 {
			continue
		}
		fmt.Fprintf(w, "%-10s", r)
		for _, c := range cols {
			if n := row[c]; n > 0 {
				fmt.Fprintf(w, " %4d", n)
			} else {
				fmt.Fprintf(w, " %4s", ".")
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "F1 %.4f\n", s.Types.F1())
}

// A ploverRecord is one record of PLOVER_GSR_CAMEO.txt.
type ploverRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Mode   *string         `json:"mode"`
	Mode05 string          `json:"-"` // the mode as written, before ploverMode
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

type ploverActor struct {
	Code string `json:"code"`
}

// goldCode normalises the country part of a gold actor code. The records
// follow CAMEO, whose country codes are ISO 3166-1 alpha-3 except for a few
// older ones; Chronicle writes ISO3, so these are mapped here, never in the
// tagger:
//
//	JAP → JPN  Japan (CAMEO's code)
//	ITL → ITA  Italy (CAMEO's code)
//	VTN → VNM  Vietnam (a variant spelling in the records; CAMEO uses VNM)
//
// Non-state codes (IGO, NGO, IMG, ...) are kept as they are.
func goldCode(c string) string {
	switch c {
	case "JAP":
		return "JPN"
	case "ITL":
		return "ITA"
	case "VTN":
		return "VNM"
	}
	return c
}

// codes reads an actor list, which the file writes as a list, "" or null.
func codes(raw json.RawMessage) []string {
	var as []ploverActor
	if json.Unmarshal(raw, &as) != nil {
		return nil
	}
	var out []string
	for _, a := range as {
		if c := strings.TrimSpace(a.Code); len(c) >= 3 {
			out = append(out, goldCode(strings.ToUpper(c[:3])))
		}
	}
	return out
}

// ReadPLOVERGold reads the gold-standard records of path, skipping
// documentation records and records without text.
func readPLOVERGold(path string) ([]ploverRecord, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var recs []ploverRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrEventData, path, err)
	}
	out := recs[:0]
	for _, r := range recs {
		if r.Text == "" || r.Event == "" || r.Event == "DOCUMENT" {
			continue
		}
		if r.Mode != nil {
			r.Mode05 = *r.Mode
		}
		m := ploverMode(r.Event, r.Mode05)
		r.Mode = &m
		r.Event = ploverLabel(r.Event)
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s: no records", ErrEventData, path)
	}
	return out, nil
}

// ScoreEvents runs analyse on the text of every PLOVER gold-standard record
// in the file at path (PLOVER_GSR_CAMEO.txt: a JSON list of records) and
// scores the documents' Events. It stops at the first error, including ctx
// being done.
func ScoreEvents(ctx context.Context, path string, analyse func(ctx context.Context, text string) (*chronicle.Document, error)) (EventScore, error) {
	s := EventScore{Confusion: map[string]map[string]int{}}
	recs, err := readPLOVERGold(path)
	if err != nil {
		return s, err
	}
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		text := strings.ReplaceAll(r.Text, `\$`, "$")
		doc, err := analyse(ctx, text)
		if err != nil {
			return s, fmt.Errorf("%s: %w", r.ID, err)
		}
		s.Records++
		var evs []chronicle.Event
		types := map[string]bool{}
		for _, e := range doc.Events {
			e.Mode = event.PLOVERMode(e)
			e.Type = event.PLOVERType(e)
			evs = append(evs, e)
			types[e.Type] = true
		}
		pred := "NONE"
		var primary *chronicle.Event
		if len(evs) > 0 {
			primary = &evs[0]
			pred = primary.Type
		}
		s.Type.Total++
		s.AnyType.Total++
		if pred == r.Event {
			s.Type.Correct++
		}
		if types[r.Event] {
			s.AnyType.Correct++
			s.Types.Match++
		}
		s.Types.Pred += len(types)
		s.Types.Gold++
		if s.Confusion[r.Event] == nil {
			s.Confusion[r.Event] = map[string]int{}
		}
		s.Confusion[r.Event][pred]++
		if gold := codes(r.Source); len(gold) > 0 {
			s.Actor.Total++
			if primary != nil && overlaps(primary.Actors, gold) {
				s.Actor.Correct++
			}
		}
		if gold := codes(r.Target); len(gold) > 0 {
			s.Recipient.Total++
			if primary != nil && overlaps(primary.Recipients, gold) {
				s.Recipient.Correct++
			}
		}
		if r.Mode != nil && *r.Mode != "" {
			s.Mode.Total++
			if primary != nil && primary.Mode == *r.Mode {
				s.Mode.Correct++
			}
		}
		if r.Mode05 != "" {
			s.ModeRaw.Total++
			if primary != nil && primary.Mode == r.Mode05 {
				s.ModeRaw.Correct++
			}
		}
	}
	return s, nil
}

// overlaps reports whether an actor's code starts with one of the gold codes.
func overlaps(actors []chronicle.Actor, gold []string) bool {
	for _, a := range actors {
		if len(a.Code) >= 3 && slices.Contains(gold, a.Code[:3]) {
			return true
		}
	}
	return false
}
