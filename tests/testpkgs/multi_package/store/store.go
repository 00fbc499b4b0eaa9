package store

import "test/util"

type Store struct{ items []int }

func (s *Store) Add(x int) { s.items = append(s.items, util.Double(x)) }
func (s *Store) Len() int  { return len(s.items) }
