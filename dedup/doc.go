// Package dedup decides which stored documents are copies of each other
// and which events of different documents report the same real-world
// event. It keeps no state and does no I/O: the stores
// (chronicle/sqlite, chronicle/postgres) call it while they put a
// document, and persist what it computes.
//
// Near-duplicate articles. A text is cut into word shingles: runs of
// ShingleWords consecutive words, lower-cased, letters and digits only
// (a text of fewer words is one shingle). Each shingle is hashed (64-bit
// FNV-1a) and the set is summarised by a MinHash Signature of NumHashes
// values, each the minimum of the shingle hashes under one fixed
// permutation (a SplitMix64 mix keyed by a fixed seed, so signatures are
// the same on every machine and run). The signature is cut into Bands
// bands of Rows values; BandKeys hashes each band with its index into one
// int64 that a store indexes. Two texts sharing a band key are candidates
// (probability 1-(1-J^Rows)^Bands for Jaccard similarity J: 0.99999 at
// J = 0.8, 0.87 at 0.5, 0.03 at 0.2); a candidate is confirmed when the
// exact Jaccard similarity of the two shingle sets is at least
// JaccardThreshold. A text without shingles has no band keys and is
// never a candidate. The stores keep the band keys of each group's first
// document only, so a new text is compared once per group, with the text
// that started it (PickGroup).
//
// Same event. SameEvent says whether two events reported by different
// documents are one real-world event: the same type; the same mode when
// both have one; the same status class (occurred/ongoing, planned/
// hypothetical, negated); overlapping actors (two codes overlap when one
// is a prefix of the other, USA and USAGOV, but not USAGOV and USAMIL;
// actors without a code compare by name, ignoring case, with actors
// without a code); overlapping recipients unless either has none;
// the same place when both have one (country when both have a country,
// else name); and dates within DateWindow days. Dates are intervals
// (EventSpan): a day, a week, or a month; the gap between the two
// intervals must be at most DateWindow days, so a day inside a month
// matches that month. A date coarser than a month (a quarter, a half, a
// season, a year) matches only the same value. An event without a date
// of its own is placed on its document's publication day; an event with
// neither never merges.
//
// Invariants: every function is deterministic and safe for concurrent
// use; Shingles returns a sorted set without duplicates.
package dedup
