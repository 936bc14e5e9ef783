#!/usr/bin/env bash
# Stops whatever listens on a TCP port (Next's server renames itself next-server, so kill by port).
port=${1:?port}
pids=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u)
[ -n "$pids" ] && kill $pids 2>/dev/null
exit 0
