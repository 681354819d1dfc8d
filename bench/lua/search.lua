-- Full-text search (issue 16): two or three words of a generated sentence, half the time as an editor
-- (every article), half as that article's fact-checker (only their assigned articles), with facets.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("search")
local function encode(s) return (s:gsub("[^%w%-_%.~]", function(ch) return string.format("%%%02X", ch:byte()) end)) end
local function words(s, n)
  local all = {}
  for w in s:gmatch("[^%s%p]+") do all[#all + 1] = w end
  local start = math.random(math.max(1, #all - n + 1))
  return table.concat(all, " ", start, math.min(#all, start + n - 1))
end
request = function()
  local f = c.pick(c.targets.flags)
  local user = math.random(2) == 1 and c.pick(c.targets.editors) or f[2]
  return wrk.format("GET", "/api/search?q=" .. encode(words(f[3], math.random(2, 3))), c.headers(user))
end
