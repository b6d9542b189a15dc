#!/usr/bin/env bash
# Start a real Neo4j 5.26 (community) with Bolt on 127.0.0.1:${NEO4J_PORT:-7697} for the contract tests.
# Jars come from Maven Central into ~/.m2 once; later runs on the same machine reuse them.
# Prints the Bolt URL when ready; the server's pid is written to $STATE_DIR/neo4j.pid.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${NEO4J_PORT:-7697}"
state="${STATE_DIR:-$here/.state}"
mkdir -p "$state"
if [ ! -f "$state/classpath" ] || [ "$here/pom.xml" -nt "$state/classpath" ]; then
  mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$state/classpath" >&2
fi
mkdir -p "$state/classes"
javac -d "$state/classes" -cp "$(cat "$state/classpath")" "$here/src/main/java/xianjie/Neo4jLauncher.java" >&2
rm -rf "$state/home" && mkdir -p "$state/home"
java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED \
     --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
     -Xmx1g -cp "$state/classes:$(cat "$state/classpath")" xianjie.Neo4jLauncher "$state/home" "$port" \
     > "$state/neo4j.log" 2>&1 &
echo $! > "$state/neo4j.pid"
. "$here/../wait_ready.sh"
wait_ready "$state/neo4j.log" "$state/neo4j.pid" "NEO4J READY" Neo4j "bolt://127.0.0.1:$port"
