-- The stack's ceiling without the application: Liberty's own /health, no login, no database.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("health")
request = function() return wrk.format("GET", "/health") end
