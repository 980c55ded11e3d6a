-- wrk script: every request posts a distinct new-version event (thread id + counter), authenticated
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

-- BENCH_RUN keeps versions distinct across the warm-up and the measured run
local run = os.getenv("BENCH_RUN") or "0"
local counter = 0

-- BENCH_DELAY_MS paces every connection (wrk's delay hook): connections / delay = the offered rate
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if pace then
  function delay()
    return pace
  end
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"package":"bench.app","version":"%s.%d.%d","apkRef":"/x/base.apk","protoSha":"deadbeef","detectedAt":"2026-06-10T00:00:00Z"}',
    run, tid, counter)
  return wrk.format("POST", "/events/new-version",
    { ["Authorization"] = "Bearer " .. os.getenv("BENCH_SECRET"), ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  io.write(string.format("LATENCY p50=%.2fms p99=%.2fms max=%.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
