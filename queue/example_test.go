package queue_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	"chronicle/queue"
)

// This example needs a database: it runs nothing without one. Every worker
// process runs the same code; each job runs once among them.
func ExampleQueue_Work() {
	dsn := os.Getenv("CHRONICLE_TEST_POSTGRES") // postgres://user:pass@127.0.0.1:5432/db?sslmode=disable
	if dsn == "" {
		return
	}
	ctx := context.Background()
	q, err := queue.Open(ctx, dsn, queue.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer q.Close()
	for _, url := range []string{"https://example.com/a", "https://example.com/b"} {
		if _, err := q.Enqueue(ctx, queue.NewJob{Kind: "fetch", Key: url, Payload: []byte(url)}); err != nil {
			log.Fatal(err)
		}
	}
	stats, err := q.Work(ctx, map[string]queue.Handler{
		"fetch": func(ctx context.Context, j *queue.Job) error {
			fmt.Println("fetching", string(j.Payload)) // an error here is retried with backoff
			return nil
		},
	}, queue.WorkOptions{Concurrency: 4, ExitWhenIdle: true})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(stats.Completed, "jobs done here")
}

// Claim, Complete and Fail run jobs by hand, as Work does.
func ExampleQueue_Claim() {
	dsn := os.Getenv("CHRONICLE_TEST_POSTGRES")
	if dsn == "" {
		return
	}
	ctx := context.Background()
	q, err := queue.Open(ctx, dsn, queue.Options{MaxAttempts: 3})
	if err != nil {
		log.Fatal(err)
	}
	defer q.Close()
	for {
		j, err := q.Claim(ctx, "fetch")
		if err != nil {
			log.Fatal(err)
		}
		if j == nil {
			break // nothing ready now
		}
		if len(j.Payload) == 0 {
			// Permanent: no retry could help. Other errors back off and retry.
			_, err = q.Fail(ctx, j, queue.Permanent(errors.New("empty payload")))
		} else {
			err = q.Complete(ctx, j) // ErrLeaseLost if another worker took it over
		}
		if err != nil {
			log.Print(err)
		}
	}
}
