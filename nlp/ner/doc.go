// Package ner finds named entities (PER, LOC, ORG, MISC in the CoNLL-2003
// scheme) in tokenised English text.
//
// A Tagger is a greedy left-to-right averaged perceptron over BILOU
// classes, decoded with the BILOU transition constraints and reported as
// IOB2. Its features are the word, its shape, affixes and word clusters
// (nlp/internal/clusters) in a ±2 window, part-of-speech tags from package
// pos, the two previous classes, gazetteer matches (names seen in the
// training data, and country, city, people and organisation lists from the
// PETRARCH2/Phoenix dictionaries in data/gazetteer.tsv.gz), a case prior
// learned from unlabelled news (data/caseprior.tsv.gz), and document
// context: the classes given earlier to the same word, and the
// neighbouring words of its occurrences in the document. After tagging, a
// repeated name takes the type most of its mentions have (2 to 1), and
// breaking punctuation is trimmed from entity edges. The committed
// model, data/ner.model.gz, carries all of these; New loads it once, and a
// Tagger is read-only and safe for concurrent use. data/MODEL.md says how
// to retrain it and what it scores.
//
// Input is one document as sentences of tokens (TagDocument) or a single
// sentence (Tag); output is one IOB2 tag per token. Annotator adds
// Document.Mentions from the Tokens and Sentences layers (PER becomes
// PERSON; LOC stays LOC, GPE is the entity stage's call). TagCoNLL
// serves `chronicle ner --conll`. Input lines and sentences are bounded
// (pos.MaxLineBytes, pos.MaxSentenceWords); over-long input is an error,
// never a panic.
package ner
