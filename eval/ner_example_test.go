package eval_test

import (
	"fmt"
	"strings"

	"chronicle/eval"
)

func ExampleScoreNER() {
	gold := [][]string{strings.Fields("B-PER I-PER O B-LOC"), strings.Fields("B-ORG O")}
	pred := [][]string{strings.Fields("B-PER I-PER O B-ORG"), strings.Fields("B-ORG O")}
	sc := eval.ScoreNER(gold, pred)
	fmt.Printf("P %.2f R %.2f F1 %.2f; LOC recall %.2f\n", sc.Overall.Precision, sc.Overall.Recall, sc.Overall.F1, sc.Types["LOC"].Recall)
	// Output: P 0.67 R 0.67 F1 0.67; LOC recall 0.00
}
