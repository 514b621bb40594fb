// Package pos tags words with Penn Treebank part-of-speech tags.
//
// A Tagger is a greedy left-to-right averaged perceptron (see
// nlp/internal/perceptron; the committed model averages five) over hashed
// features of the word, its neighbours, their shapes, affixes and word
// clusters, and the two tags before it. Input is a sentence as a slice of tokens (PTB/CoNLL-style);
// output is one tag per token. The committed model, data/pos.model.gz, is
// trained on CoNLL-2003 English (see data/MODEL.md for the command and its
// scores) and is loaded once by New; a Tagger is read-only and safe for
// concurrent use.
//
// Annotator adapts a Tagger to the pipeline: it sets Document.Tokens[i].Tag
// for the tokens of each sentence. ReadCoNLL reads CoNLL-2003 column files,
// the training and evaluation format; it treats its input as untrusted.
package pos
