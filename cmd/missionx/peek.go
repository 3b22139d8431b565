package main

import (
	"bytes"
	"unicode/utf8"
)

// peekJSONLID returns the document id of a JSONL input line without
// decoding the line: the value of its last top-level key that equals "id"
// case-insensitively, which is what encoding/json puts in jsonlLine.ID.
//
// Why: with --shard i/N every run reads every line, and N-1 of N lines
// belong to other runs. Decoding those in full (validating and unescaping
// a few KB of text) cost as much as a fifth of extracting the run's own
// documents at N = 8; peeking costs a byte scan.
//
// ok is false whenever the line is not plainly a well-formed object with a
// plain string id (an escape in the id, a stray byte, a truncated line,
// bad UTF-8): the caller then decodes the line in full and shards it by
// whatever id that gives, as before. When ok is true and the line is valid
// JSON, the id is the one the decoder gives; the scan checks structure
// (strings, nesting, separators) but not the grammar of numbers or of
// escapes inside other values, so a line that is broken only there is
// sharded by its id and rejected by the run that owns it.
func peekJSONLID(line []byte) (id string, ok bool) {
	if !utf8.Valid(line) {
		return "", false
	}
	p := jsonPeek{b: line}
	p.space()
	if !p.byte('{') {
		return "", false
	}
	found := false
	p.space()
	if p.byte('}') {
		return "", false // no id at all: the decoder's error says so
	}
	for {
		p.space()
		key, plain := p.string()
		if p.bad {
			return "", false
		}
		p.space()
		if !p.byte(':') {
			return "", false
		}
		p.space()
		if plain && len(key) == 2 && bytes.EqualFold(key, []byte("id")) {
			if p.peek() != '"' {
				return "", false // null, a number...: the decoder decides
			}
			v, plainV := p.string()
			if p.bad || !plainV {
				return "", false
			}
			id, found = string(v), true
		} else {
			if !plain {
				return "", false // an escaped key might spell "id"
			}
			p.value(0)
			if p.bad {
				return "", false
			}
		}
		p.space()
		if p.byte(',') {
			continue
		}
		if !p.byte('}') {
			return "", false
		}
		break
	}
	p.space()
	if p.i != len(p.b) || !found || id == "" {
		return "", false
	}
	return id, true
}

// jsonPeek is a cursor over a JSON text that only checks its structure.
type jsonPeek struct {
	b   []byte
	i   int
	bad bool
}

func (p *jsonPeek) peek() byte {
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

func (p *jsonPeek) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonPeek) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// string reads a string and returns its bytes between the quotes; plain is
// false when it holds an escape (the bytes are then not its value).
func (p *jsonPeek) string() (s []byte, plain bool) {
	if !p.byte('"') {
		p.bad = true
		return nil, false
	}
	start := p.i
	plain = true
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return p.b[start : p.i-1], plain
		case c == '\\':
			plain = false
			p.i += 2
		case c < 0x20:
			p.bad = true // control characters must be escaped
			return nil, false
		default:
			p.i++
		}
	}
	p.bad = true // unterminated
	return nil, false
}

// value skips one value of any kind.
func (p *jsonPeek) value(depth int) {
	if depth > 64 {
		p.bad = true // let the decoder judge deep nesting
		return
	}
	switch c := p.peek(); {
	case c == '"':
		p.string()
	case c == '{' || c == '[':
		closer := byte('}')
		if c == '[' {
			closer = ']'
		}
		p.i++
		p.space()
		if p.byte(closer) {
			return
		}
		for !p.bad {
			p.space()
			if c == '{' {
				p.string()
				p.space()
				if !p.byte(':') {
					p.bad = true
					return
				}
				p.space()
			}
			p.value(depth + 1)
			p.space()
			if p.byte(',') {
				continue
			}
			if !p.byte(closer) {
				p.bad = true
			}
			return
		}
	default: // number, true, false, null
		start := p.i
		for p.i < len(p.b) && (isLiteralByte(p.b[p.i])) {
			p.i++
		}
		if p.i == start {
			p.bad = true
		}
	}
}

func isLiteralByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == '-' || c == '+' || c == '.' || c == 'E'
}
