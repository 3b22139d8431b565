package main

import (
	"fmt"
	"strconv"
	"strings"
)

// shard is one part of a stable hash partition of the documents: document
// id -> FNV-1a 64 of the id's bytes, mod n. Running `--shard i/n` for every
// i in 0..n-1 processes every document exactly once, with no coordination
// between the runs: the part a document falls in depends only on its id
// (the path as given on the command line or found under a directory, or a
// JSONL line's "id"), never on the machine, the worker count or the other
// documents. So the n runs must name their inputs the same way (the same
// relative or absolute paths) to split the same ids.
//
// The hash is part of the interface: changing it moves documents between
// parts, and a batch half done with the old hash would then skip or repeat
// documents. TestShardHashPinned pins it.
type shard struct {
	index, count uint64
}

// parseShard reads "i/n" (0 <= i < n). The empty string means no sharding
// (the whole input), as does "0/1".
func parseShard(s string) (shard, error) {
	if s == "" {
		return shard{0, 1}, nil
	}
	is, ns, ok := strings.Cut(s, "/")
	if !ok {
		return shard{}, fmt.Errorf("--shard wants i/N (this run's part i of N, 0 <= i < N), as in --shard 3/8; got %q", s)
	}
	i, ierr := strconv.ParseUint(strings.TrimSpace(is), 10, 32)
	n, nerr := strconv.ParseUint(strings.TrimSpace(ns), 10, 32)
	switch {
	case ierr != nil || nerr != nil:
		return shard{}, fmt.Errorf("--shard wants i/N with whole numbers, as in --shard 3/8; got %q", s)
	case n == 0:
		return shard{}, fmt.Errorf("--shard %q: N must be at least 1", s)
	case i >= n:
		return shard{}, fmt.Errorf("--shard %q: the part i counts from 0 and must be below N (0..%d)", s, n-1)
	}
	return shard{i, n}, nil
}

// all reports whether the shard is the whole input.
func (s shard) all() bool { return s.count <= 1 }

// keep reports whether this run owns the document with the given id.
func (s shard) keep(id string) bool {
	if s.all() {
		return true
	}
	return shardHash(id)%s.count == s.index
}

// keepFunc is the pipeline's filter: nil (no filtering at all) for the
// whole input.
func (s shard) keepFunc() func(id string) bool {
	if s.all() {
		return nil
	}
	return s.keep
}

// shardHash is 64-bit FNV-1a of id's bytes (the same as hash/fnv's New64a,
// written out so the filter allocates nothing).
func shardHash(id string) uint64 {
	const (
		offset64 = 14695981039346656037
		prime64  = 1099511628211
	)
	h := uint64(offset64)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= prime64
	}
	return h
}
