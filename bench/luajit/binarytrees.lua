local function build(d) if d == 0 then return {} end return { build(d - 1), build(d - 1) } end
local function check(t) if t[1] == nil then return 1 end return 1 + check(t[1]) + check(t[2]) end
local maxDepth = 16
local long = build(maxDepth)
for d = 4, maxDepth, 2 do
  local iters = 2 ^ (maxDepth - d + 4)
  local sum = 0
  for _ = 1, iters do sum = sum + check(build(d)) end
  print(iters .. " " .. d .. " " .. sum)
end
print(check(long))
