package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// A fast validator for Records, compiled from the same embedded schema.json.
//
// Why: the general validator (santhosh-tekuri/jsonschema) needs each record
// turned into map[string]any first and then walks a general evaluator that
// collects annotations and error trees; on a 2 KB document with a few
// dozen records that cost more than all the extraction. This file compiles
// the subset of JSON Schema 2020-12 that schema.json uses into a small tree
// and checks a Record directly (ordered fields, Go values), answering only
// "valid or not". It is not a second, hand-written copy of the rules: it
// reads schema.json, so a change to the schema changes both validators. A
// keyword it does not implement makes compilation fail, and Validate then
// falls back to the general validator for every record, so the fast path
// can only ever be missing, never silently laxer. TestFastSchemaAgrees
// checks that both validators give the same verdict on every record of the
// corpus and of the synthetic corpus, and on thousands of mutated records.
//
// When a record fails, Validate asks the general validator for the message,
// so errors read exactly as before. `missionx validate` (ValidateJSON)
// always uses the general validator on the decoded line.
//
// One deliberate difference: a Record with the same key twice is invalid
// here (its JSON would hold the key twice); Map would silently keep the last.

// jsonType bits.
const (
	tNull uint8 = 1 << iota
	tBool
	tObject
	tArray
	tNumber // any number; integers too
	tInteger
	tString
)

type namedNode struct {
	name string
	node *fnode
}

type fnode struct {
	never    bool  // the schema `false`
	types    uint8 // allowed types; 0 means any
	enum     []any // nil when absent
	constant []any // one element when "const" is present
	required []string
	props    map[string]*fnode
	propList []namedNode    // props in name order
	propIdx  map[string]int // index into propList
	reqMask  uint64         // bits of propList that are required; valid when reqInProps
	reqAll   bool           // every required name is a property (and there are at most 64)
	// switchKey/switchThen: an allOf made only of {"if": {"properties":
	// {K: {"const": V}}}, "then": S} (the usual way to select a record
	// shape by its "type"), turned into a lookup V -> S.
	switchKey  string
	switchThen map[string]*fnode
	switchAll  []*fnode // the thens in order, for a record without K
	closed     bool     // additionalProperties: false
	addl       *fnode
	pattern    interface{ MatchString(string) bool } // flatPattern when it can, else regexp
	minLen     int                                   // -1 when absent
	minimum    *float64
	prefix     []*fnode
	items      *fnode // items beyond prefixItems (never = none allowed)
	minItems   int
	ref        *fnode
	allOf      []*fnode
	oneOf      []*fnode
	anyOf      []*fnode
	ifN        *fnode
	thenN      *fnode
	elseN      *fnode
}

// ignored keywords carry no assertion.
var fastIgnored = map[string]bool{
	"$schema": true, "$id": true, "$comment": true, "title": true, "description": true,
	"examples": true, "default": true, "$defs": true, "deprecated": true, "readOnly": true, "writeOnly": true,
}

type fastCompiler struct {
	defs map[string]*fnode
	raw  map[string]any
}

// compileFast builds the fast validator from a schema document, or says
// which keyword it cannot handle.
func compileFast(schemaJSON []byte) (*fnode, error) {
	dec := json.NewDecoder(bytes.NewReader(schemaJSON))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, err
	}
	rm, ok := root.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("schema root is not an object")
	}
	c := &fastCompiler{defs: map[string]*fnode{}}
	if d, ok := rm["$defs"].(map[string]any); ok {
		c.raw = d
		// placeholders first, so $refs (even recursive ones) can point at them
		names := make([]string, 0, len(d))
		for name := range d {
			names = append(names, name)
			c.defs[name] = &fnode{}
		}
		sort.Strings(names)
		for _, name := range names {
			n, err := c.compile(d[name], "#/$defs/"+name)
			if err != nil {
				return nil, err
			}
			*c.defs[name] = *n
		}
	}
	return c.compile(root, "#")
}

func (c *fastCompiler) compile(v any, at string) (*fnode, error) {
	switch s := v.(type) {
	case bool:
		if s {
			return &fnode{minLen: -1}, nil
		}
		return &fnode{never: true, minLen: -1}, nil
	case map[string]any:
		n := &fnode{minLen: -1}
		keys := make([]string, 0, len(s))
		for k := range s {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			val := s[k]
			var err error
			switch k {
			case "type":
				n.types, err = typeBits(val)
			case "enum":
				list, ok := val.([]any)
				if !ok {
					return nil, fmt.Errorf("%s/enum is not a list", at)
				}
				n.enum = list
				if n.enum == nil {
					n.enum = []any{}
				}
			case "const":
				n.constant = []any{val}
			case "required":
				list, ok := val.([]any)
				if !ok {
					return nil, fmt.Errorf("%s/required is not a list", at)
				}
				for _, r := range list {
					rs, ok := r.(string)
					if !ok {
						return nil, fmt.Errorf("%s/required holds a non-string", at)
					}
					n.required = append(n.required, rs)
				}
			case "properties":
				pm, ok := val.(map[string]any)
				if !ok {
					return nil, fmt.Errorf("%s/properties is not an object", at)
				}
				n.props = map[string]*fnode{}
				names := make([]string, 0, len(pm))
				for name := range pm {
					names = append(names, name)
				}
				sort.Strings(names)
				for _, name := range names {
					pn, err := c.compile(pm[name], at+"/properties/"+name)
					if err != nil {
						return nil, err
					}
					n.props[name] = pn
					n.propList = append(n.propList, namedNode{name, pn})
				}
			case "additionalProperties":
				if b, ok := val.(bool); ok && !b {
					n.closed = true
				} else if n.addl, err = c.compile(val, at+"/additionalProperties"); err != nil {
					return nil, err
				}
			case "pattern":
				ps, ok := val.(string)
				if !ok {
					return nil, fmt.Errorf("%s/pattern is not a string", at)
				}
				re, rerr := regexp.Compile(ps)
				if rerr != nil {
					return nil, fmt.Errorf("%s/pattern: %v", at, rerr)
				}
				n.pattern = re
				if fp, ferr := compileFlat(ps); ferr == nil {
					n.pattern = fp
				}
			case "minLength":
				n.minLen, err = intOf(val, at+"/minLength")
			case "minimum":
				num, ok := val.(json.Number)
				if !ok {
					return nil, fmt.Errorf("%s/minimum is not a number", at)
				}
				f, ferr := num.Float64()
				if ferr != nil {
					return nil, fmt.Errorf("%s/minimum: %v", at, ferr)
				}
				n.minimum = &f
			case "prefixItems":
				list, ok := val.([]any)
				if !ok {
					return nil, fmt.Errorf("%s/prefixItems is not a list", at)
				}
				for i, e := range list {
					p, err := c.compile(e, fmt.Sprintf("%s/prefixItems/%d", at, i))
					if err != nil {
						return nil, err
					}
					n.prefix = append(n.prefix, p)
				}
			case "items":
				n.items, err = c.compile(val, at+"/items")
			case "minItems":
				n.minItems, err = intOf(val, at+"/minItems")
			case "$ref":
				ref, ok := val.(string)
				name, found := strings.CutPrefix(ref, "#/$defs/")
				if !ok || !found || c.defs[name] == nil {
					return nil, fmt.Errorf("%s/$ref %v: only local #/$defs/ references are supported", at, val)
				}
				n.ref = c.defs[name]
			case "allOf", "oneOf", "anyOf":
				list, ok := val.([]any)
				if !ok {
					return nil, fmt.Errorf("%s/%s is not a list", at, k)
				}
				var subs []*fnode
				for i, e := range list {
					sn, err := c.compile(e, fmt.Sprintf("%s/%s/%d", at, k, i))
					if err != nil {
						return nil, err
					}
					subs = append(subs, sn)
				}
				switch k {
				case "allOf":
					n.allOf = subs
				case "oneOf":
					n.oneOf = subs
				default:
					n.anyOf = subs
				}
			case "if":
				n.ifN, err = c.compile(val, at+"/if")
			case "then":
				n.thenN, err = c.compile(val, at+"/then")
			case "else":
				n.elseN, err = c.compile(val, at+"/else")
			default:
				if !fastIgnored[k] {
					return nil, fmt.Errorf("%s: keyword %q is not implemented by the fast validator", at, k)
				}
			}
			if err != nil {
				return nil, err
			}
		}
		n.finish()
		return n, nil
	}
	return nil, fmt.Errorf("%s: a schema must be an object or a boolean", at)
}

// finish precomputes the lookups valid uses.
func (n *fnode) finish() {
	n.propIdx = make(map[string]int, len(n.propList))
	for i, p := range n.propList {
		n.propIdx[p.name] = i
	}
	n.reqAll = len(n.propList) <= 64
	for _, r := range n.required {
		i, ok := n.propIdx[r]
		if !ok {
			n.reqAll = false
			break
		}
		n.reqMask |= 1 << uint(i)
	}
	// the type switch
	if len(n.allOf) == 0 {
		return
	}
	key := ""
	thens := map[string]*fnode{}
	var all []*fnode
	for _, s := range n.allOf {
		c := s.ifN
		if s.thenN == nil || s.elseN != nil || c == nil || !s.onlyIfThen() || !c.onlyProps() || len(c.propList) != 1 {
			return
		}
		p := c.propList[0]
		if key != "" && p.name != key {
			return
		}
		key = p.name
		k := p.node
		if k.constant == nil || !k.onlyConst() {
			return
		}
		v, ok := k.constant[0].(string)
		if !ok || thens[v] != nil {
			return
		}
		thens[v] = s.thenN
		all = append(all, s.thenN)
	}
	n.switchKey, n.switchThen, n.switchAll, n.allOf = key, thens, all, nil
}

// onlyIfThen: the node holds nothing but if/then.
func (n *fnode) onlyIfThen() bool {
	m := *n
	m.ifN, m.thenN, m.propIdx = nil, nil, nil
	return m.isEmpty()
}

// onlyProps: the node holds nothing but properties.
func (n *fnode) onlyProps() bool {
	m := *n
	m.props, m.propList, m.propIdx = nil, nil, nil
	return m.isEmpty()
}

// onlyConst: the node holds nothing but const.
func (n *fnode) onlyConst() bool {
	m := *n
	m.constant, m.propIdx = nil, nil
	return m.isEmpty()
}

func (n *fnode) isEmpty() bool {
	return !n.never && n.types == 0 && n.enum == nil && n.constant == nil && n.required == nil &&
		n.props == nil && len(n.propIdx) == 0 && !n.closed && n.addl == nil && n.pattern == nil && n.minLen < 0 &&
		n.minimum == nil && n.prefix == nil && n.items == nil && n.minItems == 0 && n.ref == nil &&
		n.allOf == nil && n.oneOf == nil && n.anyOf == nil && n.ifN == nil && n.thenN == nil && n.elseN == nil &&
		n.switchThen == nil
}

func intOf(v any, at string) (int, error) {
	num, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("%s is not a number", at)
	}
	i, err := num.Int64()
	if err != nil {
		return 0, fmt.Errorf("%s: %v", at, err)
	}
	return int(i), nil
}

func typeBits(v any) (uint8, error) {
	one := func(s string) (uint8, error) {
		switch s {
		case "null":
			return tNull, nil
		case "boolean":
			return tBool, nil
		case "object":
			return tObject, nil
		case "array":
			return tArray, nil
		case "number":
			return tNumber, nil
		case "integer":
			return tInteger, nil
		case "string":
			return tString, nil
		}
		return 0, fmt.Errorf("unknown type %q", s)
	}
	switch t := v.(type) {
	case string:
		return one(t)
	case []any:
		var bits uint8
		for _, e := range t {
			s, ok := e.(string)
			if !ok {
				return 0, fmt.Errorf("type list holds a non-string")
			}
			b, err := one(s)
			if err != nil {
				return 0, err
			}
			bits |= b
		}
		return bits, nil
	}
	return 0, fmt.Errorf("type is neither a string nor a list")
}

// typeOf gives the type bit of a record value; 0 for a Go type that
// records must not hold (AppendJSON would refuse it too).
func typeOf(v any) uint8 {
	switch v.(type) {
	case nil:
		return tNull
	case bool:
		return tBool
	case int:
		return tInteger
	case string:
		return tString
	case Record:
		return tObject
	case []any:
		return tArray
	}
	return 0
}

// valid reports whether v meets n.
func (n *fnode) valid(v any) bool {
	if n.never {
		return false
	}
	t := typeOf(v)
	if t == 0 {
		return false
	}
	if n.types != 0 {
		ok := n.types&t != 0 || (t == tInteger && n.types&tNumber != 0)
		if !ok {
			return false
		}
	}
	if n.constant != nil && !jsonEqual(v, n.constant[0]) {
		return false
	}
	if n.enum != nil {
		found := false
		for _, e := range n.enum {
			if jsonEqual(v, e) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	switch x := v.(type) {
	case string:
		// minLength counts code points; a string of fewer bytes has fewer
		if n.minLen > 0 && (len(x) < n.minLen || (n.minLen > 1 && utf8.RuneCountInString(x) < n.minLen)) {
			return false
		}
		if n.pattern != nil && !n.pattern.MatchString(x) {
			return false
		}
	case int:
		if n.minimum != nil && float64(x) < *n.minimum {
			return false
		}
	case Record:
		if !n.validObject(x) {
			return false
		}
	case []any:
		if len(x) < n.minItems {
			return false
		}
		for i, e := range x {
			if i < len(n.prefix) {
				if !n.prefix[i].valid(e) {
					return false
				}
			} else if n.items != nil && !n.items.valid(e) {
				return false
			}
		}
	}
	if n.ref != nil && !n.ref.valid(v) {
		return false
	}
	for _, s := range n.allOf {
		if !s.valid(v) {
			return false
		}
	}
	if n.switchThen != nil && !n.validSwitch(v) {
		return false
	}
	if n.anyOf != nil {
		ok := false
		for _, s := range n.anyOf {
			if s.valid(v) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if n.oneOf != nil {
		matched := 0
		for _, s := range n.oneOf {
			if s.valid(v) {
				matched++
			}
		}
		if matched != 1 {
			return false
		}
	}
	if n.ifN != nil {
		if n.ifN.valid(v) {
			if n.thenN != nil && !n.thenN.valid(v) {
				return false
			}
		} else if n.elseN != nil && !n.elseN.valid(v) {
			return false
		}
	}
	return true
}

// validSwitch applies the allOf of if/then that finish turned into a
// lookup: the then of the record's key value; all of them when the value
// is not an object or has no such key (each "if" then holds vacuously).
func (n *fnode) validSwitch(v any) bool {
	r, ok := v.(Record)
	if ok {
		for _, f := range r {
			if f.Key == n.switchKey {
				s, ok := f.Val.(string)
				if !ok {
					return true // no const matches: no then applies
				}
				then := n.switchThen[s]
				return then == nil || then.valid(v)
			}
		}
	}
	for _, t := range n.switchAll {
		if !t.valid(v) {
			return false
		}
	}
	return true
}

func (n *fnode) validObject(r Record) bool {
	if !n.reqAll {
		for _, req := range n.required {
			if !r.has(req) {
				return false
			}
		}
	}
	if !n.closed && n.addl == nil {
		// only the named properties matter: look them up (a record has a
		// dozen fields, a linear scan beats hashing)
		var seen uint64
		for i, p := range n.propList {
			for _, f := range r {
				if f.Key == p.name {
					if !p.node.valid(f.Val) {
						return false
					}
					seen |= 1 << uint(i)
					break
				}
			}
		}
		return !n.reqAll || seen&n.reqMask == n.reqMask
	}
	var seen uint64
	for _, f := range r {
		if i := n.propIndex(f.Key); i >= 0 {
			if !n.propList[i].node.valid(f.Val) {
				return false
			}
			seen |= 1 << uint(i)
			continue
		}
		if n.closed {
			return false
		}
		if n.addl != nil && !n.addl.valid(f.Val) {
			return false
		}
	}
	return !n.reqAll || seen&n.reqMask == n.reqMask
}

// distinctKeys reports whether no record in v (at any depth) has a key
// twice: its JSON would hold the key twice, which the schema cannot see.
func distinctKeys(v any) bool {
	switch x := v.(type) {
	case Record:
		for i, f := range x {
			for _, g := range x[:i] {
				if g.Key == f.Key {
					return false
				}
			}
			if !distinctKeys(f.Val) {
				return false
			}
		}
	case []any:
		for _, e := range x {
			if !distinctKeys(e) {
				return false
			}
		}
	}
	return true
}

// propIndex is the index of key in propList, or -1. A record's dozen keys
// are found faster by comparing strings (most differ in length) than by
// hashing.
func (n *fnode) propIndex(key string) int {
	if len(n.propList) > 16 {
		if i, ok := n.propIdx[key]; ok {
			return i
		}
		return -1
	}
	for i := range n.propList {
		if n.propList[i].name == key {
			return i
		}
	}
	return -1
}

func (r Record) has(key string) bool {
	for _, f := range r {
		if f.Key == key {
			return true
		}
	}
	return false
}

// jsonEqual compares a record value with a schema constant (decoded with
// UseNumber). Schema constants here are strings, numbers, booleans and
// null; objects and arrays in enum/const are not equal to anything a
// record holds unless they match element by element.
func jsonEqual(v, c any) bool {
	switch cv := c.(type) {
	case nil:
		return v == nil
	case bool:
		b, ok := v.(bool)
		return ok && b == cv
	case string:
		s, ok := v.(string)
		return ok && s == cv
	case json.Number:
		i, ok := v.(int)
		if !ok {
			return false
		}
		f, err := cv.Float64()
		return err == nil && float64(i) == f
	case []any:
		a, ok := v.([]any)
		if !ok || len(a) != len(cv) {
			return false
		}
		for k := range a {
			if !jsonEqual(a[k], cv[k]) {
				return false
			}
		}
		return true
	case map[string]any:
		r, ok := v.(Record)
		if !ok || len(r) != len(cv) {
			return false
		}
		for _, f := range r {
			e, ok := cv[f.Key]
			if !ok || !jsonEqual(f.Val, e) {
				return false
			}
		}
		return true
	}
	return false
}
