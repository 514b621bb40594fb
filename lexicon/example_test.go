package lexicon_test

import (
	"fmt"

	"chronicle/lexicon"
)

func ExampleDefault() {
	lex, err := lexicon.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	c, kind, _ := lex.FindCountry("Beijing")
	fmt.Println(c.Code, c.Name, kind)
	for _, p := range lex.People("Rubio") {
		for _, date := range []string{"2022-06-01", "2025-07-11"} {
			r, _ := p.RoleAt(date)
			fmt.Println(p.Name, date, r.Title, r.Sector)
		}
	}
	t, _ := lex.Title("foreign minister")
	fmt.Println(t.Name, t.Sector)
	// Output:
	// CHN China capital
	// Marco Rubio 2022-06-01 Senator LEG
	// Marco Rubio 2025-07-11 Secretary of State GOV
	// Foreign Minister GOV
}

func ExampleLexicon_PersonByKB() {
	lex, err := lexicon.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, kb := range []string{"Q324546", "person:howard-lutnick"} {
		p, _ := lex.PersonByKB(kb)
		r, _ := p.RoleAt("")
		to := r.To
		if to == "" {
			to = "open, known to " + lex.Horizon()
		}
		fmt.Printf("%s: %s from %s (%s)\n", p.Name, r.Title, r.From, to)
	}
	// Output:
	// Marco Rubio: Secretary of State from 2025-01-21 (open, known to 2025-12-31)
	// Howard Lutnick: Commerce Secretary from 2025-02-21 (open, known to 2025-12-31)
}
