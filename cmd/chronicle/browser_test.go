package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// TestBrowser drives a headless Chromium through the web UI over the
// ingested seed: search "tariffs", open the seed and find the highlighted
// quote, open Marco Rubio's page, open the USA–CHN timeline. Screenshots
// go to $CHRONICLE_SCREENSHOTS (a temporary directory if unset).
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
	base := startServer(t, seedDB(t), "")

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
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
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
	shot := func(name string) {
		t.Helper()
		// Chromium sometimes never answers a capture under load: retry.
		var png []byte
		for try := 1; ; try++ {
			sctx, cancel := context.WithTimeout(ctx, 15*time.Second)
			var err error
			png, err = chromedp.Run(sctx, chromedp.FullScreenshot(100))
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

	do("search tariffs",
		chromedp.Navigate(base+"/"),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "tariffs"),
		chromedp.Submit(chromedp.CSS(`form.search`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits a.hit-title`)),
	)
	shot("1-search.png")
	do("open the seed",
		chromedp.Click(chromedp.CSS(`ol.hits a.hit-title`)),
		chromedp.WaitVisible(chromedp.CSS(`div.text q.qt`)),
	)
	quote := eval(`[...document.querySelectorAll("div.text q.qt")].map(q => q.textContent).find(t => t.includes("positive and constructive")) || ""`)
	speaker := eval(`[...document.querySelectorAll("div.text q.qt")].find(q => q.textContent.includes("positive and constructive"))?.dataset.tip || ""`)
	shot("2-article.png")
	do("open Marco Rubio",
		chromedp.Click(chromedp.CSS(`div.text a.m-PERSON[href*="Marco+Rubio"]`)),
		chromedp.WaitVisible(chromedp.CSS(`blockquote.quote`)),
	)
	entityQuotes, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`main`)))
	if err != nil {
		t.Fatalf("browser: entity text: %v", err)
	}
	shot("3-entity.png")
	do("open the timeline",
		chromedp.Click(chromedp.CSS(`header nav a[href^="/timeline"]`)),
		chromedp.WaitVisible(chromedp.CSS(`svg.chart rect`)),
	)
	bars := eval(`String(document.querySelectorAll("svg.chart rect").length)`)
	shot("4-timeline.png")
	do("open the events",
		chromedp.Navigate(base+"/events?actor=USA&recipient=CHN"),
		chromedp.WaitVisible(chromedp.CSS(`table.grid-table`)),
	)
	shot("5-events.png")
	if quote == "" {
		t.Errorf("article page: no highlighted quote holds “positive and constructive”")
	}
	if !strings.Contains(speaker, "Marco Rubio") {
		t.Errorf("article page: the quote's hover text is %q; want Marco Rubio", speaker)
	}
	if !strings.Contains(entityQuotes, "Marco Rubio") || !strings.Contains(entityQuotes, "positive and constructive") {
		t.Errorf("entity page lacks Marco Rubio's quote:\n%.500s", entityQuotes)
	}
	if bars == "" || bars == "0" {
		t.Errorf("timeline page: %q bars; want some", bars)
	}
}
