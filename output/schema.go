package output

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// SchemaJSON is the record schema (JSON Schema draft 2020-12), the contract
// in machine-readable form; `missionx schema` prints it.
//
//go:embed schema.json
var SchemaJSON []byte

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// Schema returns the compiled record schema, compiled once.
func Schema() (*jsonschema.Schema, error) {
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(SchemaJSON))
		if err != nil {
			schemaErr = fmt.Errorf("embedded schema: %w", err)
			return
		}
		c := jsonschema.NewCompiler()
		const url = "https://missionx.dev/schema/v1/record.json"
		if err := c.AddResource(url, doc); err != nil {
			schemaErr = fmt.Errorf("embedded schema: %w", err)
			return
		}
		schema, schemaErr = c.Compile(url)
	})
	return schema, schemaErr
}

var (
	fastOnce sync.Once
	fast     *fnode
	fastErr  error
)

// fastSchema is the fast validator compiled from the same schema
// (fastschema.go), or nil when the schema uses a keyword it lacks.
func fastSchema() *fnode {
	fastOnce.Do(func() { fast, fastErr = compileFast(SchemaJSON) })
	return fast
}

// Validate checks one record against the schema without encoding it. The
// fast validator (compiled from the same schema) decides; a record it
// rejects goes through the general validator for a precise message.
func Validate(r Record) error {
	f := fastSchema()
	if f != nil && f.valid(r) && distinctKeys(r) {
		return nil
	}
	s, err := Schema()
	if err != nil {
		return err
	}
	if err := s.Validate(r.Map()); err != nil {
		return schemaError(err)
	}
	if f != nil {
		return fmt.Errorf("schema: %s record has a key twice or a value of a type records cannot hold", r.Type())
	}
	return nil
}

// ValidateJSON checks one encoded JSON line against the schema.
func ValidateJSON(line []byte) error {
	s, err := Schema()
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
	if err != nil {
		var se *json.SyntaxError
		if ok := asSyntax(err, &se); ok {
			return fmt.Errorf("not JSON: %v", se)
		}
		return fmt.Errorf("not JSON: %v", err)
	}
	if err := s.Validate(v); err != nil {
		return schemaError(err)
	}
	return nil
}

func asSyntax(err error, target **json.SyntaxError) bool {
	se, ok := err.(*json.SyntaxError)
	if ok {
		*target = se
	}
	return ok
}

// englishPrinter renders the validator's messages.
var englishPrinter = message.NewPrinter(language.English)

// schemaError flattens the validator's tree into one readable line, naming
// the deepest causes (the per-type if/then makes the top level vague).
func schemaError(err error) error {
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return err
	}
	var leaves []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			loc := "/" + strings.Join(e.InstanceLocation, "/")
			leaves = append(leaves, fmt.Sprintf("at %s: %s", loc, e.ErrorKind.LocalizedString(englishPrinter)))
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	if len(leaves) > 4 {
		leaves = append(leaves[:4], fmt.Sprintf("and %d more", len(leaves)-4))
	}
	return fmt.Errorf("schema: %s", strings.Join(leaves, "; "))
}
