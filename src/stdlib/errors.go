package errors

func New(text string) error

var ErrUnsupported error

func Join(errs ...error) error
func Unwrap(err error) error
func Is(err, target error) bool
func As(err error, target any) bool
func AsType[E error](err error) (E, bool) {
	var e E
	ok := As(err, &e)
	return e, ok
}
