// Package lower lower-cases many short strings (the words of a long
// document) into shared chunks of memory, so that a word costs no
// allocation of its own and the whole set costs little more than its bytes.
//
// Input: strings, typically one token each. Output: the strings.ToLower of
// each. Invariants: a returned string is never modified afterwards (chunks
// are append-only and never moved); a string that lower-casing leaves
// unchanged is returned as is, without a copy. A Buffer is for one
// goroutine; its strings may be shared freely. Append lower-cases one
// string into a caller's buffer, for a map look-up that should not
// allocate.
package lower

import (
	"strings"
	"unicode/utf8"
)

// chunkSize is the largest size of the chunks lower-cased words are
// copied into; a word longer than chunkSize/8 gets its own allocation.
const chunkSize = 64 << 10

// A Buffer holds lower-cased strings. The zero value is ready to use.
type Buffer struct {
	b strings.Builder // the current chunk
}

// Lower returns strings.ToLower(s), copied into the buffer's current
// chunk when it differs from s.
func (l *Buffer) Lower(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	switch {
	case !ascii:
		low := strings.ToLower(s)
		if low == s {
			return s
		}
		return l.add(low)
	case !upper:
		return s
	case len(s) > chunkSize/8:
		return strings.ToLower(s)
	}
	l.reserve(len(s))
	at := l.b.Len()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l.b.WriteByte(c)
	}
	return l.b.String()[at:]
}

// add copies s into the current chunk, or returns it as is when it is
// too long for one.
func (l *Buffer) add(s string) string {
	if len(s) > chunkSize/8 {
		return s
	}
	l.reserve(len(s))
	at := l.b.Len()
	l.b.WriteString(s)
	return l.b.String()[at:]
}

// reserve starts a new chunk when the current one has no room for n more
// bytes, twice as large as the last one (from 512 bytes up to chunkSize,
// so that a short text costs little). The old chunk stays alive as long
// as strings point into it.
func (l *Buffer) reserve(n int) {
	if l.b.Cap()-l.b.Len() < n {
		size := max(min(max(2*l.b.Cap(), 512), chunkSize), n)
		l.b = strings.Builder{}
		l.b.Grow(size)
	}
}

// Append appends strings.ToLower(s) to dst. It allocates only for a
// non-ASCII s or when dst is full: with dst on the stack, a map look-up
// by the result does not allocate.
func Append(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
