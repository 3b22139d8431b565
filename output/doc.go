// Package output turns extraction results into contract records: it converts
// byte spans to code-point spans, encodes records as JSON lines in a fixed
// field order, validates them against the embedded JSON Schema, and compares
// streams with golden files.
package output
