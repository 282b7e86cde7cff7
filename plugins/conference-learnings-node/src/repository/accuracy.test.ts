import { join } from 'node:path';
import {
  DATASET_DIR,
  scoreRepositories,
} from '../../scripts/repository/scoreRepositories';

/*
 * The bars of repository evidence on hand-labelled real repositories (manifest
 * files only; see scripts/repository/dataset/labels.yaml for the rules), runtime
 * evidence only, next to the naive baseline (every landscape name found
 * anywhere in the files). `heldout/` was labelled by the same rules
 * independently of the engine, and never tuned on.
 */
describe('repository evidence on labelled real repositories', () => {
  it.each([
    ['the labelled set', DATASET_DIR],
    ['the held-out set', join(DATASET_DIR, '../heldout')],
  ])(
    'finds what %s uses: precision >= 0.95, recall >= 0.85, better than the naive baseline',
    async (_, dataset) => {
      const { ours, naive } = await scoreRepositories(dataset);
      expect(ours.precision).toBeGreaterThanOrEqual(0.95);
      expect(ours.recall).toBeGreaterThanOrEqual(0.85);
      expect(ours.precision).toBeGreaterThan(naive.precision);
    },
    60_000,
  );
});
