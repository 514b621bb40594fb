// Package chronicle holds the domain of Chronicle: the nouns every stage
// shares (Article, Document and its layers: Zone, Token, Sentence, Mention,
// Entity, Timex, Quote, Figure, Event, Warning) and the small interfaces that
// connect the stages (Preparer, Annotator) into a Pipeline.
//
// An Article is an input as it arrived (bytes, format, and what the source
// said about it). A Preparer turns it into a Document whose Text is cleaned
// once and never rewritten afterwards. Every later stage is an Annotator that
// reads earlier layers and appends its own. Every annotation is a half-open
// UTF-8 byte range [Start, End) into Document.Text, with
// 0 <= Start <= End <= len(Text) on rune boundaries; Check verifies this.
// Layers refer to each other by id ("m3", "e1", "t2"), so a Document
// serialises straight to JSON and SQL. Text fields of annotations are the
// substring Text[Start:End] (they share memory with Text); they exist because
// the JSON contract carries them.
//
// This package imports only the standard library.
package chronicle
