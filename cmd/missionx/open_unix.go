//go:build unix

package main

import (
	"os"
	"syscall"
)

// openInput opens a file for reading like os.Open, but without offering
// the descriptor to the runtime's network poller. For a regular file
// os.Open sets non-blocking mode, fails to register the file with epoll
// and sets blocking mode back: four fcntl calls and a failed epoll_ctl per
// file, half of the reader's system calls on a corpus of small files.
// os.NewFile on a blocking descriptor skips all that (one fcntl). Reads
// from such a file block their thread, which for disk files they do anyway.
func openInput(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
