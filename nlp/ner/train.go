package ner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"time"

	"chronicle/nlp/internal/clusters"
	"chronicle/nlp/internal/perceptron"
	"chronicle/nlp/pos"
)

// ErrNoData reports training data without NER labels.
var ErrNoData = errors.New("ner: no labelled training data")

// TrainOptions configure Train. The zero value works.
type TrainOptions struct {
	Iterations int           // passes over the data; 0 means 6
	Ensemble   int           // models trained on different shuffles and averaged; 0 means 3
	Seed       uint64        // shuffling seed
	Prune      float32       // drop averaged weights smaller than this; 0 means 0.01
	Clusters   *clusters.Set // word clusters; nil means none
	Gazetteer  string        // external name lists, "TYPE\twords" lines
	CasePrior  string        // "word\tbucket" lines (see BuildCasePrior)
	// MinWeight, if positive, drops the weights of the final (averaged)
	// model smaller in magnitude than it: a smaller model scores faster.
	MinWeight float32
	// Dev, if set, is scored after every pass (for the log only); its Tags
	// column must hold predicted part-of-speech tags.
	Dev []pos.Sentence
}

// Scores are a recogniser's figures on a development set (conlleval:
// exact chunk match, micro-averaged).
type Scores struct {
	Precision, Recall, F1 float64
	POSAccuracy           float64 // of the tagger that fed NER on the dev set
	Train                 time.Duration
	Features              int
}

// Train learns a recogniser from sentences with IOB2 NER labels, using
// their Tags column as the part-of-speech input (give it tags from the
// tagger that will feed the model, not gold ones; see TrainFromFile).
func Train(ctx context.Context, sents []pos.Sentence, opts TrainOptions, log *slog.Logger) (*Tagger, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.Iterations == 0 {
		opts.Iterations = 6
	}
	if opts.Ensemble == 0 {
		opts.Ensemble = 3
	}
	if opts.Prune == 0 {
		opts.Prune = 0.01
	}
	docs := documents(sents)
	gold := make(map[*pos.Sentence][]int32)
	for _, d := range docs {
		for _, s := range d {
			g, err := bilou(s.NER)
			if err != nil {
				return nil, err
			}
			gold[s] = g
		}
	}
	if len(gold) == 0 {
		return nil, ErrNoData
	}
	// Names seen in training form a gazetteer; while training, a
	// document sees only the names of the other documents.
	counts := map[uint64]*[nTypes]int32{}
	locals := make([]map[uint64]*[nTypes]int32, len(docs))
	trainNames := map[string]bool{}
	for di, d := range docs {
		locals[di] = map[uint64]*[nTypes]int32{}
		for _, s := range d {
			for _, c := range Chunks(s.NER) {
				ty := typeIndex(c.Type)
				if ty < 0 || c.End-c.Start > maxGazWords {
					continue
				}
				k, _ := phraseKeys(s.Words[c.Start:c.End])
				for _, m := range []map[uint64]*[nTypes]int32{counts, locals[di]} {
					if m[k] == nil {
						m[k] = new([nTypes]int32)
					}
					m[k][ty]++
				}
				trainNames[c.Type+"\t"+strings.ToLower(strings.Join(s.Words[c.Start:c.End], " "))] = true
			}
		}
	}
	names := make([]string, 0, len(trainNames))
	for n := range trainNames {
		names = append(names, n)
	}
	sort.Strings(names)
	gazTr := strings.Join(names, "\n")
	proto, err := newTagger(nil, opts.Clusters, opts.Gazetteer, gazTr, opts.CasePrior)
	if err != nil {
		return nil, err
	}
	docIdx := make(map[*pos.Sentence]int)
	for di, d := range docs {
		for _, s := range d {
			docIdx[s] = di
		}
	}
	var models []*perceptron.Model
	for run := range opts.Ensemble {
		tr := perceptron.NewTrainer(nClass)
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(2+run)))
		st := new(state)
		scores := make([]float32, nClass)
		for it := range opts.Iterations {
			rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
			errs, total := 0, 0
			for _, doc := range docs {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
				words := make([][]string, len(doc))
				for i, s := range doc {
					words[i] = s.Words
				}
				d := &st.doc
				d.reset(words, nil)
				for _, s := range doc {
					g := gold[s]
					st.prepare(s.Words, nil, s.Tags, opts.Clusters, proto.gaz, proto.prior, counts, locals[docIdx[s]])
					st.tags = st.tags[:0]
					prev := int32(-1)
					for i := range s.Words {
						st.feats = features(st.feats[:0], &st.s, i, st.tags, d)
						clear(scores)
						tr.Score(st.feats, scores)
						guess := best(scores, prev)
						tr.Update(st.feats, int(g[i]), int(guess))
						tr.Tick()
						if guess != g[i] {
							errs++
						}
						total++
						st.tags = append(st.tags, guess)
						prev = guess
					}
					d.record(s.Words, st.s.toks, st.tags)
				}
			}
			args := []any{"model", run + 1, "iter", it + 1, "train_err", float64(errs) / float64(max(total, 1))}
			if opts.Dev != nil && it == opts.Iterations-1 {
				t, err := newTagger(tr.Model(opts.Prune), opts.Clusters, opts.Gazetteer, gazTr, opts.CasePrior)
				if err != nil {
					return nil, err
				}
				_, _, f := t.score(opts.Dev)
				args = append(args, "dev_f1", f)
			}
			log.Info("ner: iteration", args...)
		}
		models = append(models, tr.Model(opts.Prune))
	}
	m := perceptron.Average(opts.Prune, models...)
	if opts.Ensemble == 1 {
		m = models[0]
	}
	if opts.MinWeight > 0 {
		m = m.Prune(opts.MinWeight)
	}
	return newTagger(m, opts.Clusters, opts.Gazetteer, gazTr, opts.CasePrior)
}

// documents groups sentences into documents at DocStart.
func documents(sents []pos.Sentence) [][]*pos.Sentence {
	var docs [][]*pos.Sentence
	for i := range sents {
		if sents[i].DocStart || len(docs) == 0 {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], &sents[i])
	}
	return docs
}

// bilou converts IOB2 (or IOB1) labels to BILOU classes.
func bilou(tags []string) ([]int32, error) {
	out := make([]int32, len(tags))
	spans := Chunks(tags)
	for _, sp := range spans {
		ty := typeIndex(sp.Type)
		if ty < 0 {
			return nil, fmt.Errorf("ner: unknown entity type %q", sp.Type)
		}
		if sp.End-sp.Start == 1 {
			out[sp.Start] = class(prefixU, ty)
			continue
		}
		out[sp.Start] = class(prefixB, ty)
		for i := sp.Start + 1; i < sp.End-1; i++ {
			out[i] = class(prefixI, ty)
		}
		out[sp.End-1] = class(prefixL, ty)
	}
	return out, nil
}

func typeIndex(t string) int {
	for i, n := range types {
		if n == t {
			return i
		}
	}
	return -1
}

// A Chunk is a run of tokens [Start, End) labelled with one entity type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the entity chunks of IOB labels the way conlleval reads
// them: a chunk starts at B-X, at I-X after O or after another type, and
// ends before O, B-, or a change of type.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start, ty := -1, ""
	for i, t := range tags {
		p, tt := "O", ""
		if len(t) > 2 && t[1] == '-' {
			p, tt = t[:1], t[2:]
		}
		if start >= 0 && (p == "O" || p == "B" || tt != ty) {
			out = append(out, Chunk{start, i, ty})
			start = -1
		}
		if p == "B" || (p == "I" && start < 0) {
			start, ty = i, tt
		}
	}
	if start >= 0 {
		out = append(out, Chunk{start, len(tags), ty})
	}
	return out
}

// MinWeight is the TrainOptions.MinWeight of the committed model (see
// data/MODEL.md): on CoNLL-2003 valid it keeps F1 (0.9168, 0.9164 with
// every weight) with a quarter of the weights.
const MinWeight = 1.0

// TrainFromFile trains on the CoNLL file trainPath and writes the
// compressed model to out. The part-of-speech input for training comes
// from taggers trained on the other folds of trainPath (jackknifing), so
// the recogniser learns how far to trust predicted tags. If devPath is not
// "", the result is scored on it with the committed POS model feeding it.
func TrainFromFile(ctx context.Context, trainPath, devPath string, out io.Writer, log *slog.Logger) (Scores, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	train, err := readFile(trainPath)
	if err != nil {
		return Scores{}, err
	}
	cl, err := clusters.Default()
	if err != nil {
		return Scores{}, fmt.Errorf("ner: %w", err)
	}
	start := time.Now()
	if err := jackknife(ctx, train, 5, cl, log); err != nil {
		return Scores{}, err
	}
	gaz, err := externalGazetteer()
	if err != nil {
		return Scores{}, err
	}
	var dev []pos.Sentence
	var pt *pos.Tagger
	if devPath != "" {
		if dev, err = readFile(devPath); err != nil {
			return Scores{}, err
		}
		if pt, err = pos.New(); err != nil {
			return Scores{}, err
		}
	}
	var sc Scores
	if dev != nil {
		sc.POSAccuracy, _ = pt.Evaluate(dev)
		for i := range dev {
			dev[i].Tags = pt.Tag(dev[i].Words, nil)
		}
	}
	prior, err := defaultCasePrior()
	if err != nil {
		return Scores{}, err
	}
	t, err := Train(ctx, train, TrainOptions{Clusters: cl, Gazetteer: gaz, CasePrior: prior, Dev: dev, MinWeight: MinWeight}, log)
	if err != nil {
		return Scores{}, err
	}
	sc.Train, sc.Features = time.Since(start), t.model.Features()
	if dev != nil {
		sc.Precision, sc.Recall, sc.F1 = t.score(dev)
		log.Info("ner: dev", "p", sc.Precision, "r", sc.Recall, "f1", sc.F1, "pos", sc.POSAccuracy)
	}
	if err := t.Save(out); err != nil {
		return sc, err
	}
	return sc, nil
}

// score tags sents (a document at a time, with their Tags column as
// part-of-speech input) and scores the result against their NER column.
func (t *Tagger) score(sents []pos.Sentence) (p, r, f float64) {
	var gold, pred [][]string
	for _, doc := range documents(sents) {
		words := make([][]string, len(doc))
		tags := make([][]string, len(doc))
		for i, s := range doc {
			words[i], tags[i] = s.Words, s.Tags
			gold = append(gold, s.NER)
		}
		pred = append(pred, t.TagDocument(words, tags, nil)...)
	}
	return f1(gold, pred)
}

// f1 is conlleval's micro-averaged exact-match score.
func f1(gold, pred [][]string) (p, r, f float64) {
	var tp, ng, np int
	for i := range gold {
		g, q := Chunks(gold[i]), Chunks(pred[i])
		ng += len(g)
		np += len(q)
		set := map[Chunk]bool{}
		for _, c := range g {
			set[c] = true
		}
		for _, c := range q {
			if set[c] {
				tp++
			}
		}
	}
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// jackknife replaces the Tags of sents with tags predicted by POS taggers
// trained on the other folds (folds are whole documents).
func jackknife(ctx context.Context, sents []pos.Sentence, folds int, cl *clusters.Set, log *slog.Logger) error {
	docs := documents(sents)
	pred := make([][]string, len(sents))
	idx := map[*pos.Sentence]int{}
	for i := range sents {
		idx[&sents[i]] = i
	}
	for k := range folds {
		var train []pos.Sentence
		for di, d := range docs {
			if di%folds != k {
				for _, s := range d {
					train = append(train, *s)
				}
			}
		}
		t, err := pos.Train(ctx, train, pos.TrainOptions{Clusters: cl, Ensemble: 1}, nil)
		if err != nil {
			return fmt.Errorf("ner: jackknife: %w", err)
		}
		for di, d := range docs {
			if di%folds == k {
				for _, s := range d {
					pred[idx[s]] = t.Tag(s.Words, nil)
				}
			}
		}
		log.Info("ner: jackknife fold done", "fold", k+1)
	}
	for i := range sents {
		sents[i].Tags = pred[i]
	}
	return nil
}

func readFile(p string) ([]pos.Sentence, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	s, err := pos.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", p, err)
	}
	return s, nil
}
