-- wrk script for infra/bench/ballots: each request is a voter picked at random casting (first time) or changing
-- (later) a ballot. Arguments: the directory written by `BallotBenchmark prepare`, and the portal's commune slug.
local tokens, bodies, path = {}, {}, nil
local threads = {}

local function lines(file)
  local all = {}
  for line in io.lines(file) do
    if #line > 0 then all[#all + 1] = line end
  end
  return all
end

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  local directory, slug = args[1], args[2]
  tokens = lines(directory .. "/tokens")
  bodies = lines(directory .. "/bodies")
  local cycle = lines(directory .. "/cycle")[1]
  path = "/c/" .. slug .. "/api/budget/cycles/" .. cycle .. "/ballot"
  math.randomseed(os.time() * 1000 + id)
  refused = 0
end

function request()
  return wrk.format("PUT", path, {
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    ["Content-Type"] = "application/json",
  }, bodies[math.random(#bodies)])
end

function response(status, headers, body)
  if status ~= 200 and status ~= 201 then
    refused = refused + 1
    if refused <= 3 then io.stderr:write("[wrk] refused " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT seconds=%.1f\n", seconds))
  io.write(string.format("RESULT ballots_ok=%d\n", summary.requests - failed))
  io.write(string.format("RESULT ballots_failed=%d\n", failed))
  io.write(string.format("RESULT ballots_per_second=%.1f\n", (summary.requests - failed) / seconds))
  io.write(string.format("RESULT latency_p50_ms=%.1f\n", latency:percentile(50) / 1000))
  io.write(string.format("RESULT latency_p99_ms=%.1f\n", latency:percentile(99) / 1000))
end
