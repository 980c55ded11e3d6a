-- wrk script: replays callbacks signed beforehand (bench/deployments/run.sh), each sent once; every thread takes
-- every n-th line, so no two requests carry the same sequence
local lines = {}
for line in io.lines(os.getenv("BENCH_CALLBACKS")) do
  lines[#lines + 1] = line
end

local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
  thread:set("step", tonumber(os.getenv("BENCH_THREADS")))
end

local next = nil
function request()
  next = next or (tid + 1)
  local line = lines[next]
  if line == nil then
    line = lines[1] -- past the end: repeats, which the service acknowledges as duplicates
  end
  next = next + step
  local path, ts, sig, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
  return wrk.format("POST", path, { ["X-Synckit-Timestamp"] = ts, ["X-Synckit-Signature"] = sig,
    ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  io.write(string.format("LATENCY p50=%.2fms p99=%.2fms max=%.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
