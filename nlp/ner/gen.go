//go:build ignore

// Gen builds the committed lexical resources of the recogniser from the
// shared data directory:
//
//	cd nlp/ner && go run gen.go [-shared ../../../shared/data]
//
// data/gazetteer.tsv.gz comes from the PETRARCH2/Phoenix actor
// dictionaries and NGEC's countries.csv (MIT; see BuildGazetteer);
// data/caseprior.tsv.gz from the BBC News and PolNeAR texts and the words
// of CoNLL-2003 train (see BuildCasePrior). Retrain the model afterwards.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"chronicle/nlp/internal/clusters"
	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
)

func main() {
	shared := flag.String("shared", "../../../shared/data", "shared data `dir`")
	flag.Parse()
	if err := run(*shared); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func write(path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err := fill(zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func run(shared string) error {
	err := write("data/gazetteer.tsv.gz", func(w io.Writer) error {
		return ner.BuildGazetteer(filepath.Join(shared, "events/dictionaries"), w)
	})
	if err != nil {
		return err
	}
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
	return write("data/caseprior.tsv.gz", func(w io.Writer) error { return ner.BuildCasePrior(sents, w) })
}
