# Sourced by the start scripts: wait until a launched server prints its ready line.
# wait_ready LOG PIDFILE "READY LINE" NAME URL — prints URL once ready; fails with the log's tail
# if the process dies, or after 120 s.
wait_ready() {
  local log="$1" pidfile="$2" line="$3" name="$4" url="$5"
  for _ in $(seq 1 120); do
    if grep -q "$line" "$log" 2>/dev/null; then echo "$url"; return 0; fi
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then tail -20 "$log" >&2; return 1; fi
    sleep 1
  done
  echo "$name did not start within 120 s; see $log" >&2
  return 1
}
