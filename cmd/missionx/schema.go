package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/missionx/missionx/output"
)

func init() {
	commands["schema"] = command{"print the embedded JSON Schema of output records", runSchema}
	commands["validate"] = command{"check JSONL streams against the schema (file:line: problem)", runValidate}
}

func runSchema(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("schema", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return usageError(stderr, "schema", "%v", err)
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "schema", "takes no arguments")
	}
	if _, err := stdout.Write(output.SchemaJSON); err != nil {
		return exitRejects
	}
	return exitOK
}

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("validate", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: missionx validate FILE... (or - for stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return usageError(stderr, "validate", "%v", err)
	}
	if fs.NArg() == 0 {
		return usageError(stderr, "validate", "name at least one JSONL file (or - for stdin)")
	}
	problems, lines := 0, 0
	for _, name := range fs.Args() {
		var r io.Reader
		if name == "-" {
			r = stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(stdout, "%s: %v\n", name, err)
				problems++
				continue
			}
			defer f.Close()
			r = f
		}
		p, n, err := validateStream(name, r, stdout)
		problems += p
		lines += n
		if err != nil {
			fmt.Fprintf(stdout, "%s: %v\n", name, err)
			problems++
		}
	}
	fmt.Fprintf(stderr, "missionx validate: %d problems in %d lines\n", problems, lines)
	if problems > 0 {
		return exitRejects
	}
	return exitOK
}

func validateStream(name string, r io.Reader, w io.Writer) (problems, lines int, err error) {
	br := bufio.NewReaderSize(r, 1<<16)
	for {
		line, rerr := br.ReadBytes('\n')
		if len(line) > 0 {
			lines++
			switch {
			case line[len(line)-1] != '\n':
				fmt.Fprintf(w, "%s:%d: last line has no newline (partial write?)\n", name, lines)
				problems++
			case len(line) == 1:
				fmt.Fprintf(w, "%s:%d: blank line\n", name, lines)
				problems++
				line = nil
			}
			if len(line) > 0 {
				if verr := output.ValidateJSON(line); verr != nil {
					fmt.Fprintf(w, "%s:%d: %v\n", name, lines, verr)
					problems++
				}
			}
		}
		if rerr == io.EOF {
			return problems, lines, nil
		}
		if rerr != nil {
			return problems, lines, rerr
		}
	}
}
