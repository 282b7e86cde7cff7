#!/usr/bin/env bash
# The adopter test: does Conference Learnings install into a brand-new Backstage app
# exactly as the README says? Outside this workspace, it
#   1. packs our packages (scripts/pack.mjs) and serves them from a loopback npm
#      registry for the @conference-learnings scope (npmRegistry.mjs);
#   2. makes an app with @backstage/create-app from the registry, at the version of
#      our Backstage release, and puts the --legacy template's app beside it as
#      packages/app-legacy (one install, one backend, both frontend systems);
#   3. installs it, then applies the README's marked install snippets as written
#      (applyReadmeSnippets.mjs), for the new frontend system and the legacy one;
#   4. type-checks and builds the apps, starts the app's own backend on SQLite with
#      the demo entities from examples/, and, for each frontend, has Chromium open
#      a service's Conference Learnings tab, the page and a search result
#      (adopter.spec.ts).
# The app's install may use the machine's Yarn cache, never this workspace's
# node_modules. Usage: scripts/adopter/run.sh [WORK_DIR]   (kept when given)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../lib/toolchain.sh"
source "$HERE/../lib/ports.sh"

# @backstage/create-app of Backstage 1.52.1, the release in backstage.json's line.
CREATE_APP_VERSION="0.8.4"
ADOPTER_PORT="${ADOPTER_PORT:-7117}"
KEEP_WORK="${1:+yes}"
WORK="${1:-$(mktemp -d /tmp/conference-learnings-adopter.XXXXXX)}"
APP="$WORK/app"
STARTED=$SECONDS

# An adopter's first `yarn install` and `yarn add` write the app's yarn.lock. Yarn
# refuses to write it when it sees a CI environment (CI=true makes installs
# immutable), which is exactly where this test runs.
export YARN_ENABLE_IMMUTABLE_INSTALLS=false

step() { echo "--- adopter: $* ($((SECONDS - STARTED)) s)"; }

cleanup() {
  [ -n "${REGISTRY_PID:-}" ] && kill "$REGISTRY_PID" 2>/dev/null
  [ -n "${BACKEND_PID:-}" ] && kill "$BACKEND_PID" 2>/dev/null
  wait 2>/dev/null
  [ -z "$KEEP_WORK" ] && rm -rf "$WORK"
  return 0
}
trap 'cleanup' EXIT

ensure_node
ensure_port_free "$ADOPTER_PORT" "adopter test backend"
mkdir -p "$WORK"

step "packing our packages"
(cd "$ROOT" && node scripts/pack.mjs --out "$WORK/packs")
node "$HERE/npmRegistry.mjs" --packs "$WORK/packs" --port-file "$WORK/registry.port" &
REGISTRY_PID=$!
for _ in $(seq 30); do [ -s "$WORK/registry.port" ] && break; sleep 0.2; done
REGISTRY_PORT="$(cat "$WORK/registry.port")"

step "creating the apps with @backstage/create-app@$CREATE_APP_VERSION"
create_app() {
  printf 'adopter\n' | (cd "$WORK" && npm exec --yes --package "@backstage/create-app@$CREATE_APP_VERSION" -- \
    backstage-create-app --skip-install "$@") >"$WORK/create-app.log" 2>&1 ||
    { cat "$WORK/create-app.log"; return 1; }
}
rm -rf "$APP" "$WORK/legacy"
create_app --path "$APP"
create_app --legacy --path "$WORK/legacy"
mv "$WORK/legacy/packages/app" "$APP/packages/app-legacy"
rm -rf "$WORK/legacy"
node -e '
  const fs = require("fs"), file = process.argv[1], pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  pkg.name = "app-legacy";
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");' "$APP/packages/app-legacy/package.json"

# Our scope from the loopback registry; a release younger than the template's age
# gate allowed, as the README tells adopters.
cat >>"$APP/.yarnrc.yml" <<EOF
npmScopes:
  conference-learnings:
    npmRegistryServer: "http://127.0.0.1:$REGISTRY_PORT"
unsafeHttpWhitelist:
  - 127.0.0.1
EOF
sed -i "s|^  - '@backstage/\*'$|  - '@backstage/*'\n  - '@conference-learnings/*'|" "$APP/.yarnrc.yml"
# create-app pins a new app to its Backstage release with a yarn.lock seed from
# GitHub, which this machine cannot reach: the release's versions are pinned as
# resolutions instead (backstage-release.json), with the nearest version for those
# the registry mirror here lacks (mirror-resolutions.json).
node -e '
  const fs = require("fs"), file = process.argv[1], pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  pkg.resolutions = {
    ...pkg.resolutions,
    ...require(process.argv[2]).packages,
    ...require(process.argv[3]).resolutions,
  };
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");' \
  "$APP/package.json" "$HERE/backstage-release.json" "$HERE/mirror-resolutions.json"

step "installing the app"
(cd "$APP" && yarn install) >"$WORK/install.log" 2>&1 || { tail -30 "$WORK/install.log"; exit 1; }

step "applying the README's snippets"
for variant in new legacy; do
  node "$HERE/applyReadmeSnippets.mjs" --readme "$ROOT/README.md" --app "$APP" --variant "$variant" \
    >"$WORK/snippets-$variant.log" 2>&1 || { tail -30 "$WORK/snippets-$variant.log"; exit 1; }
done

step "type-checking and building the apps"
(cd "$APP" && yarn tsc) || exit 1
for app in app app-legacy; do
  (cd "$APP" && yarn workspace "$app" build) >"$WORK/build-$app.log" 2>&1 ||
    { tail -40 "$WORK/build-$app.log"; exit 1; }
done

# The adopter's own data: our demo entities and curated talks, read from this
# repository's examples/ (data, not code), on a SQLite file.
cat >"$APP/app-config.adopter.yaml" <<EOF
app:
  baseUrl: http://localhost:$ADOPTER_PORT
backend:
  baseUrl: http://localhost:$ADOPTER_PORT
  listen:
    port: $ADOPTER_PORT
  cors:
    origin: http://localhost:$ADOPTER_PORT
  database:
    client: better-sqlite3
    connection:
      directory: $WORK/sqlite
catalog:
  # inferred relations need a second processing pass: seconds here, not minutes
  processingInterval: { seconds: 5 }
  locations:
    - type: file
      target: $ROOT/examples/*.yaml
search:
  collators:
    conferenceTalks:
      schedule: { frequency: { seconds: 30 }, timeout: { minutes: 5 }, initialDelay: { seconds: 10 } }
conferenceLearnings:
  providers:
    file:
      demo:
        source: $ROOT/examples/curated/curated-talks.yaml
EOF

start_backend() {
  local app_package="$1"
  (cd "$APP/packages/backend" &&
    APP_CONFIG_app_packageName="$app_package" NODE_ENV=development \
      exec node --no-node-snapshot -r @backstage/cli/config/nodeTransform.cjs src/index.ts \
      --config ../../app-config.yaml --config ../../app-config.adopter.yaml) \
    >"$WORK/backend-$app_package.log" 2>&1 &
  BACKEND_PID=$!
  wait_for_http "http://localhost:$ADOPTER_PORT/.backstage/health/v1/readiness" 180 ||
    { tail -40 "$WORK/backend-$app_package.log"; return 1; }
}

stop_backend() {
  kill "$BACKEND_PID" 2>/dev/null
  wait "$BACKEND_PID" 2>/dev/null
  BACKEND_PID=""
}

status=0
for variant in new legacy; do
  app_package=app
  [ "$variant" = legacy ] && app_package=app-legacy
  step "starting the backend with $app_package ($variant frontend system)"
  start_backend "$app_package" || { status=1; break; }
  step "Chromium on the $variant frontend system"
  (cd "$ROOT" && ADOPTER_BASE_URL="http://localhost:$ADOPTER_PORT" ADOPTER_VARIANT="$variant" \
    PLAYWRIGHT_JSON_OUTPUT_NAME="${ADOPTER_REPORT_DIR:-$WORK}/adopter-$variant.json" \
    yarn playwright test --config scripts/adopter/playwright.config.ts) || {
    status=1
    tail -40 "$WORK/backend-$app_package.log"
  }
  stop_backend
done
step "done (status $status)"
exit $status
