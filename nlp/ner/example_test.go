package ner_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
)

func ExampleTagger_Tag() {
	p, err := pos.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := ner.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Chinese Foreign Minister Wang Yi met Marco Rubio in Kuala Lumpur .")
	fmt.Println(n.Tag(words, p.Tag(words, nil), nil))
	// Output: [B-MISC O O B-PER I-PER O B-PER I-PER O B-LOC I-LOC O]
}

func ExampleTagCoNLL() {
	p, err := pos.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := ner.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	in := "-DOCSTART- -X- -X- O\n\nPeter\nBlackburn\n\nBRUSSELS\n1996-08-22\n"
	if err := ner.TagCoNLL(context.Background(), strings.NewReader(in), os.Stdout, p, n); err != nil {
		fmt.Println(err)
	}
	// Output:
	// -DOCSTART- -X- -X- O
	//
	// Peter B-PER
	// Blackburn I-PER
	//
	// BRUSSELS B-LOC
	// 1996-08-22 O
}

func ExampleChunks() {
	fmt.Println(ner.Chunks(strings.Fields("B-PER I-PER O I-LOC")))
	// Output: [{0 2 PER} {3 4 LOC}]
}
