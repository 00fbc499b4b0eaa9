module test

go 1.22
