package main

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"chronicle/internal/pgtest"
)

// TestIngestDiskFull runs `chronicle ingest` with its file size limited
// (RLIMIT_FSIZE, which binds root too; Go ignores SIGXFSZ, so writes past it
// fail with EFBIG as on a full disk): the run must stop with exit 1 and an
// error naming the database, the database must stay valid, and the same
// command without the limit must complete the batch.
func TestIngestDiskFull(t *testing.T) {
	bin := buildBinary(t)
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to set ulimit -f")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	const n = 200
	paths := writeSynthArticles(t, in, n)
	db := filepath.Join(dir, "full.db")
	// ulimit -f counts 512-byte blocks: 1 MiB, a few dozen articles.
	cmd := exec.Command(sh, "-c", `ulimit -f 2048 && exec "$0" "$@"`, bin, "ingest", "--db", db, "--published", "2025-03-01", in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("ingest with a 1 MiB file size limit: %v; want exit status 1; stderr:\n%s", err, stderr.String())
	}
	msg := stderr.String()
	if !strings.Contains(msg, "database "+db+": ") {
		t.Errorf("ingest on a full disk: stderr does not name the database %s:\n%s", db, msg)
	}
	if strings.Count(msg, "chronicle: ") != 1 {
		t.Errorf("ingest on a full disk: want one error, then stop; stderr:\n%s", msg)
	}
	checkIntegrity(t, db)
	stored, err := countRows(t, db, "articles")
	if err != nil {
		t.Fatal(err)
	}
	if s := ingestSummary(t, msg); stored == 0 || stored >= n || s[1] != stored || s[3] != 1 {
		t.Errorf("ingest on a full disk: %d articles in the database, summary %v; want some stored, one failure, then a stop", stored, s)
	}
	t.Logf("disk full after %d articles: %s", stored, strings.TrimSpace(msg))

	out, code, _ := runBinary(t, bin, "ingest", "--db", db, "--published", "2025-03-01", in)
	if s := ingestSummary(t, out); code != 0 || s[1] != n-stored || s[4] != stored {
		t.Errorf("ingest again with space: exit %d, %v; want 0, %d stored, %d skipped:\n%s", code, s, n-stored, stored, out)
	}
	checkIntegrity(t, db)
	checkStoredOnce(t, db, paths)
}

// TestIngestReadOnlyDB runs `chronicle ingest` against a SQLite database
// its user cannot write (as root, the command runs as nobody, since file
// permissions do not bind root): it must fail with exit 1 and an error
// naming the database, and leave it valid and unchanged.
func TestIngestReadOnlyDB(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "ro.db")
	if out, code, _ := runBinary(t, bin, "ingest", "--db", db, "--published", "2025-07-11", "../../testdata/seed.txt"); code != 0 {
		t.Fatalf("ingest seed: exit %d:\n%s", code, out)
	}
	input := filepath.Join(dir, "other.txt")
	if err := os.WriteFile(input, []byte("Keir Starmer met Olaf Scholz in Berlin on Monday to discuss trade.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Everyone may read and run; nobody may write the file or its directory.
	for _, p := range []string{filepath.Dir(dir), dir, filepath.Dir(bin), filepath.Dir(filepath.Dir(bin))} {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })

	cmd := exec.Command(bin, "ingest", "--db", db, input)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("ingest into a read-only database: %v; want exit status 1; stderr:\n%s", err, stderr.String())
	}
	msg := stderr.String()
	if !strings.Contains(msg, db) || !strings.Contains(msg, "readonly") {
		t.Errorf("ingest into a read-only database: stderr does not name %s and say it is read-only:\n%s", db, msg)
	}
	t.Logf("read-only: %s", strings.TrimSpace(msg))

	// Reading commands open it read-only instead of failing.
	cmd = exec.Command(bin, "search", "--db", db, "Rubio")
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	stderr.Reset()
	cmd.Stderr = &stderr
	if out, err := cmd.Output(); err != nil || !strings.Contains(string(out), "Rubio") {
		t.Errorf("search a read-only database: %v, output %q; want the seed; stderr:\n%s", err, out, stderr.String())
	}
	os.Chmod(dir, 0o755)
	checkIntegrity(t, db)
	if n, err := countRows(t, db, "articles"); err != nil || n != 1 {
		t.Errorf("read-only database after the failed ingest: %d articles, %v; want the 1 it had", n, err)
	}
}

// TestIngestReadOnlyPostgres ingests into a PostgreSQL schema through a
// session whose transactions are read-only (default_transaction_read_only,
// as a read-only role or a hot standby would be): exit 1, an error naming
// the database without its password, nothing written.
func TestIngestReadOnlyPostgres(t *testing.T) {
	admin, rw := pgtest.Schema(t, "test_ro_")
	bin := buildBinary(t)
	ctx := context.Background()
	if out, code, _ := runBinary(t, bin, "ingest", "--db", rw, "--published", "2025-07-11", "../../testdata/seed.txt"); code != 0 {
		t.Fatalf("ingest seed: exit %d:\n%s", code, out)
	}
	input := filepath.Join(t.TempDir(), "other.txt")
	if err := os.WriteFile(input, []byte("Keir Starmer met Olaf Scholz in Berlin on Monday to discuss trade.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code, _ := runBinary(t, bin, "ingest", "--db", rw+"&default_transaction_read_only=on", input)
	if code != 1 || !strings.Contains(out, "read-only") {
		t.Errorf("ingest through a read-only session: exit %d; want 1 and a read-only error:\n%s", code, out)
	}
	if u, err := url.Parse(pgtest.DSN(t)); err == nil {
		if pw, ok := u.User.Password(); ok && strings.Contains(out, ":"+pw+"@") {
			t.Errorf("ingest through a read-only session: stderr shows the database password:\n%s", out)
		}
	}
	var n int
	if err := admin.QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil || n != 1 {
		t.Errorf("after the read-only ingest: %d articles, %v; want the 1 stored before", n, err)
	}
	t.Logf("read-only PostgreSQL: %s", strings.TrimSpace(out))
}
