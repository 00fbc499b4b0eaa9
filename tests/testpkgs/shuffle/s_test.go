package s

import "testing"

func TestAlpha(t *testing.T) {}

func TestBravo(t *testing.T) {}

func TestCharlie(t *testing.T) {}

func TestDelta(t *testing.T) {}

func TestEcho(t *testing.T) {}

func TestFoxtrot(t *testing.T) {}

func TestGolf(t *testing.T) {}

func TestHotel(t *testing.T) {}

func TestIndia(t *testing.T) {}

func TestJuliet(t *testing.T) {}

func BenchmarkA(b *testing.B) {}
func BenchmarkB(b *testing.B) {}
func BenchmarkC(b *testing.B) {}
