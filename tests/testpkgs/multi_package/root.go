// Package root is the module's root package; it has no tests.
package root
