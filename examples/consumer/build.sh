#!/usr/bin/env bash
# Builds examples/consumer, a project outside the reactor, against this checkout's threadkit
# artifacts, the way a user's project gets them: through the BOM, from a repository.
#
#   examples/consumer/build.sh [--offline] [MAVEN ARGS...]
#
# 1. The modules the consumer needs (with the BOM and the parent pom) are installed into a
#    temporary local repository.
# 2. The consumer is built with that local repository (clean verify), compiled and tested
#    twice: as a named module on the module path (module-info.java requires
#    dev.threadkit.parser) and on the class path.
#
# ~/.m2 is shared with other builds, so nothing is written to it: it is read as a file
# repository of releases (third-party jars and plugins; never snapshots), from which Maven
# copies what the steps need into the temporary repository. Both run offline (-o, with -Daether.offline.protocols=file so
# that offline Maven reads file repositories and nothing else). When ~/.m2 lacks a
# third-party artifact (a cold ~/.m2), a step is retried online, downloading into the
# temporary repository; --offline forbids that. M2_REPO overrides ~/.m2/repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

offline_only=false
args=()
for arg in "$@"; do
  if [[ $arg == --offline ]]; then offline_only=true; else args+=("$arg"); fi
done

m2=${M2_REPO:-$HOME/.m2/repository}
work=$(mktemp -d "${TMPDIR:-/tmp}/threadkit-consumer.XXXXXX")
trap '[[ -n ${KEEP_WORK:-} ]] || rm -rf "$work"' EXIT

# Every version property of the root pom, so the consumer uses exactly the pinned versions
# (and, offline, finds them in ~/.m2).
mapfile -t versions < <(sed -n 's|^ *<\([A-Za-z0-9.-]*version\)>\([^<$]*\)</.*|-D\1=\2|p' "$root/pom.xml")
threadkit_version=$(sed -n '/<artifactId>threadkit-parent<\/artifactId>/{n;s|.*<version>\(.*\)</version>.*|\1|p;q}' "$root/pom.xml")

cat >"$work/settings.xml" <<XML
<settings>
  <localRepository>$work/local</localRepository>
  <profiles>
    <profile>
      <id>threadkit-consumer</id>
      <repositories>
        <repository>
          <id>local-m2</id>
          <url>file://$m2</url>
          <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>local-m2</id>
          <url>file://$m2</url>
          <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>threadkit-consumer</activeProfile>
  </activeProfiles>
</settings>
XML

# Runs Maven with the temporary settings, offline first; online again when offline Maven
# could not find a third-party artifact, unless --offline was given.
run() {
  local name=$1
  shift
  local log=$work/$name.log
  if mvn -B -s "$work/settings.xml" ${args[@]+"${args[@]}"} "$@" -o -Daether.offline.protocols=file >"$log" 2>&1; then
    return 0
  fi
  if ! $offline_only && grep -q 'offline mode\|has not been downloaded' "$log"; then
    echo "consumer: ~/.m2 lacks third-party artifacts for the $name step; retrying online into $work/local"
    mvn -B -s "$work/settings.xml" ${args[@]+"${args[@]}"} "$@" >"$log" 2>&1 && return 0
  fi
  tail -n 60 "$log" >&2
  echo "consumer: the $name step FAILED (full log above, last lines)" >&2
  return 1
}

# The BOM must list every module that is deployed (all but those with maven.deploy.skip).
for module in $(sed -n 's|^ *<module>\(.*\)</module>.*|\1|p' "$root/pom.xml"); do
  [[ $module == threadkit-bom ]] && continue
  grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$root/$module/pom.xml" && continue
  if ! grep -q "<artifactId>$module</artifactId>" "$root/threadkit-bom/pom.xml"; then
    echo "consumer: threadkit-bom/pom.xml does not list the deployed module $module" >&2
    exit 1
  fi
done

echo "consumer: installing threadkit $threadkit_version into a temporary local repository"
run install -f "$root/pom.xml" -pl threadkit-bom,thread-model,thread-parser,thread-export -am \
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true install

echo "consumer: building examples/consumer on the module path and on the class path"
run consumer -f "$here/pom.xml" "${versions[@]}" -Dthreadkit.version="$threadkit_version" clean verify
grep -E '^\[INFO\] Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: 0$' "$work/consumer.log" \
  | sed -e '1s/^\[INFO\]/consumer: module path:/' -e '2s/^\[INFO\]/consumer: class path: /'
echo "consumer: OK"
