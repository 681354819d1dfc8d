-- The ceiling of the application: GET /api/workflow is a constant table behind the same login
-- (HTTP Basic, account read from the database), JAX-RS and JSON-B, but no domain queries.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("workflow (trivial, authenticated)")
request = function()
  return wrk.format("GET", "/api/workflow", c.headers(c.pick(c.targets.editors)))
end
