-- Transition: editors withdraw DRAFT articles and restore them (DRAFT -> WITHDRAWN -> DRAFT ...),
-- each with If-Match. Run with as many connections as threads (-t N -c N): each thread then has one
-- connection, so a response belongs to the request just sent, and the ETag it returns is the next
-- If-Match. An article's first request is a GET for its ETag, and so is the one after a 412/409.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup = c.setup
done = c.done("transition")
local mine, etags, states, i, current, editor = {}, {}, {}, 0, nil, nil
init = function()
  c.init()
  mine = c.slice(c.targets.DRAFT, nil, 8)
  editor = c.pick(c.targets.editors)
end
request = function()
  i = i % #mine + 1
  current = mine[i]
  if not etags[current] then
    return wrk.format("GET", "/api/articles/" .. current, c.headers(editor))
  end
  local to = states[current] == "WITHDRAWN" and "DRAFT" or "WITHDRAWN"
  return wrk.format("POST", "/api/articles/" .. current .. "/transitions",
      c.headers(editor, {["Content-Type"] = "application/json", ["If-Match"] = etags[current]}),
      '{"to":"' .. to .. '"}')
end
response = function(status, headers, body)
  local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  if status == 200 and etag then
    etags[current] = etag
    states[current] = body:match('"state":"(%u+)"')
  else
    etags[current] = nil
  end
end
