-- Save a translation: translators save drafts of their IN_PROGRESS tasks, alternating between two
-- texts so every save is a new translation revision. One connection per thread (-t N -c N), as in
-- transition.lua: the ETag of each response is the next If-Match; a task's first request is a GET.
local c = dofile(os.getenv("FD_BENCH_DIR") .. "/lua/common.lua")
setup = c.setup
done = c.done("save a translation")
local mine, etags, turn, i, current = {}, {}, {}, 0, nil
init = function()
  c.init()
  mine = c.slice(c.targets.tasks, nil, 4)
end
local function body(task, variant)
  local blocks = {}
  for b = 1, task[3] do
    blocks[b] = '"' .. (variant and "Mətn " or "Текст ") .. b .. ' / טקסט / نص / ტექსტი ' .. task[1] .. '"'
  end
  return '{"title":"' .. (variant and "Başlıq " or "Заголовок ") .. task[1] .. '","blocks":['
      .. table.concat(blocks, ",") .. ']}'
end
request = function()
  i = i % #mine + 1
  current = mine[i]
  local id = current[1]
  if not etags[id] then
    return wrk.format("GET", "/api/translations/" .. id, c.headers(current[2]))
  end
  turn[id] = not turn[id]
  return wrk.format("PUT", "/api/translations/" .. id,
      c.headers(current[2], {["Content-Type"] = "application/json", ["If-Match"] = etags[id]}),
      body(current, turn[id]))
end
response = function(status, headers, body)
  local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  if status == 200 and etag then
    etags[current[1]] = etag
  else
    etags[current[1]] = nil
  end
end
