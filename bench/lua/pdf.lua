-- PDF export of an approved article, as an editor.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup, init = c.setup, c.init
done = c.done("PDF export")
local accept = {["Accept"] = "application/pdf"}
request = function()
  return wrk.format("GET", "/api/articles/" .. c.pick(c.targets.APPROVED) .. "/pdf",
      c.headers(c.pick(c.targets.editors), accept))
end
