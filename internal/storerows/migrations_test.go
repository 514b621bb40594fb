package storerows

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadMigrations(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/010_c.sql": {Data: []byte("C")},
		"migrations/002_b.sql": {Data: []byte("B")},
		"migrations/001_a.sql": {Data: []byte("A")},
		"migrations/notes.txt": {Data: []byte("ignored")},
	}
	ms, err := LoadMigrations(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Name+"="+m.SQL)
	}
	if g, w := strings.Join(got, " "), "001_a.sql=A 002_b.sql=B 010_c.sql=C"; g != w {
		t.Errorf("LoadMigrations() = %s; want %s", g, w)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"no number": {"migrations/init.sql": {}},
		"zero":      {"migrations/000_init.sql": {}},
		"duplicate": {"migrations/001_a.sql": {}, "migrations/1_b.sql": {}},
	} {
		if _, err := LoadMigrations(fsys); err == nil {
			t.Errorf("LoadMigrations(%s) = nil error; want one", name)
		}
	}
}
