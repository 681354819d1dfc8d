-- Article view with its claims: the article (text, staffing, allowed moves), then its claims, as
-- the assigned fact-checker would open it.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("article view + claims")
local v
local second = false
request = function()
  second = not second
  if second then
    v = c.pick(c.targets.views)
    return wrk.format("GET", "/api/articles/" .. v[1], c.headers(v[2]))
  end
  return wrk.format("GET", "/api/articles/" .. v[1] .. "/claims?size=50", c.headers(v[2]))
end
