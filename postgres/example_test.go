package postgres_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"chronicle"
	"chronicle/postgres"
)

// This example needs a database: it runs nothing without one.
func ExampleOpen() {
	dsn := os.Getenv("CHRONICLE_TEST_POSTGRES") // postgres://user:pass@127.0.0.1:5432/db?sslmode=disable
	if dsn == "" {
		return
	}
	ctx := context.Background()
	s, err := postgres.Open(ctx, dsn, postgres.Options{MaxConns: 8})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	page, err := s.Events(ctx, chronicle.EventFilter{Actor: "USA", Recipient: "CHN", Type: "SANCTION"})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range page.Events {
		fmt.Println(e.Day, e.Event.Type, e.Evidence)
	}
	// page.Next, when not "", fetches the next page: set EventFilter.Cursor to it.
}
