package pos_test

import (
	"fmt"
	"strings"

	"chronicle/nlp/pos"
)

func ExampleTagger_Tag() {
	t, err := pos.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("The company said it would cut 500 jobs .")
	fmt.Println(t.Tag(words, nil))
	// Output: [DT NN VBD PRP MD VB CD NNS .]
}

func ExampleReadCoNLL() {
	in := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n"
	sents, err := pos.ReadCoNLL(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sents[0].Words, sents[0].Tags, sents[0].NER, sents[0].DocStart)
	// Output: [EU rejects] [NNP VBZ] [B-ORG O] true
}
