// Package root is the module root.
package root
