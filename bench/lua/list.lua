-- Article list with filters (state, desk, language), newest first, as an editor (sees every article).
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("article list, filtered")
local states = {"DRAFT", "IN_REVIEW", "FACT_CHECK", "TRANSLATION", "APPROVED"}
local desks = {"Politics", "Economy", "World", "Regions", "Culture", "Science", "Sport", "Investigations"}
local languages = {"en", "az", "ru", "he", "ar", "ka"}
request = function()
  local r = math.random(3)
  local q
  if r == 1 then q = "state=" .. c.pick(states)
  elseif r == 2 then q = "state=" .. c.pick(states) .. "&desk=" .. c.pick(desks)
  else q = "language=" .. c.pick(languages) .. "&desk=" .. c.pick(desks) end
  return wrk.format("GET", "/api/articles?" .. q, c.headers(c.pick(c.targets.editors)))
end
