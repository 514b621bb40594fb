// Package eval scores Chronicle's stages on public data sets: HTML main-text
// extraction (the article-extraction benchmark's shingle metric), named
// entities (conlleval), temporal expressions (TempEval-3) and quotes
// (PolNeAR). Scorers take the stage under test as a function, so the CLI and
// the regression tests run the same code. Readers of the data sets treat the
// files as untrusted input: they return errors, never panic.
package eval
