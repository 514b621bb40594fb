package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// copyHeadline is the headline of the copy of the seed TestBrowser
// ingests beside it.
const copyHeadline = "Rubio and Wang hold talks in Kuala Lumpur"

// bbcDir is the BBC business articles of the shared corpus, which the
// browser test ingests beside the seed when they are there.
var bbcDir = filepath.Join("..", "..", "..", "shared", "data", "corpus", "bbc-news", "business")

// TestBrowser drives a headless Chromium through the web UI over the
// ingested seed (and the BBC business articles when ../shared has them):
// search "tariffs", open the seed, find the highlighted quote "positive and
// constructive" and its hover details, open Marco Rubio's page, open the
// USA–CHN timeline, look at the map of event locations, filter the event
// table and follow an event to its evidence sentence. It asserts on the
// DOM at each step; screenshots go to $CHRONICLE_SCREENSHOTS (a temporary
// directory if unset).
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium binary (apt-get install chromium, or set CHROMIUM)")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	shots := os.Getenv("CHRONICLE_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	db := seedDB(t)
	// A wire copy of the seed with a headline and a dateline: one
	// near-duplicate group, and each of the seed's events merged with
	// the copy's (two sources, one of them independent).
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(t.TempDir(), "seed-copy.txt")
	if err := os.WriteFile(copyPath, append([]byte(copyHeadline+"\nKUALA LUMPUR (Reuters) - "), seed...), 0o644); err != nil {
		t.Fatal(err)
	}
	if e, _, stderr := testEnv(); runIngest(context.Background(), e, []string{"--db", db, "--published", "2025-07-11", copyPath}) != nil {
		t.Fatalf("ingest a copy of the seed: %s", stderr)
	}
	bbc := false
	if _, err := os.Stat(bbcDir); err != nil {
		t.Logf("BBC part skipped: no BBC corpus at %s (only the seed is ingested)", bbcDir)
	} else {
		// In a child process: a crash while analysing the corpus fails
		// this test with its output instead of ending every test.
		start := time.Now()
		cmd := exec.Command(os.Args[0], "-test.run=^TestBrowserIngestBBC$", "-test.v")
		cmd.Env = append(os.Environ(), "CHRONICLE_INGEST_DB="+db)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("ingest the BBC business articles (%s): %v\n%s", bbcDir, err, excerpt(string(out), 30))
		} else {
			t.Logf("ingested the BBC business articles in %v", time.Since(start).Round(time.Millisecond))
		}
		bbc = err == nil
	}
	base := startServer(t, db, "")

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-gpu", true),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()

	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("browser: %s: %v", what, err)
		}
	}
	eval := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("browser: evaluate %s: %v", expr, err)
		}
		return v
	}
	count := func(sel string) int {
		t.Helper()
		n, _ := strconv.Atoi(eval(fmt.Sprintf(`String(document.querySelectorAll(%q).length)`, sel)))
		return n
	}
	// capture writes a screenshot: the whole page, the viewport or one
	// element. Chromium sometimes never answers a capture under load: retry.
	capture := func(name string, shoot chromedp.Action[[]byte]) {
		t.Helper()
		var png []byte
		for try := 1; ; try++ {
			sctx, cancel := context.WithTimeout(ctx, 15*time.Second)
			var err error
			png, err = chromedp.Run(sctx, shoot)
			cancel()
			if err == nil {
				break
			}
			if try == 3 || ctx.Err() != nil {
				t.Fatalf("browser: screenshot %s: %v", name, err)
			}
			t.Logf("screenshot %s: %v; retrying", name, err)
		}
		p := filepath.Join(shots, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", p)
	}
	shot := func(name string) { t.Helper(); capture(name, chromedp.FullScreenshot(100)) }
	// hover moves the mouse over the first line box of the element sel
	// selects (scrolled to the middle of the viewport), near its start.
	hover := func(sel string) {
		t.Helper()
		xy := eval(fmt.Sprintf(`(() => { const el = %s; el.scrollIntoView({block: "center"});
			const r = el.getClientRects()[0]; return (r.left + Math.min(12, r.width / 2)) + " " + (r.top + r.height / 2); })()`, sel))
		var x, y float64
		if _, err := fmt.Sscan(xy, &x, &y); err != nil {
			t.Fatalf("browser: position of %s: %q", sel, xy)
		}
		do("hover "+sel, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y))
	}

	// hoverWord moves the mouse over the first occurrence of word in a
	// text node of the element el (a JavaScript expression).
	hoverWord := func(el, word string) {
		t.Helper()
		xy := eval(fmt.Sprintf(`(() => { const el = %s; el.scrollIntoView({block: "center"});
			const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let n = w.nextNode(); n; n = w.nextNode()) {
				const i = n.data.indexOf(%q);
				if (i < 0) continue;
				const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + %d);
				const b = r.getBoundingClientRect(); return (b.left + b.width / 2) + " " + (b.top + b.height / 2);
			}
			return ""; })()`, el, word, len(word)))
		var x, y float64
		if _, err := fmt.Sscan(xy, &x, &y); err != nil {
			t.Fatalf("browser: position of %q in %s: %q", word, el, xy)
		}
		do("hover "+word, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y))
	}

	// 1. Search "tariffs": the seed is among the hits, shown by its lead
	// with a "no headline" tag since it has no title line.
	do("search tariffs",
		chromedp.Navigate(base+"/"),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "tariffs"),
		chromedp.Submit(chromedp.CSS(`form.search`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits a.hit-title`)),
	)
	// (Under load the hits may still be laid out when they first show:
	// poll for the seed's, up to 20 s, rather than read them once.)
	seedHit, _ := chromedp.Run(ctx, chromedp.Poll[string](`[...document.querySelectorAll("ol.hits a.hit-title")].find(a => a.textContent.includes("Marco Rubio described") && a.getClientRects().length > 0)?.textContent.trim() || ""`,
		chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(100*time.Millisecond)))
	hits := count(`ol.hits > li`)
	if !strings.Contains(seedHit, "no headline") {
		t.Errorf("search: the seed's hit reads %q; want its lead marked “no headline”", seedHit)
	}
	if bbc && hits < 2 {
		t.Errorf("search tariffs over the seed and BBC business: %d hits; want several", hits)
	}
	shot("1-search.png")

	// 2. Open the seed: the quote is highlighted, and hovering it shows
	// who said it; figures and events carry their details.
	do("open the seed",
		chromedp.Click(chromedp.CSS(`ol.hits a.hit-title[href="`+seedPath(t, base, eval)+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`div.text q.qt`)),
	)
	const quoteSel = `[...document.querySelectorAll("div.text q.qt")].find(q => q.textContent.includes("positive and constructive"))`
	quote := eval(quoteSel + `?.textContent || ""`)
	speaker := eval(quoteSel + `?.dataset.tip || ""`)
	untitled := eval(`document.querySelector("h1.untitled")?.textContent || ""`)
	figureTip := eval(`[...document.querySelectorAll("div.text span.fig")].map(f => f.dataset.tip).join(" | ")`)
	eventTips := eval(`[...document.querySelectorAll("div.text span.ev[id]")].map(e => e.dataset.tip).join(" | ")`)
	shot("2-article.png")
	hover(quoteSel)
	shown := eval(`getComputedStyle(` + quoteSel + `, "::after").content`)
	capture("2b-article-hover.png", chromedp.CaptureScreenshot())
	// Hover a plain word of the first event's sentence (not a mention or
	// a quote): the event's details show.
	const evSel = `document.querySelector("div.text span.ev[id]")`
	hoverWord(evSel, "described")
	evShown := eval(`getComputedStyle(` + evSel + `, "::after").content`)
	capture("2c-event-hover.png", chromedp.CaptureScreenshot())
	if !strings.Contains(evShown, "CONSULT") || !strings.Contains(evShown, "Wang Yi") {
		t.Errorf("article page: hovering the event sentence shows %s; want its type and recipient", evShown)
	}
	if quote == "" {
		t.Errorf("article page: no highlighted quote holds “positive and constructive”")
	}
	if !strings.Contains(speaker, "Marco Rubio") {
		t.Errorf("article page: the quote's hover text is %q; want Marco Rubio", speaker)
	}
	if !strings.Contains(shown, "Marco Rubio") || !strings.Contains(shown, "described") {
		t.Errorf("article page: hovering the quote shows %s; want its speaker and cue", shown)
	}
	if !strings.HasPrefix(untitled, "US Secretary of State Marco Rubio") {
		t.Errorf("article page: untitled heading %q; want the lead sentence", untitled)
	}
	if !strings.Contains(figureTip, "145 percent") || !strings.Contains(figureTip, "What: ") {
		t.Errorf("article page: figure details %q; want value, unit and what", figureTip)
	}
	if !strings.Contains(eventTips, "CONSULT") || !strings.Contains(eventTips, "→") || !strings.Contains(eventTips, "in Kuala Lumpur, MYS") {
		t.Errorf("article page: event details %q; want type, actors → recipients and place", eventTips)
	}
	// The copy is listed, and each event is reported by one other article.
	if copies := eval(`document.querySelector("ul.copies")?.innerText || ""`); !strings.Contains(copies, copyHeadline) {
		t.Errorf("article page: also published as %q; want the copy %q", copies, copyHeadline)
	}
	elsewhere := eval(`[...document.querySelectorAll("aside.panels a[href^='/events?merged=']")].map(a => a.textContent).join(" | ")`)
	if n := count(`aside.panels a[href^='/events?merged=']`); n == 0 || n != count(`aside.panels tr td span.status`) || !strings.Contains(elsewhere, "+1 article") {
		t.Errorf("article page: links to merged events %q; want “+1 article” for every event", elsewhere)
	}

	// 3. Marco Rubio's page: titles with dates, aliases, quotes, events
	// and where they took place.
	do("open Marco Rubio",
		chromedp.Click(chromedp.CSS(`div.text a.m-PERSON[href*="Marco+Rubio"]`)),
		chromedp.WaitVisible(chromedp.CSS(`blockquote.quote`)),
	)
	entityText := eval(`document.querySelector("main").innerText`)
	titles := eval(`document.querySelector("table.titles")?.innerText || ""`)
	shot("3-entity.png")
	if !strings.Contains(entityText, "Marco Rubio") || !strings.Contains(entityText, "positive and constructive") {
		t.Errorf("entity page lacks Marco Rubio's quote:\n%.500s", entityText)
	}
	if !strings.Contains(titles, "Secretary of State") || !strings.Contains(titles, "2025-07-11") {
		t.Errorf("entity page: titles table %q; want Secretary of State first seen 2025-07-11", titles)
	}
	if n := count(`table.events tbody tr td.evidence`); n == 0 {
		t.Errorf("entity page: no events")
	}
	if n := count(`#map svg.map circle.marker`); n != 1 {
		t.Errorf("entity page: %d markers on the map of Rubio's events; want 1 (Kuala Lumpur)", n)
	}

	// 4. The USA–CHN timeline: stacked bars, a legend, axis titles.
	do("open the timeline",
		chromedp.Click(chromedp.CSS(`header nav a[href^="/timeline"]`)),
		chromedp.WaitVisible(chromedp.CSS(`svg.chart rect`)),
	)
	bars, legend := count(`svg.chart rect`), count(`ul.legend-list li`)
	axes := eval(`[...document.querySelectorAll("svg.chart .axis-title")].map(t => t.textContent).join(" | ")`)
	shot("4-timeline.png")
	if bars == 0 || legend == 0 {
		t.Errorf("timeline page: %d bars, %d legend entries; want some", bars, legend)
	}
	if !strings.Contains(axes, "events") || !strings.Contains(axes, "week") {
		t.Errorf("timeline page: axis titles %q; want events and week", axes)
	}

	// 5. The map of event locations over every event.
	do("open the events and map",
		chromedp.Click(chromedp.CSS(`header nav a[href="/events"]`)),
		chromedp.WaitVisible(chromedp.CSS(`svg.map circle.marker`)),
	)
	markers, land := count(`svg.map circle.marker`), count(`svg.map path.land`)
	places := eval(`document.querySelector("ol.places").innerText`)
	markerTitles := eval(`[...document.querySelectorAll("svg.map circle.marker title")].map(t => t.textContent).join(" | ")`)
	capture("5-map.png", chromedp.Screenshot(chromedp.CSS(`#map`)))
	if markers == 0 || land < 150 {
		t.Errorf("map: %d markers on %d countries; want markers on the world", markers, land)
	}
	if places == "" || !strings.Contains(markerTitles, "Kuala Lumpur, MYS: ") {
		t.Errorf("map: places %q, markers %q; want Kuala Lumpur", places, markerTitles)
	}

	// 6. The table lists merged events: one row per real-world event,
	// with its sources.
	head := eval(`[...document.querySelectorAll("table.events.merged thead th")].map(t => t.textContent).join(" | ")`)
	if !strings.Contains(head, "Sources") {
		t.Errorf("events page: merged table headers %q; want a Sources column", head)
	}
	mergedRows := count(`table.events.merged tbody tr[id]`)

	// Filter the event table: USA → CHN, occurred.
	do("filter the events",
		chromedp.SendKeys(chromedp.CSS(`form.filters input[name="actor"]`), "USA"),
		chromedp.SendKeys(chromedp.CSS(`form.filters input[name="recipient"]`), "CHN"),
		chromedp.SetValue(chromedp.CSS(`form.filters select[name="status"]`), "occurred"),
		chromedp.Submit(chromedp.CSS(`form.filters`)),
		chromedp.WaitVisible(chromedp.CSS(`table.events td.evidence a`)),
	)
	statuses := eval(`[...document.querySelectorAll("table.events tbody .status")].map(s => s.textContent).join(" ")`)
	rows := eval(`[...document.querySelectorAll("table.events tbody tr")].map(r => r.innerText).join("\n")`)
	if statuses == "" || strings.Trim(strings.ReplaceAll(statuses, "occurred", ""), " ") != "" {
		t.Errorf("events filtered by status occurred: statuses %q", statuses)
	}
	if !strings.Contains(rows, "USA") || !strings.Contains(rows, "CHN") {
		t.Errorf("events USA → CHN: rows\n%s", rows)
	}
	// The meeting is one row reported by the seed and its copy: two
	// sources, one independent; its reports unfold.
	const meetingSel = `[...document.querySelectorAll("table.events.merged tbody tr[id]")].find(r => r.innerText.includes("CONSULT") && r.innerText.includes("Wang Yi"))`
	sources := eval(meetingSel + `?.querySelector("td.sources")?.innerText || ""`)
	if f := strings.Fields(sources); len(f) < 2 || f[0] != "2" || f[1] != "1" {
		t.Errorf("events page: the Rubio–Wang meeting's sources read %q; want 2 (1 independent)", sources)
	}
	do("unfold the meeting's reports", chromedp.Evaluate[chromedp.Void](meetingSel+`.querySelector("details.reports summary").click()`))
	if n := count(`details.reports[open] ol li`); n != 1 {
		t.Errorf("events page: %d more reports of the meeting unfolded; want 1 (the copy's)", n)
	} else if copies := eval(`String(` + meetingSel + `.querySelectorAll(".tag.copy").length)`); copies != "1" {
		t.Errorf("events page: %s of the meeting's reports marked copy; want 1", copies)
	}
	shot("6-events.png")
	filteredMerged := count(`table.events.merged tbody tr[id]`)

	// Every report: as many rows at least, the copies' included.
	do("list every report",
		chromedp.Click(chromedp.CSS(`p.view-toggle a[href*="view=reports"]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.events:not(.merged) td.evidence a`)),
	)
	reports := count(`table.events tbody tr td.evidence`)
	kept := eval(`document.querySelector("form.filters input[name='actor']").value + " " + document.querySelector("form.filters select[name='status']").value`)
	shot("6b-reports.png")
	if reports <= filteredMerged || kept != "USA occurred" {
		t.Errorf("every report of USA → CHN occurred: %d rows (filters %q); want more than the %d merged rows, filters kept", reports, kept, filteredMerged)
	}
	if mergedRows == 0 {
		t.Errorf("events page: no merged events")
	}
	do("back to merged events",
		chromedp.Click(chromedp.CSS(`p.view-toggle a:not([href*="view=reports"])`)),
		chromedp.WaitVisible(chromedp.CSS(`table.events.merged td.evidence a`)),
	)

	// 7. Follow an event to its evidence: the sentence is the page's
	// target, highlighted and scrolled into view.
	evidence := eval(`document.querySelector("table.events td.evidence a").textContent`)
	do("open the evidence",
		chromedp.Click(chromedp.CSS(`table.events td.evidence a`)),
		chromedp.WaitVisible(chromedp.CSS(`div.text span.ev:target`)),
		chromedp.Sleep(700*time.Millisecond), // let the flash settle
	)
	target := eval(`document.querySelector(":target").textContent`)
	inView := eval(`(() => { const r = document.querySelector(":target").getBoundingClientRect(); return String(r.top >= 0 && r.bottom <= innerHeight); })()`)
	capture("7-evidence.png", chromedp.CaptureScreenshot())
	squash := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if prefix := strings.TrimSuffix(squash(evidence), "…"); target == "" || !strings.HasPrefix(squash(target), prefix) {
		t.Errorf("evidence link: target %q; want the sentence %q", target, evidence)
	}
	if inView != "true" {
		t.Errorf("evidence link: the sentence is not scrolled into view")
	}
}

// TestBrowserIngestBBC is TestBrowser's child process: it ingests the BBC
// business articles into the store at $CHRONICLE_INGEST_DB.
func TestBrowserIngestBBC(t *testing.T) {
	db := os.Getenv("CHRONICLE_INGEST_DB")
	if db == "" {
		t.Skip("run by TestBrowser in a child process")
	}
	e, _, stderr := testEnv()
	if err := runIngest(context.Background(), e, []string{"--db", db, bbcDir}); err != nil {
		t.Fatalf("ingest %s: %v\n%s", bbcDir, err, stderr)
	}
}

// excerpt returns n lines of a child test's output: from its first
// "fatal error:", "panic:" or "--- FAIL" line, else its last n.
func excerpt(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	from := max(0, len(lines)-n)
	for i, l := range lines {
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") || strings.Contains(l, "--- FAIL") {
			from = i
			break
		}
	}
	return strings.Join(lines[from:min(len(lines), from+n)], "\n")
}

// seedPath returns the path of the seed's article page, found through the
// search page's hit that names Marco Rubio.
func seedPath(t *testing.T, base string, eval func(string) string) string {
	t.Helper()
	p := eval(`[...document.querySelectorAll("ol.hits a.hit-title")].find(a => a.textContent.includes("Marco Rubio described"))?.getAttribute("href") || ""`)
	if p == "" {
		t.Fatalf("search: no hit for the seed at %s", base)
	}
	return p
}
