package event

import "chronicle"

// Modes follow today's PLOVER codebook (PLOVER_structured_codebook_updated.csv):
// the trigger's entry gives a mode ("shelled" heavy-weapons, "arrested"
// arrest), and the words of its clause refine it where the codebook
// defines modes by what was used or done rather than by the verb:
//   - ASSAULT by the weapon named: a suicide bombing is suicide-attack;
//     bombs, mines and explosive devices explosives; artillery, shells,
//     mortars, rockets, missiles and tanks heavy-weapons; aircraft,
//     helicopters, jets and air strikes aerial; drones drone; guns and
//     gunfire firearms; machetes, knives, stones and fire primitive. A
//     weapon overrides the verb's own weapon ("tanks fired shells" is
//     heavy-weapons, not firearms) but not a mode naming the act
//     (assassinate, abduct, torture, beat, sexual, cleansing, …).
//   - PROTEST: a hunger strike is hunger, a riot riot, a strike strike,
//     a blockade obstruct, a boycott boycott.
//   - THREATEN by what is threatened: force (attack, war, offensive,
//     shelling, blows, violence) violence; curfews, martial law,
//     blockades, boycotts, strikes and sanctions restrict; talks,
//     negotiations, relations, mediation and aid relations; bans ban;
//     arrests arrest; expulsions expel.
//   - CONSULT: "hosted" or "welcomed" is a visit (the host receives).
//
// PLOVERMode gives the mode of the type PLOVERType converts an event to.

// modeWord returns the mode clause word w names for an event of type typ.
func modeWord(typ, w string) string {
	switch typ {
	case "ASSAULT":
		switch w {
		case "suicide":
			return "suicide-attack"
		case "bomb", "bombs", "bombing", "bombings", "explosive", "explosives", "explosion", "mine", "mines", "minefield", "grenade", "grenades", "ied", "landmine":
			return "explosives"
		case "artillery", "shell", "shells", "shelled", "shelling", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "tank", "tanks":
			return "heavy-weapons"
		case "aircraft", "helicopter", "helicopters", "gunships", "jets", "warplanes", "airstrike", "airstrikes":
			return "aerial"
		case "drone", "drones":
			return "drone"
		case "gun", "guns", "gunfire", "gunbattle", "gunmen", "rifle", "rifles":
			return "firearms"
		case "machete", "machetes", "knife", "knives", "stones", "rocks":
			return "primitive"
		}
	case "PROTEST":
		switch w {
		case "hunger":
			return "hunger"
		case "riot", "riots", "rioted", "rioting":
			return "riot"
		case "strike", "strikes":
			return "strike"
		case "blockade", "blocked":
			return "obstruct"
		case "boycott":
			return "boycott"
		}
	case "THREATEN":
		switch w {
		case "attack", "attacks", "war", "offensive", "shell", "blows", "violence", "fight", "invade":
			return "violence"
		case "strike", "curfew", "martial", "blockade", "boycott", "embargo", "sanctions", "tariffs":
			return "restrict"
		case "talks", "negotiations", "relations", "mediation", "aid", "ties":
			return "relations"
		case "ban":
			return "ban"
		case "arrest":
			return "arrest"
		case "expel":
			return "expel"
		}
	}
	return ""
}

// actMode reports ASSAULT modes that name the act, which no weapon changes.
func actMode(m string) bool {
	switch m {
	case "assassinate", "abduct", "torture", "beat", "sexual", "cleansing", "massacre", "execute", "destroy", "crowd-control", "unconventional":
		return true
	}
	return false
}

// refineMode sets c's mode from the words of its clause [a, b): the
// first word naming a mode of c's type ("suicide" before "bombing").
func (s *state) refineMode(c *cand, a, b int) {
	switch c.ev.Type {
	case "ASSAULT", "PROTEST", "THREATEN", "CONSULT":
	default:
		return
	}
	if c.ev.Type == "ASSAULT" && actMode(c.ev.Mode) {
		return
	}
	from := a
	if c.ev.Type == "THREATEN" {
		from = c.trig + 1 // what is threatened follows the verb
	}
	best := ""
	for k := from; k < b; k++ {
		m := modeWord(c.ev.Type, s.words[k])
		if m == "" {
			continue
		}
		if m == "suicide-attack" || best == "" {
			best = m
		}
	}
	if best != "" {
		c.ev.Mode = best
	}
}

// PLOVERMode returns the mode an event has in PLOVER's own coding, for
// the type PLOVERType gives it: a planned or hypothetical act of force
// threatens violence; a planned sanction, coercion or protest threatens
// restrictions (economic sanctions, curfews, boycotts), bans, arrests or
// expulsions, and a planned withdrawal or halt of aid or talks threatens
// relations; AGREE has no modes, and a REJECT from negated cooperation
// takes none. Other events keep their mode.
func PLOVERMode(e chronicle.Event) string {
	t := PLOVERType(e)
	if t == e.Type {
		return e.Mode
	}
	switch t {
	case "THREATEN":
		switch e.Type {
		case "ASSAULT":
			return "violence"
		case "SANCTION":
			if e.Mode == "expel" {
				return "expel"
			}
			for _, c := range e.Context {
				if c == "economic" {
					return "restrict"
				}
			}
			return "relations"
		case "COERCE":
			switch e.Mode {
			case "ban", "arrest":
				return e.Mode
			case "deport":
				return "expel"
			}
			return "restrict"
		case "PROTEST":
			return "restrict"
		}
	}
	return ""
}
