-- wrk script: POSTs the answers documents of a file (one JSON document per line) in turn, and prints one line of
-- results that http-bench.sh reads. Usage: wrk ... -s post.lua URL -- BODIES_FILE [gzip]
-- With "gzip", each request accepts a gzip-compressed response (Accept-Encoding: gzip), as browsers and most HTTP
-- clients do.
local requests = {}
local next = 1
local threads = 0

function setup(thread)
  thread:set("number", threads)
  threads = threads + 1
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  local headers = {["Content-Type"] = "application/json"}
  if args[2] == "gzip" then
    headers["Accept-Encoding"] = "gzip"
  end
  for line in file:lines() do
    if #line > 0 then
      requests[#requests + 1] = wrk.format("POST", wrk.path, headers, line)
    end
  end
  file:close()
  assert(#requests > 0, "no documents in " .. args[1])
  -- threads start at different documents, so that two threads do not send the same one at the same moment
  next = (number * 3) % #requests + 1
end

function request()
  local r = requests[next]
  next = next % #requests + 1
  return r
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, errors))
end
