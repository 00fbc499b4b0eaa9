package os

import (
	"io"
	"io/fs"
	"time"
)

func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)

type DirEntry = fs.DirEntry

func (f *File) ReadDir(n int) ([]DirEntry, error)
func ReadDir(name string) ([]DirEntry, error)
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Clearenv()
func Environ() []string

var ErrInvalid error
var ErrPermission error
var ErrExist error
var ErrNotExist error
var ErrClosed error
var ErrDeadlineExceeded error

type PathError = fs.PathError

type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string
func (e *SyscallError) Unwrap() error
func (e *SyscallError) Timeout() bool
func IsExist(err error) bool
func IsNotExist(err error) bool
func IsPermission(err error) bool

type Signal interface {
	String() string
	Signal()
}

func Getpid() int
func Getppid() int

var Interrupt Signal
var Kill Signal

func Executable() (string, error)
func (f *File) Name() string

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

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error
func NewFile(fd uintptr, name string) *File
func (f *File) Read(b []byte) (n int, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) ReadFrom(r io.Reader) (n int64, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) WriteTo(w io.Writer) (n int64, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) WriteString(s string) (n int, err error)
func Mkdir(name string, perm FileMode) error
func Chdir(dir string) error
func Open(name string) (*File, error)
func Create(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func Rename(oldpath, newpath string) error
func TempDir() string
func UserHomeDir() (string, error)
func Chmod(name string, mode FileMode) error
func (f *File) Chmod(mode FileMode) error
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
func (f *File) Fd() uintptr
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func (f *File) Close() error
func (f *File) Chown(uid, gid int) error
func (f *File) Truncate(size int64) error
func (f *File) Sync() error
func (f *File) Chdir() error

const DevNull = "/dev/null"

func Truncate(name string, size int64) error
func Remove(name string) error
func Getwd() (dir string, err error)
func MkdirAll(path string, perm FileMode) error
func RemoveAll(path string) error

const PathSeparator = '/'
const PathListSeparator = ':'

func Pipe() (r *File, w *File, err error)

var Args []string

func Getuid() int
func Exit(code int)
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func (f *File) Stat() (FileInfo, error)
func Hostname() (name string, err error)
func CreateTemp(dir, pattern string) (*File, error)
func MkdirTemp(dir, pattern string) (string, error)

type File struct {
	fd   int
	name string
}

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
