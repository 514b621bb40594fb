//go:build ignore

// Gen learns the committed word clusters, data/clusters.tsv.gz, from the
// unlabelled text in the shared data directory:
//
//	cd nlp/internal/clusters && go run gen.go [-shared ../../../../shared/data]
//
// It reads the BBC News corpus, the PolNeAR article texts (train and dev)
// and the words of CoNLL-2003 train (not valid or test). It takes about a
// minute on one core.
package main

import (
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"chronicle/nlp/internal/clusters"
	"chronicle/nlp/pos"
)

func main() {
	shared := flag.String("shared", "../../../../shared/data", "shared data `dir`")
	out := flag.String("out", "data/clusters.tsv.gz", "output `file`")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(shared, out string) error {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	sents, err := clusters.ReadCorpus(filepath.Join(shared, "corpus/bbc-news"),
		filepath.Join(shared, "quotes/polnear/train/text"), filepath.Join(shared, "quotes/polnear/dev/text"))
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(shared, "ner/conll2003/train.txt"))
	if err != nil {
		return err
	}
	cs, err := pos.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return err
	}
	for _, s := range cs {
		sents = append(sents, s.Words)
	}
	set, err := clusters.Learn(context.Background(), sents, clusters.Options{}, log)
	if err != nil {
		return err
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err := set.Write(zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return w.Close()
}
