-- "Checked before" (issue 16): earlier claims like a sentence being flagged, as its fact-checker.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("similar claims")
local function encode(s) return (s:gsub("[^%w%-_%.~]", function(ch) return string.format("%%%02X", ch:byte()) end)) end
request = function()
  local f = c.pick(c.targets.flags)
  return wrk.format("GET", "/api/claims/similar?size=3&text=" .. encode(f[3]), c.headers(f[2]))
end
