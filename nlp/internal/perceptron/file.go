package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ErrFile reports a model file that cannot be read.
var ErrFile = errors.New("perceptron: malformed model file")

// maxHeader bounds the JSON header of a model file.
const maxHeader = 64 << 20

// WriteFile writes a model file: gzip (best compression) of magic, the
// uvarint length of header as JSON, that JSON, and then m's weights. It is
// the container both taggers save their models in.
func WriteFile(w io.Writer, magic string, header any, m *Model) error {
	hb, err := json.Marshal(header)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var buf [binary.MaxVarintLen64]byte
	zw.Write([]byte(magic))
	zw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(hb)))])
	zw.Write(hb)
	if _, err := m.WriteTo(zw); err != nil {
		return err
	}
	return zw.Close()
}

// ReadFile reads a file written by WriteFile with the same magic, decoding
// its header into header and returning the weights. Errors wrap ErrFile or
// the weights' own error.
func ReadFile(r io.Reader, magic string, header any) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFile, err)
	}
	br := bufio.NewReader(zr)
	got := make([]byte, len(magic))
	if _, err := io.ReadFull(br, got); err != nil || string(got) != magic {
		return nil, fmt.Errorf("%w: bad header", ErrFile)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxHeader {
		return nil, fmt.Errorf("%w: header length", ErrFile)
	}
	hb := make([]byte, n)
	if _, err := io.ReadFull(br, hb); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFile, err)
	}
	if err := json.Unmarshal(hb, header); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFile, err)
	}
	return ReadModel(br)
}
