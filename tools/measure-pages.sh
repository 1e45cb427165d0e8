#!/bin/bash
# Page load times of the workspace for a benchmark size (docs/workspace.md, "Seitenzeiten").
# Usage: tools/measure-pages.sh SIZE PORT, after
#   java -jar target/schulplatz.jar generate-sample --size SIZE --schools ../shared/data/nrw-schulen.csv --output /tmp/size-SIZE
#   java -jar target/schulplatz.jar run --input /tmp/size-SIZE --output /tmp/out-SIZE \
#       --schulplatz.database.data-directory=/tmp/pg-SIZE --schulplatz.planning.time-limit=10s
# Starts the service in demo mode on that database, logs in as admin, fetches each page once to warm up and
# five times timed.
set -u
size=$1; port=$2
java -jar target/schulplatz.jar serve --server.port=$port --schulplatz.database.data-directory=/tmp/pg-$size --schulplatz.security.demo=true --schulplatz.schedule.enabled=false --schulplatz.files.inbox=/tmp/inbox-$size --schulplatz.files.archive=/tmp/archive-$size --schulplatz.files.outbox=/tmp/outbox-$size > /tmp/serve-$size.log 2>&1 &
pid=$!
for i in $(seq 1 90); do curl -s -o /dev/null http://localhost:$port/anmelden && break; sleep 1; done
jar=/tmp/cj-$size; rm -f $jar
token=$(curl -s -c $jar -b $jar http://localhost:$port/anmelden | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -c $jar -b $jar -o /dev/null -X POST -d "benutzername=admin&passwort=demo-admin&_csrf=$token" http://localhost:$port/anmelden
# a placed child for its page and its map
child=$(curl -s -b $jar "http://localhost:$port/zuweisungen?status=VORGESCHLAGEN" | grep -o 'data-case="[^"]*"' | head -1 | sed 's/data-case="//;s/"//')
for url in /zuweisungen "/zuweisungen?status=NICHT_ZUGEWIESEN" "/zuweisungen?suche=KI&sortierung=name&seite=3" /nicht-zugewiesen /uebersicht /karte "/schueler/$child" "/karte?fall=$child"; do
  curl -s -b $jar -o /tmp/page.html -w "" "http://localhost:$port$url"   # warm-up
  times=""
  for i in 1 2 3 4 5; do t=$(curl -s -b $jar -o /tmp/page.html -w "%{time_total}" "http://localhost:$port$url"); times="$times $t"; done
  rows=$(grep -o 'data-case=\|data-fall=' /tmp/page.html | wc -l)
  echo "$size $url rows=$rows bytes=$(wc -c < /tmp/page.html) times:$times"
done
kill $pid; wait $pid 2>/dev/null
