-- My queue: fact-checkers, translators and editors each read their own active assignments.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("my queue")
local t = c.targets
request = function()
  local r = math.random(3)
  local user = r == 1 and c.pick(t.checkers) or r == 2 and c.pick(t.translators) or c.pick(t.editors)
  return wrk.format("GET", "/api/me/queue", c.headers(user))
end
