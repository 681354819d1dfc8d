-- Shared by the scenario scripts: the generated archive's targets, HTTP Basic headers, per-thread
-- randomness, and one JSON result line per wrk run (printed by done()).
local M = {}

M.targets = dofile(os.getenv("FD_TARGETS"))
local counter = 0

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function base64(s)
  local out = {}
  for i = 1, #s, 3 do
    local a, b, c = s:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local k = {math.floor(n / 262144) % 64, math.floor(n / 4096) % 64, math.floor(n / 64) % 64, n % 64}
    out[#out + 1] = alphabet:sub(k[1] + 1, k[1] + 1) .. alphabet:sub(k[2] + 1, k[2] + 1)
        .. (b and alphabet:sub(k[3] + 1, k[3] + 1) or "=") .. (c and alphabet:sub(k[4] + 1, k[4] + 1) or "=")
  end
  return table.concat(out)
end

local auth = {}
function M.headers(user, extra)
  auth[user] = auth[user] or ("Basic " .. base64(user .. ":" .. M.targets.password))
  local h = {["Authorization"] = auth[user], ["Accept"] = "application/json"}
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

function M.pick(list)
  return list[math.random(#list)]
end

-- Each thread gets its own number (for disjoint targets) and random stream.
function M.setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
end

function M.init()
  math.randomseed(1000 + (thread_no or 0))
end

-- The slice of a list that belongs to this thread (threads never share write targets).
function M.slice(list, threads, per_thread)
  local out = {}
  local first = ((thread_no or 1) - 1) * per_thread
  for i = 1, per_thread do
    local item = list[(first + i - 1) % #list + 1]
    if item then out[#out + 1] = item end
  end
  return out
end

function M.done(name)
  return function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'RESULT {"scenario":"%s","requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,'
        .. '"p99_ms":%.2f,"max_ms":%.2f,"non2xx":%d,"socket_errors":%d}\n',
        name, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
  end
end

return M
