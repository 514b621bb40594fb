package tokenize

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns the shared data directory (../shared from the
// repository root), or "" when it cannot be found.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// conllSentences reads the first column of a CoNLL-2003 file as sentences
// of tokens, without the -DOCSTART- lines.
func conllSentences(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("CoNLL-2003 data not available (%v); skipping", err)
	}
	defer f.Close()
	var sents [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
			}
			cur = nil
			continue
		}
		tok, _, _ := strings.Cut(line, " ")
		if tok == "-DOCSTART-" {
			continue
		}
		cur = append(cur, tok)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// detokenize joins CoNLL tokens the way a newspaper would print them and
// returns the text and the span of every token in it.
func detokenize(toks []string) (string, [][2]int) {
	var b strings.Builder
	spans := make([][2]int, len(toks))
	openQuote := false
	noSpace := true
	for i, tok := range toks {
		attach := noSpace
		switch tok {
		case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...":
			attach = true
		case "\"":
			if openQuote {
				attach = true
			}
		case "'":
			attach = i > 0 && strings.HasSuffix(toks[i-1], "s") // players'
		}
		switch strings.ToLower(tok) {
		case "'s", "'re", "'ve", "'ll", "'d", "'m", "n't":
			attach = true
		}
		if !attach && b.Len() > 0 {
			b.WriteByte(' ')
		}
		spans[i] = [2]int{b.Len(), b.Len() + len(tok)}
		b.WriteString(tok)
		noSpace = false
		switch tok {
		case "(", "[", "{", "$", "US$", "C$", "A$", "HK$":
			noSpace = true
		case "\"":
			noSpace = !openQuote
			openQuote = !openQuote
		}
	}
	return b.String(), spans
}

// TestCoNLLAgreement detokenises the sentences of CoNLL-2003 valid.txt and
// checks that Tokens reproduces the original tokens.
func TestCoNLLAgreement(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data", "ner", "conll2003", "valid.txt")
	sents := conllSentences(t, path)
	var gold, pred, match int
	misses := map[string]int{}
	for _, sent := range sents {
		text, spans := detokenize(sent)
		toks := Tokens(nil, text)
		got := make(map[[2]int]bool, len(toks))
		for _, tk := range toks {
			got[[2]int{tk.Start, tk.End}] = true
		}
		gold += len(spans)
		pred += len(toks)
		for i, s := range spans {
			if got[s] {
				match++
			} else {
				misses[sent[i]]++
			}
		}
	}
	recall := float64(match) / float64(gold)
	precision := float64(match) / float64(pred)
	t.Logf("CoNLL-2003 valid: %d sentences, %d gold tokens, %d tokens; recall %.2f%%, precision %.2f%%",
		len(sents), gold, pred, 100*recall, 100*precision)
	if testing.Verbose() {
		type kv struct {
			k string
			v int
		}
		var top []kv
		for k, v := range misses {
			top = append(top, kv{k, v})
		}
		for i := 0; i < len(top); i++ {
			for j := i + 1; j < len(top); j++ {
				if top[j].v > top[i].v || top[j].v == top[i].v && top[j].k < top[i].k {
					top[i], top[j] = top[j], top[i]
				}
			}
			if i == 30 {
				break
			}
		}
		for i := 0; i < len(top) && i < 30; i++ {
			t.Logf("missed %q ×%d", top[i].k, top[i].v)
		}
	}
	if recall < 0.99 || precision < 0.99 {
		t.Errorf("token agreement with CoNLL-2003: recall %.2f%%, precision %.2f%%; want both >= 99%%", 100*recall, 100*precision)
	}
}
