package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

type DirEntry = fs.DirEntry

func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Clearenv()
func Environ() []string

var ErrDeadlineExceeded error

type PathError = fs.PathError

type SyscallError struct {
	Syscall string
	Err     error
}

type Signal interface {
	String() string
	Signal()
}

func Getpid() int
func Getppid() int

var Interrupt Signal = syscall.SIGINT
var Kill Signal = syscall.SIGKILL

func Executable() (string, error)

var Stdin *File
var Stdout *File
var Stderr *File

const O_RDONLY int = 0x0
const O_WRONLY int = 0x1
const O_RDWR int = 0x2
const O_APPEND int = 0x400
const O_CREATE int = 0x40
const O_EXCL int = 0x80
const O_SYNC int = 0x101000
const O_TRUNC int = 0x200
const SEEK_SET int = 0
const SEEK_CUR int = 1
const SEEK_END int = 2

type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func TempDir() string
func UserHomeDir() (string, error)
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
func (f *File) Chown(uid, gid int) error
func (f *File) Chdir() error

const DevNull = "/dev/null"

func Getwd() (dir string, err error)

const PathSeparator = '/'
const PathListSeparator = ':'

func Pipe() (r *File, w *File, err error)

var Args []string

func Getuid() int
func Exit(code int)
func Hostname() (name string, err error)

type FileInfo = fs.FileInfo

type FileMode = fs.FileMode

const ModeDir = fs.ModeDir
const ModeAppend = fs.ModeAppend
const ModeExclusive = fs.ModeExclusive
const ModeTemporary = fs.ModeTemporary
const ModeSymlink = fs.ModeSymlink
const ModeDevice = fs.ModeDevice
const ModeNamedPipe = fs.ModeNamedPipe
const ModeSocket = fs.ModeSocket
const ModeSetuid = fs.ModeSetuid
const ModeSetgid = fs.ModeSetgid
const ModeCharDevice = fs.ModeCharDevice
const ModeSticky = fs.ModeSticky
const ModeIrregular = fs.ModeIrregular
const ModeType = fs.ModeType
const ModePerm = fs.ModePerm

// ---- errors ----

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// underlyingErrorIs looks through one *PathError, *LinkError or *SyscallError only, as Go's IsNotExist
// and friends do (they predate errors.Is and do not follow other wrappers).
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// errnoErr is the error a native's errno stands for: nil for 0.
func errnoErr(errno int) error {
	if errno == 0 {
		return nil
	}
	return syscall.Errno(errno)
}

func pathErr(op, path string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &PathError{Op: op, Path: path, Err: syscall.Errno(errno)}
}

// ---- system calls (natives) ----
//
// Each reports failure as a Linux errno (0 for success); the Go code around it makes the error value.
// Descriptors are the process's own: 0, 1 and 2 are the standard streams (standard output goes through
// the interpreter's buffer), the rest are files the natives opened.

func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysRead(fd int, b []byte) (n int, errno int)
func sysPread(fd int, b []byte, off int64) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)
func sysSeek(fd int, offset int64, whence int) (ret int64, errno int)
func sysClose(fd int) (errno int)
func sysFsync(fd int) (errno int)
func sysFtruncate(fd int, size int64) (errno int)
func sysFchmod(fd int, mode uint32) (errno int)

// sysStat reports the file at name, following a final symbolic link when follow is set; mode is the
// raw st_mode.
func sysStat(name string, follow bool) (size int64, mode uint32, sec, nsec int64, dev, ino uint64, errno int)
func sysFstat(fd int) (size int64, mode uint32, sec, nsec int64, dev, ino uint64, errno int)

func stat(name string, follow bool) (statResult, int) {
	size, mode, sec, nsec, dev, ino, errno := sysStat(name, follow)
	return statResult{size, mode, sec, nsec, dev, ino}, errno
}

func fstat(fd int) (statResult, int) {
	size, mode, sec, nsec, dev, ino, errno := sysFstat(fd)
	return statResult{size, mode, sec, nsec, dev, ino}, errno
}

// statResult is what the stat natives report: st_size, the raw st_mode, st_mtime, st_dev, st_ino.
type statResult struct {
	size      int64
	mode      uint32
	sec, nsec int64
	dev, ino  uint64
}

// sysReaddir lists the directory open as fd, in the order the system reports it, without "." and "..".
func sysReaddir(fd int) (names []string, errno int)
func sysMkdir(name string, perm uint32) (errno int)
func sysUnlink(name string) (errno int)
func sysRmdir(name string) (errno int)
func sysRename(oldpath, newpath string) (errno int)
func sysChmod(name string, mode uint32) (errno int)
func sysTruncate(name string, size int64) (errno int)
func sysChdir(dir string) (errno int)
func sysSymlink(oldname, newname string) (errno int)
func sysLink(oldname, newname string) (errno int)
func sysReadlink(name string) (target string, errno int)

const (
	oCloexec   = 0x80000
	oDirectory = 0x10000
)

// ---- File ----

// File is an open file descriptor. fd and name come first: the runtime makes Stdin, Stdout and
// Stderr, and fmt recognises them, by these two fields.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dirNames   []string // the directory's names, read at the first ReadDir/Readdir/Readdirnames
	dirRead    bool
	dirPos     int
}

func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid is the error every method gives on a nil or closed File.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := sysOpen(name, flag|oCloexec, syscallMode(perm))
	if errno != 0 {
		return nil, pathErr("open", name, errno)
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

// syscallMode turns a FileMode into the bits of mkdir(2), open(2) and chmod(2).
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 0x800
	}
	if m&ModeSetgid != 0 {
		o |= 0x400
	}
	if m&ModeSticky != 0 {
		o |= 0x200
	}
	return o
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return pathErr("close", f.name, sysClose(f.fd))
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := sysRead(f.fd, b)
	if errno != 0 {
		return 0, pathErr("read", f.name, errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads until b is full: fewer bytes always come with an error (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		m, errno := sysPread(f.fd, b, off)
		if errno != 0 {
			return n, pathErr("read", f.name, errno)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

var errNegativeOffset = errors.New("negative offset")
var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for len(b) > 0 {
		m, errno := sysWrite(f.fd, b)
		if errno != 0 {
			return n, pathErr("write", f.name, errno)
		}
		n += m
		b = b[m:]
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		m, errno := sysPwrite(f.fd, b, off)
		if errno != 0 {
			return n, pathErr("write", f.name, errno)
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, errno := sysSeek(f.fd, offset, whence)
	if errno != 0 {
		return 0, pathErr("seek", f.name, errno)
	}
	// A directory read restarts from the beginning after a seek, as Go's does.
	f.dirRead, f.dirNames, f.dirPos = false, nil, 0
	return ret, nil
}

func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return copyAll(f, r)
}

func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return copyAll(w, f)
}

// copyAll is io.Copy's loop without its ReaderFrom/WriterTo shortcuts, which would call back here.
func copyAll(dst io.Writer, src io.Reader) (n int64, err error) {
	buf := make([]byte, 32*1024)
	for {
		m, rerr := src.Read(buf)
		if m > 0 {
			k, werr := dst.Write(buf[:m])
			n += int64(k)
			if werr != nil {
				return n, werr
			}
		}
		if rerr == io.EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	st, errno := fstat(f.fd)
	if errno != 0 {
		return nil, pathErr("stat", f.name, errno)
	}
	return newFileStat(f.name, st), nil
}

func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return pathErr("sync", f.name, sysFsync(f.fd))
}

func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return pathErr("truncate", f.name, sysFtruncate(f.fd, size))
}

func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return pathErr("chmod", f.name, sysFchmod(f.fd, syscallMode(mode)))
}

// ---- directories of an open File ----

// nextNames returns up to n (all when n <= 0) of the directory's names not yet returned.
func (f *File) nextNames(n int) ([]string, error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if !f.dirRead {
		names, errno := sysReaddir(f.fd)
		if errno != 0 {
			return nil, pathErr("readdirent", f.name, errno)
		}
		f.dirNames, f.dirRead, f.dirPos = names, true, 0
	}
	rest := f.dirNames[f.dirPos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if len(rest) > n {
			rest = rest[:n]
		}
	}
	f.dirPos += len(rest)
	out := make([]string, len(rest))
	copy(out, rest)
	return out, nil
}

func (f *File) Readdirnames(n int) (names []string, err error) {
	names, err = f.nextNames(n)
	if names == nil && err == nil {
		names = []string{}
	}
	return names, err
}

func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.nextNames(n)
	if err != nil {
		return nil, err
	}
	entries := make([]DirEntry, 0, len(names))
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue // removed since the directory was read
		}
		if err != nil {
			return entries, err
		}
		entries = append(entries, fs.FileInfoToDirEntry(info))
	}
	return entries, nil
}

func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.nextNames(n)
	if err != nil {
		return nil, err
	}
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// ReadDir reads the whole directory, sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	// O_DIRECTORY: a file that is not a directory fails at the open, as in Go.
	f, err := OpenFile(name, O_RDONLY|oDirectory, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	// Insertion sort: os cannot import sort or slices, and directories are small.
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0 && entries[j].Name() < entries[j-1].Name(); j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
	return entries, err
}

// ---- whole files ----

func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && int64(int(info.Size())) == info.Size() {
		size = int(info.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ---- FileInfo ----

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     uint64
	ino     uint64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// newFileStat makes a FileInfo from stat(2)'s facts, turning st_mode into a FileMode as Go does.
func newFileStat(name string, st statResult) *fileStat {
	sysMode := st.mode
	mode := FileMode(sysMode & 0777)
	switch sysMode & 0xf000 {
	case 0x6000:
		mode |= ModeDevice
	case 0x2000:
		mode |= ModeDevice | ModeCharDevice
	case 0x4000:
		mode |= ModeDir
	case 0x1000:
		mode |= ModeNamedPipe
	case 0xa000:
		mode |= ModeSymlink
	case 0xc000:
		mode |= ModeSocket
	}
	if sysMode&0x400 != 0 {
		mode |= ModeSetgid
	}
	if sysMode&0x800 != 0 {
		mode |= ModeSetuid
	}
	if sysMode&0x200 != 0 {
		mode |= ModeSticky
	}
	return &fileStat{name: basename(name), size: st.size, mode: mode, modTime: time.Unix(st.sec, st.nsec),
		dev: st.dev, ino: st.ino}
}

// basename is the last element of name, trailing slashes removed ("/" for all slashes).
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func Stat(name string) (FileInfo, error) {
	st, errno := stat(name, true)
	if errno != 0 {
		return nil, pathErr("stat", name, errno)
	}
	return newFileStat(name, st), nil
}

func Lstat(name string) (FileInfo, error) {
	st, errno := stat(name, false)
	if errno != 0 {
		return nil, pathErr("lstat", name, errno)
	}
	return newFileStat(name, st), nil
}

func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.dev == b.dev && a.ino == b.ino
}

func IsPathSeparator(c uint8) bool { return c == '/' }

// ---- names in the file system ----

func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, sysMkdir(name, syscallMode(perm)))
}

// MkdirAll is Go's: nothing to do for an existing directory, else the parent first, then this one
// (tolerating a directory that appeared meanwhile).
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) {
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove unlinks a file or removes an empty directory, reporting the error that fits what name is.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	if syscall.Errno(e1) != syscall.ENOTDIR {
		e = e1
	}
	return pathErr("remove", name, e)
}

// RemoveAll removes path and everything under it; a path that does not exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || path == ".." || hasSuffix(path, "/.") || hasSuffix(path, "/..") {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	var first error
	if f, err := Open(path); err == nil {
		names, _ := f.Readdirnames(-1)
		f.Close()
		for _, name := range names {
			if err := RemoveAll(path + "/" + name); err != nil && first == nil {
				first = err
			}
		}
	} else if !IsNotExist(err) {
		first = err
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func Rename(oldpath, newpath string) error {
	// rename(2) would replace an empty directory; Go refuses, saying it exists.
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		if _, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath {
			return nil
		}
		return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

func Readlink(name string) (string, error) {
	target, errno := sysReadlink(name)
	if errno != 0 {
		return "", pathErr("readlink", name, errno)
	}
	return target, nil
}

func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, sysChmod(name, syscallMode(mode)))
}

func Truncate(name string, size int64) error {
	return pathErr("truncate", name, sysTruncate(name, size))
}

// Chdir changes the working directory of the whole process, as Go's does.
func Chdir(dir string) error {
	return pathErr("chdir", dir, sysChdir(dir))
}

// ---- temporary files ----

var errPatternHasSeparator = errors.New("pattern contains path separator")

// tempState is the generator of temporary names: xorshift seeded from the clock and the pid.
var tempState uint64

func nextRandom() string {
	if tempState == 0 {
		tempState = uint64(time.Now().UnixNano()) ^ uint64(Getpid())<<32 | 1
	}
	tempState ^= tempState << 13
	tempState ^= tempState >> 7
	tempState ^= tempState << 17
	v := uint32(tempState)
	if v == 0 {
		return "0"
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	return string(b)
}

// prefixAndSuffix splits pattern at its last '*'.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + "/" + name
}

func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// ---- DirFS ----

// DirFS is the file system of the tree at dir, for package io/fs: names are fs.ValidPath paths relative
// to dir, and errors name them so.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	if name == "." {
		return string(dir), nil
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + "/" + name, nil
}

// renamed gives a *PathError the name the caller used, not the joined one.
func renamed(err error, name string) error {
	if e, ok := err.(*PathError); ok {
		e.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f, err := Open(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readfile", Path: name, Err: err}
	}
	b, err := ReadFile(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readdir", Path: name, Err: err}
	}
	entries, err := ReadDir(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return f, nil
}
