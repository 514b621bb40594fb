package storerows

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"

	"chronicle"
)

// EncodeCursor makes an opaque cursor of a page key.
func EncodeCursor(key any) string {
	b, _ := json.Marshal(key)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads a cursor made by EncodeCursor into key; "" leaves key
// zero. Any other cursor is chronicle.ErrInvalid.
func DecodeCursor(c string, key any) error {
	if c == "" {
		return nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		err = json.Unmarshal(b, key)
	}
	if err != nil {
		return fmt.Errorf("%w cursor %q", chronicle.ErrInvalid, c)
	}
	return nil
}

// SeekKey is the position after which a keyset page starts.
type SeekKey struct {
	Day string `json:"d"`
	Doc string `json:"a"`
	Idx int    `json:"i"`
}

// OffsetKey is the position of an offset-paged result.
type OffsetKey struct {
	Offset int `json:"o"`
}

// Next returns the cursor of the page after a page of limit results
// starting at k.
func (k OffsetKey) Next(limit int) string { return EncodeCursor(OffsetKey{Offset: k.Offset + limit}) }

// Words returns the letter-and-digit words of s, for full-text queries.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// PrefixEnd returns the least string greater than every string starting
// with p, or "" when there is none that is valid ASCII.
func PrefixEnd(p string) string {
	if p == "" || p[len(p)-1] >= 0x7f {
		return ""
	}
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}

// Day formats t as its calendar day in its own location.
func Day(t time.Time) string { return t.Format(time.DateOnly) }
