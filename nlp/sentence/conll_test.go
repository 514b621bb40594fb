package sentence

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/nlp/tokenize"
)

// conllDocuments reads the first column of a CoNLL-2003 file as documents
// of sentences of tokens.
func conllDocuments(t *testing.T, path string) [][][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("CoNLL-2003 data not available (%v); skipping", err)
	}
	defer f.Close()
	var docs [][][]string
	var sent []string
	flush := func() {
		if len(sent) > 0 && len(docs) > 0 {
			docs[len(docs)-1] = append(docs[len(docs)-1], sent)
		}
		sent = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		tok, _, _ := strings.Cut(sc.Text(), " ")
		switch tok {
		case "":
			flush()
		case "-DOCSTART-":
			flush()
			docs = append(docs, nil)
		default:
			sent = append(sent, tok)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// detokenize joins CoNLL tokens as a newspaper prints them; *open says
// whether a double quote is open, across sentences.
func detokenize(b *strings.Builder, toks []string, open *bool) {
	glue := true
	if len(toks) > 0 && toks[0] == `"` {
		*open = false // a sentence that starts with a quote opens one
	}
	for _, tok := range toks {
		attach := glue
		switch tok {
		case ",", ".", ";", ":", "!", "?", ")", "]", "%", "...":
			attach = true
		case `"`:
			attach = attach || *open
		}
		switch strings.ToLower(tok) {
		case "'s", "'re", "'ve", "'ll", "'d", "'m", "n't":
			attach = true
		}
		if !attach {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
		glue = tok == "(" || tok == "[" || tok == "$" || tok == `"` && !*open
		if tok == `"` {
			*open = !*open
		}
	}
}

// TestCoNLLSentences rebuilds the documents of CoNLL-2003 valid.txt (a
// sentence that ends in terminal punctuation is followed by a space, any
// other, such as a headline, a dateline or a table row, by a blank line)
// and scores the sentence ends Split finds against CoNLL's. It measures
// the decisions on punctuation, abbreviations and quotes, not on layout.
// CoNLL's own segmentation has errors (an opening quote left at the end of
// the previous sentence, "Sept ." split from its period), so 100% is not
// reachable.
func TestCoNLLSentences(t *testing.T) {
	docs := conllDocuments(t, filepath.Join(sharedDir(), "data", "ner", "conll2003", "valid.txt"))
	var gold, found, match int
	for _, doc := range docs {
		var b strings.Builder
		ends := map[int]bool{}
		open := false
		for i, sent := range doc {
			if i > 0 {
				prev := doc[i-1][len(doc[i-1])-1]
				if strings.ContainsAny(prev[len(prev)-1:], `.?!"`) {
					b.WriteByte(' ')
				} else {
					b.WriteString("\n\n")
				}
			}
			detokenize(&b, sent, &open)
			ends[b.Len()] = true
		}
		text := b.String()
		sents := Split(text, tokenize.Tokens(nil, text))
		gold += len(ends)
		found += len(sents)
		got := map[int]bool{}
		for _, s := range sents {
			got[s.End] = true
			if ends[s.End] {
				match++
			} else if os.Getenv("CONLL_DEBUG") != "" {
				t.Logf("false end: %q", text[max(0, s.End-40):min(len(text), s.End+30)])
			}
		}
		for e := range ends {
			if !got[e] && os.Getenv("CONLL_DEBUG") != "" {
				t.Logf("missed end: %q", text[max(0, e-40):min(len(text), e+30)])
			}
		}
	}
	p, r := float64(match)/float64(found), float64(match)/float64(gold)
	f1 := 2 * p * r / (p + r)
	t.Logf("CoNLL-2003 valid: %d documents, %d sentences, %d found; sentence-end precision %.2f%%, recall %.2f%%, F1 %.2f%%",
		len(docs), gold, found, 100*p, 100*r, 100*f1)
	if f1 < 0.97 {
		t.Errorf("sentence-end F1 on CoNLL-2003 valid = %.2f%%; want >= 97%%", 100*f1)
	}
}
