import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project's shared real data, `../shared/data/` next to the repository root. */
const SHARED_DATA = path.resolve(__dirname, '../../../../../../shared/data');

/**
 * Reads a real data file from the shared data folder, failing with a message that
 * names the file when it is missing.
 */
export function readSharedData(file: string): string {
  const location = path.join(SHARED_DATA, file);
  if (!fs.existsSync(location)) {
    throw new Error(
      `Missing real data file ${file}: expected it at ${location} (see shared/data/README.md)`,
    );
  }
  return fs.readFileSync(location, 'utf8');
}

/** A `javascript:` URL, which no parser may keep. */
export const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');
