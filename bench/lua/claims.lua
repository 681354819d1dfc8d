-- Claim list of an article (text order, first page of 50), as the article's fact-checker.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("claim list")
request = function()
  local v = c.pick(c.targets.views)
  return wrk.format("GET", "/api/articles/" .. v[1] .. "/claims?size=50", c.headers(v[2]))
end
