package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"unicode"
	"unicode/utf8"
)

// HTMLScore is the article-extraction benchmark's measure of a main-text
// extractor: precision and recall of 4-token shingles, normalised per
// document and macro-averaged over documents; F1 from those averages; and
// Accuracy, the share of documents whose token sequence matches the truth
// exactly. Failed counts pages whose extraction returned an error (scored as
// an empty prediction).
type HTMLScore struct {
	Docs                            int
	Failed                          int
	Precision, Recall, F1, Accuracy float64
}

// String formats s the way `chronicle eval` prints it, ending with the F1 line.
func (s HTMLScore) String() string {
	return fmt.Sprintf("docs %d\nfailed %d\nprecision %.4f\nrecall %.4f\naccuracy %.4f\nF1 %.4f",
		s.Docs, s.Failed, s.Precision, s.Recall, s.Accuracy, s.F1)
}

// The benchmark's file layout below its directory.
const (
	htmlTruthFile = "ground-truth.json"
	htmlPageDir   = "html"
)

// ErrHTMLData reports a benchmark directory or prediction file that cannot be
// read as the article-extraction benchmark.
var ErrHTMLData = errors.New("eval: bad html benchmark data")

// ScoreHTML runs extract on every page of the article-extraction benchmark in
// dir (ground-truth.json and html/<id>.html.gz) and scores the texts it
// returns against the ground truth. A page whose extraction fails counts as an
// empty prediction. ScoreHTML stops early only when ctx is done.
func ScoreHTML(ctx context.Context, dir string, extract func(ctx context.Context, page []byte, url string) (string, error)) (HTMLScore, error) {
	truth, err := readHTMLTruth(dir)
	if err != nil {
		return HTMLScore{}, err
	}
	pred := make(map[string]string, len(truth))
	failed := 0
	for _, id := range htmlSortedKeys(truth) {
		if err := ctx.Err(); err != nil {
			return HTMLScore{}, err
		}
		page, err := readHTMLGzip(filepath.Join(dir, htmlPageDir, id+".html.gz"))
		if err != nil {
			return HTMLScore{}, err
		}
		text, err := extract(ctx, page, truth[id].URL)
		if err != nil {
			if ctx.Err() != nil {
				return HTMLScore{}, ctx.Err()
			}
			failed++
			text = ""
		}
		pred[id] = text
	}
	s, err := scoreHTMLBodies(truth, pred)
	s.Failed = failed
	return s, err
}

// ScoreHTMLOutput scores a prediction file in the benchmark's output format
// ({"<id>": {"articleBody": "..."}}, possibly wrapped as {"output": {...}})
// against the ground truth in dir. It reproduces the benchmark's published
// figures for its own output/*.json files.
func ScoreHTMLOutput(dir, predictions string) (HTMLScore, error) {
	truth, err := readHTMLTruth(dir)
	if err != nil {
		return HTMLScore{}, err
	}
	items, err := readHTMLBodies(predictions)
	if err != nil {
		return HTMLScore{}, err
	}
	pred := make(map[string]string, len(items))
	for id, it := range items {
		pred[id] = it.Body
	}
	return scoreHTMLBodies(truth, pred)
}

// ScoreHTMLTexts scores predicted article bodies against true ones, both keyed
// by document id. Every true document is scored; a missing prediction counts
// as empty.
func ScoreHTMLTexts(truth, pred map[string]string) HTMLScore {
	var p, r, acc float64
	var np, nr int
	for _, id := range htmlSortedKeys(truth) {
		t, q := truth[id], pred[id]
		tt, qt := htmlWordTokens(t), htmlWordTokens(q)
		tp, fp, fn := shingleMatch(tt, qt)
		// As evaluate.py: a document without predicted shingles has no
		// precision, one without true shingles no recall.
		if tp+fp > 0 {
			p += shinglePrecision(tp, fp, fn)
			np++
		}
		if tp+fn > 0 {
			r += shingleRecall(tp, fp, fn)
			nr++
		}
		if slices.Equal(tt, qt) {
			acc++
		}
	}
	s := HTMLScore{Docs: len(truth)}
	if np > 0 {
		s.Precision = p / float64(np)
	}
	if nr > 0 {
		s.Recall = r / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if len(truth) > 0 {
		s.Accuracy = acc / float64(len(truth))
	}
	return s
}

func scoreHTMLBodies(truth map[string]htmlItem, pred map[string]string) (HTMLScore, error) {
	t := make(map[string]string, len(truth))
	for id, it := range truth {
		if _, ok := pred[id]; !ok {
			return HTMLScore{}, fmt.Errorf("%w: no prediction for %s", ErrHTMLData, id)
		}
		t[id] = it.Body
	}
	return ScoreHTMLTexts(t, pred), nil
}

func shinglePrecision(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return tp / (tp + fp)
}

func shingleRecall(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return tp / (tp + fn)
}

// shingleMatch counts true positive, false positive and false negative
// 4-token shingles (multisets) and normalises them to sum to 1.
func shingleMatch(truth, pred []string) (tp, fp, fn float64) {
	ts, ps := htmlShingles(truth), htmlShingles(pred)
	for k, tc := range ts {
		pc := ps[k]
		tp += float64(min(tc, pc))
		fn += float64(max(0, tc-pc))
	}
	for k, pc := range ps {
		fp += float64(max(0, pc-ts[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// htmlShingles counts the 4-token n-grams of tokens. As in evaluate.py, a text
// of one to three tokens is one shorter shingle and an empty text has none.
// Tokens contain no NUL, so joining with NUL keeps shingles distinct.
func htmlShingles(tokens []string) map[string]int {
	const n = 4
	m := make(map[string]int)
	var b bytes.Buffer
	for i := 0; i < max(1, len(tokens)-n+1); i++ {
		g := tokens[i:min(i+n, len(tokens))]
		if len(g) == 0 {
			break
		}
		b.Reset()
		for j, t := range g {
			if j > 0 {
				b.WriteByte(0)
			}
			b.WriteString(t)
		}
		m[b.String()]++
	}
	return m
}

// htmlWordTokens returns the matches of Python's Unicode regular expression \w+:
// runs of letters, numbers and underscores.
func htmlWordTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		if r == utf8.RuneError {
			word = false
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

type htmlItem struct {
	Body string `json:"articleBody"`
	URL  string `json:"url"`
}

func readHTMLTruth(dir string) (map[string]htmlItem, error) {
	items, err := readHTMLBodies(filepath.Join(dir, htmlTruthFile))
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%w: %s has no documents", ErrHTMLData, filepath.Join(dir, htmlTruthFile))
	}
	return items, nil
}

// readHTMLBodies reads {"<id>": {"articleBody": ...}} or the same object wrapped
// as {"output": {...}}. A null articleBody reads as "".
func readHTMLBodies(path string) (map[string]htmlItem, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrHTMLData, path, err)
	}
	if raw, ok := top["output"]; ok {
		top = nil
		if err := json.Unmarshal(raw, &top); err != nil {
			return nil, fmt.Errorf("%w: %s: output: %v", ErrHTMLData, path, err)
		}
	}
	items := make(map[string]htmlItem, len(top))
	for id, raw := range top {
		var it htmlItem
		if err := json.Unmarshal(raw, &it); err != nil {
			return nil, fmt.Errorf("%w: %s: %s: %v", ErrHTMLData, path, id, err)
		}
		items[id] = it
	}
	return items, nil
}

func readHTMLGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrHTMLData, path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrHTMLData, path, err)
	}
	return data, nil
}

func htmlSortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
