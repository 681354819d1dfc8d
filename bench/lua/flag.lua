-- Flag a claim: an unclaimed sentence of an article in FACT_CHECK, by its assigned fact-checker.
-- Quoting the same sentence again is allowed (a second claim on it), so runs can repeat.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("flag a claim")
local json = {["Content-Type"] = "application/json"}
local function escape(s) return (s:gsub('[\\"]', '\\%0')) end
request = function()
  local f = c.pick(c.targets.flags)
  return wrk.format("POST", "/api/articles/" .. f[1] .. "/claims", c.headers(f[2], json),
      '{"exact":"' .. escape(f[3]) .. '","reason":"Load test: check this figure"}')
end
