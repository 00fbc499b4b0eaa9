local keep = 0
for i = 0, 2000000 - 1 do
  local a = {val = i}
  local b = {val = i + 1, prev = a}
  a.next = b; b.next = a
  keep = keep + (a.next.next.val % 2)
end
print(keep)
