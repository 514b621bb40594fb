package loadgen_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"chronicle/internal/loadgen"
)

func TestRun(t *testing.T) {
	var n atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if r.URL.Path == "/fail" {
			http.Error(w, "no", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer ts.Close()
	res, err := loadgen.Run(context.Background(), loadgen.Options{URLs: []string{ts.URL + "/a", ts.URL + "/fail"}, Rate: 200, Duration: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 100 || res.OK != 50 || res.Errors != 50 || res.ByError["status 500"] != 50 || n.Load() != 100 {
		t.Errorf("Run(200/s for 0.5s, half failing) = %+v, server saw %d; want 100 requests, 50 ok, 50 × status 500", res, n.Load())
	}
	if res.P50 <= 0 || res.P50 > res.P99 || res.P99 > res.Max {
		t.Errorf("Run: percentiles p50 %v, p99 %v, max %v out of order", res.P50, res.P99, res.Max)
	}
	if res.Duration < 490*time.Millisecond {
		t.Errorf("Run(200/s for 0.5s) took %v; want the requests spread over 0.5s", res.Duration)
	}
}

func TestRunInFlightBound(t *testing.T) {
	release := make(chan struct{})
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-release }))
	defer ts.Close()
	defer close(release)
	go func() { time.Sleep(400 * time.Millisecond); release <- struct{}{} }()
	res, err := loadgen.Run(context.Background(), loadgen.Options{URLs: []string{ts.URL}, Rate: 100, Duration: 200 * time.Millisecond, MaxInFlight: 5, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 20 || res.Errors < 15 {
		t.Errorf("Run against a stuck server with MaxInFlight 5 = %+v; want 20 requests, at least 15 refused or timed out", res)
	}
}

func TestRunBadOptions(t *testing.T) {
	if _, err := loadgen.Run(context.Background(), loadgen.Options{Rate: 10, Duration: time.Second}); err == nil {
		t.Error("Run without URLs: no error")
	}
}

func TestMemory(t *testing.T) {
	rss, peak, err := loadgen.Memory(os.Getpid())
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	if rss <= 0 || peak < rss {
		t.Errorf("Memory(self) = %d, %d; want 0 < rss <= peak", rss, peak)
	}
}

func ExampleRun() {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	defer ts.Close()
	res, err := loadgen.Run(context.Background(), loadgen.Options{URLs: []string{ts.URL}, Rate: 100, Duration: 100 * time.Millisecond})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Requests, res.OK, res.Errors)
	// Output: 10 10 0
}
