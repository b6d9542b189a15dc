#!/usr/bin/env bash
# Start a real Elasticsearch 8.15 node with HTTP on 127.0.0.1 (ES_PORT, default 9297) for the contract tests.
# Elastic publishes the server and the transport-netty4 module to Maven Central; the jars come into
# ~/.m2 once and later runs on the same machine reuse them. The server runs on the module path as
# in a real distribution; netty4 is laid out as a module under the node's home. Prints the URL
# when ready; the node's pid is written to $STATE_DIR/elasticsearch.pid.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# ES_PORT, else 9297 when free, else any free port (a busy default must not fail CI)
port="${ES_PORT:-$(python3 -c 'import socket
s = socket.socket()
try:
    s.bind(("127.0.0.1", 9297))
except OSError:
    s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')}"
state="${STATE_DIR:-$here/.state}"
mkdir -p "$state"
if [ ! -f "$state/classpath" ] || [ "$here/pom.xml" -nt "$state/classpath" ]; then
  mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$state/classpath" >&2
fi
netty='/(transport-netty4|netty-)[^/]*\.jar$'
tr ':' '\n' < "$state/classpath" | grep -v -E "$netty" | paste -sd: > "$state/server.modulepath"
home="$state/home"
rm -rf "$home" && mkdir -p "$home/modules/transport-netty4" "$home/config"
tr ':' '\n' < "$state/classpath" | grep -E "$netty" | xargs -I{} cp {} "$home/modules/transport-netty4/"
version="$(sed -n 's:.*<es.version>\(.*\)</es.version>.*:\1:p' "$here/pom.xml")"
cat > "$home/modules/transport-netty4/plugin-descriptor.properties" <<DESC
description=Netty 4 HTTP and transport
version=$version
name=transport-netty4
classname=org.elasticsearch.transport.netty4.Netty4Plugin
java.version=17
elasticsearch.version=$version
extended.plugins=
has.native.controller=false
DESC
mkdir -p "$state/classes"
javac -d "$state/classes" -cp "$(cat "$state/server.modulepath")" "$here/src/main/java/xianjie/EsLauncher.java" >&2
java -Xms512m -Xmx1g --module-path "$(cat "$state/server.modulepath")" --add-modules=ALL-MODULE-PATH \
     -cp "$state/classes" xianjie.EsLauncher "$home" "$port" > "$state/elasticsearch.log" 2>&1 &
echo $! > "$state/elasticsearch.pid"
. "$here/../wait_ready.sh"
wait_ready "$state/elasticsearch.log" "$state/elasticsearch.pid" "ELASTICSEARCH READY" Elasticsearch "http://127.0.0.1:$port"
