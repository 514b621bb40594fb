package lexicon

import (
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary bytes to every data file in turn: Load must
// return a lexicon or an error, never panic, and a loaded lexicon must
// answer lookups.
func FuzzLoad(f *testing.F) {
	f.Add("person\tx\tX Y\tUSA\tY\t\nrole\tx\tPresident\tGOV\t\t2020-01-01\t\n", uint8(4))
	f.Add("USA\tUnited States\tUS|U.S.\tAmerican\tWashington\n", uint8(0))
	f.Add("x\tX\tORG\tIGO\t\tXX\tthe X\t\n", uint8(2))
	files := []string{"countries.tsv", "cities.tsv", "orgs.tsv", "titles.tsv", "people.tsv", "ambiguous.tsv"}
	f.Fuzz(func(t *testing.T, data string, which uint8) {
		fsys := fstest.MapFS{}
		for _, name := range files {
			fsys[name] = &fstest.MapFile{}
		}
		fsys[files[int(which)%len(files)]] = &fstest.MapFile{Data: []byte(data)}
		l, err := Load(fsys)
		if err != nil {
			return
		}
		for _, p := range l.AllPeople() {
			p.RoleAt("2025-07-11")
			l.Lookup(p.Name)
		}
		l.Lookup(data)
		l.ParseTitle(data)
	})
}
