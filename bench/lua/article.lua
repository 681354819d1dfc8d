-- Article view alone (GET /api/articles/{id}), as the assigned fact-checker.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("article view")
request = function()
  local v = c.pick(c.targets.views)
  return wrk.format("GET", "/api/articles/" .. v[1], c.headers(v[2]))
end
