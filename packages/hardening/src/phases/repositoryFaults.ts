import { GiteaTestHost } from '@conference-learnings/git-test-host';
import { randomBytes } from 'node:crypto';
import { stringify } from 'yaml';
import { BackendProcess, REPO_ROOT, sleep } from '../BackendProcess';
import { SuiteContext } from '../SuiteContext';

/** Each way a repository source fails, as the Git host answers. */
const FAULTS = [
  ['404', { status: 404 }],
  ['rate limit (429)', { status: 429 }],
  ['server error (500)', { status: 500 }],
  ['timeout', { hang: true }],
  ['archive that does not unpack', { corrupt: true }],
] as const;

/** One repository (and component) per fault, so the faults run side by side. */
const faulty = (i: number) => `faulty${i}`;

const STEADY = {
  'go.mod':
    'module example.com/steady\n\ngo 1.22\n\nrequire github.com/segmentio/kafka-go v0.4.47\n',
  'chart/Chart.yaml': 'apiVersion: v2\nname: steady\nversion: 1.0.0\n',
  'chart/templates/scaler.yaml':
    'apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: steady\nspec:\n  scaleTargetRef: { name: steady }\n',
};
const FAULTY = {
  'package.json': JSON.stringify({ dependencies: { kafkajs: '^2.2.4' } }),
  'deploy/rollout.yaml':
    'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: faulty\n',
};
/** Hostile files next to one good manifest (Helm, through its chart). */
const HOSTILE = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: hostile\nversion: 1.0.0\n',
  // Random padding: the archive must not look like a decompression bomb, or the
  // host's whole tree is refused before any file is seen.
  'package.json': `{"dependencies":{"kafkajs":"1"},"pad":"${randomBytes(
    (50 * 1024 * 1024 * 3) / 4,
  ).toString('base64')}"}`,
  'values.yaml': `a: &a [x, x, x, x, x, x, x, x, x]\n${[
    'b',
    'c',
    'd',
    'e',
    'f',
    'g',
  ]
    .map(
      (k, i, all) =>
        `${k}: &${k} [${Array(9)
          .fill(`*${i ? all[i - 1] : 'a'}`)
          .join(', ')}]`,
    )
    .join('\n')}\n`,
  'deploy/nested.yaml': `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
  Dockerfile: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x00]),
};
/** 200 MB of zeros: an archive that unpacks over 1,000 times its size. */
const BOMB = { 'package.json': Buffer.alloc(200 * 1024 * 1024) };
const HOSTILE_LINKS = {
  'go.mod': '/etc/passwd',
  'k8s/secret.yaml': '../../../../../etc/shadow',
};

function component(name: string, sourceLocation: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: { 'backstage.io/source-location': sourceLocation },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/platform-engineering',
    },
  };
}

/** The backend's config for this phase: the Git host's integration, quick cycles. */
export function repositoryPhaseConfig(host: GiteaTestHost) {
  return {
    integrations: host.integrationConfig(),
    conferenceLearnings: {
      repositories: {
        // minutes: 0 overrides app-config.yaml's { minutes: 1 } (config merges objects)
        refreshInterval: { minutes: 0, seconds: 2 },
        // Long enough for the 50 MB hostile archive on a busy machine; the
        // hanging host still runs into it.
        timeout: { seconds: 10 },
        readsPerMinute: 600,
      },
    },
  };
}

/**
 * The Git host's repositories, and a catalog file registering their
 * components; the large archives are built before the catalog asks.
 */
export async function serveRepositories(host: GiteaTestHost) {
  host.repositories.set('steady', { files: STEADY, commit: 's1' });
  FAULTS.forEach((_, i) =>
    host.repositories.set(faulty(i), { files: FAULTY, commit: 'f1' }),
  );
  host.repositories.set('hostile', {
    files: HOSTILE,
    symlinks: HOSTILE_LINKS,
    commit: 'h1',
  });
  host.repositories.set('bomb', { files: BOMB, commit: 'b1' });
  const entities = [
    component('repo-steady', `url:${host.sourceUrl('steady')}`),
    ...FAULTS.map((_, i) =>
      component(`repo-${faulty(i)}`, `url:${host.sourceUrl(faulty(i))}`),
    ),
    component('repo-hostile', `url:${host.sourceUrl('hostile')}`),
    component('repo-bomb', `url:${host.sourceUrl('bomb')}`),
    // Path traversal: a local folder outside the allowed ones, directly and by climbing out.
    component('repo-escape', 'url:file:///etc/'),
    component(
      'repo-climb',
      `url:file://${REPO_ROOT}/examples/repositories/../../../../etc/`,
    ),
  ];
  host.repositories.set('catalog', {
    files: {
      'catalog-info.yaml': entities.map(e => stringify(e)).join('---\n'),
    },
    commit: 'c1',
  });
  await Promise.all(['hostile', 'bomb'].map(name => host.archiveOf(name)));
}

/** The technologies the catalog relates a component to (`usesTechnology`), sorted. */
async function usedTechnologies(
  backend: BackendProcess,
  token: string,
  name: string,
) {
  const res = await backend.client.request(
    'GET',
    `/api/catalog/entities/by-name/component/default/${name}`,
    { token },
  );
  return ((res.body?.relations ?? []) as { type: string; targetRef: string }[])
    .filter(r => r.type === 'usesTechnology')
    .map(r => r.targetRef)
    .sort();
}

/** Polls until `done` holds for the component's technologies, or the time is up; returns the last seen. */
async function waitForTechnologies(
  backend: BackendProcess,
  token: string,
  name: string,
  done: (refs: string[]) => boolean,
  timeoutMs = 60_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let refs: string[] = [];
  while (Date.now() < deadline) {
    refs = await usedTechnologies(backend, token, name);
    if (done(refs)) return refs;
    await refreshEntity(backend, token, name);
    await sleep(2000);
  }
  return refs;
}

const has =
  (...refs: string[]) =>
  (seen: string[]) =>
    refs.every(r => seen.includes(`technology:default/${r}`));

/**
 * Repository evidence under a Git host (Gitea's protocol, on loopback) that
 * fails in every way a repository source fails — 404, rate limit, server
 * error, timeout, an archive that does not unpack — and under hostile
 * repositories (a 50 MB package.json, a YAML bomb, deep nesting, a binary
 * Dockerfile, links out of the tree, `source-location`s that climb out of the
 * allowed folders): the evidence read before stays, the other entities are
 * unaffected, and nothing outside the allowed places is read.
 */
export async function repositoryFaultsPhase(
  { report }: SuiteContext,
  backend: BackendProcess,
  host: GiteaTestHost,
) {
  const token = await backend.guestToken();
  const registered = await backend.client.request(
    'POST',
    '/api/catalog/locations',
    {
      token,
      body: {
        type: 'url',
        target: host.sourceUrl('catalog', 'catalog-info.yaml'),
      },
    },
  );
  report.check(
    'faults',
    registered.status === 201,
    `the Git host's catalog file registers (HTTP ${registered.status})`,
  );

  const steady = await waitForTechnologies(
    backend,
    token,
    'repo-steady',
    has('kafka', 'keda', 'helm'),
  );
  report.check(
    'faults',
    has('kafka', 'keda', 'helm')(steady),
    `a repository's manifests give its technologies (saw ${steady.join(', ')})`,
  );
  await sourceFaultsStep(report, backend, token, steady, host);
  await hostileRepositoriesStep(report, backend, token);
}

/**
 * Five repositories, each failing its own way at once after a good read: each
 * keeps its evidence and logs why, the others are unaffected, and the next good
 * read of each brings its change.
 */
async function sourceFaultsStep(
  report: SuiteContext['report'],
  backend: BackendProcess,
  token: string,
  steady: string[],
  host: GiteaTestHost,
) {
  for (const [i] of FAULTS.entries()) {
    const seen = await waitForTechnologies(
      backend,
      token,
      `repo-${faulty(i)}`,
      has('kafka', 'argo'),
    );
    report.check(
      'faults',
      has('kafka', 'argo')(seen),
      `repo-${faulty(i)} is read before its source fails (saw ${seen.join(
        ', ',
      )})`,
    );
  }
  for (const [i, [, fault]] of FAULTS.entries()) {
    host.repositories.set(faulty(i), {
      files: FAULTY,
      commit: `f-${i}`,
      ...fault,
    });
  }
  // Each entity's first failure is logged once; ask the catalog to process
  // them now rather than on its own cycle.
  const keptLog = (i: number) =>
    new RegExp(`Could not read .*/${faulty(i)}/.* kept its last evidence`);
  await waitUntil(async () => {
    if (FAULTS.every((_, i) => backend.countLogLines(keptLog(i)) > 0)) {
      return true;
    }
    for (const [i] of FAULTS.entries()) {
      await refreshEntity(backend, token, `repo-${faulty(i)}`);
    }
    return false;
  }, 120_000);
  for (const [i, [name]] of FAULTS.entries()) {
    const seen = await usedTechnologies(backend, token, `repo-${faulty(i)}`);
    report.check(
      'faults',
      has('kafka', 'argo')(seen),
      `repository source ${name}: the evidence read before stays (saw ${seen.join(
        ', ',
      )})`,
    );
    report.check(
      'faults',
      backend.countLogLines(keptLog(i)) > 0,
      `repository source ${name}: the backend logs that it keeps the last evidence`,
    );
  }
  const others = await usedTechnologies(backend, token, 'repo-steady');
  report.check(
    'faults',
    JSON.stringify(others) === JSON.stringify(steady),
    'while five repository sources fail, the other entities are unaffected',
  );
  for (const [i] of FAULTS.entries()) {
    host.repositories.set(faulty(i), {
      files: {
        ...FAULTY,
        'deploy/virtualservice.yaml':
          'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: faulty\n',
      },
      commit: `f-recovered-${i}`,
    });
  }
  for (const [i, [name]] of FAULTS.entries()) {
    const recovered = await waitForTechnologies(
      backend,
      token,
      `repo-${faulty(i)}`,
      has('kafka', 'argo', 'istio'),
      90_000,
    );
    report.check(
      'faults',
      has('istio')(recovered),
      `after a ${name}, the next good read brings the change (saw ${recovered.join(
        ', ',
      )})`,
    );
  }
}

/** Hostile repositories and source-locations: only good manifests count, nothing outside is read. */
async function hostileRepositoriesStep(
  report: SuiteContext['report'],
  backend: BackendProcess,
  token: string,
) {
  const hostile = await waitForTechnologies(
    backend,
    token,
    'repo-hostile',
    has('helm'),
  );
  report.check(
    'hostile input',
    has('helm')(hostile) && !has('kafka')(hostile) && !has('golang')(hostile),
    `a hostile repository: only its good manifest counts, nothing through links or the 50 MB file (saw ${hostile.join(
      ', ',
    )})`,
  );
  report.check(
    'hostile input',
    backend.countLogLines(
      /Skipped .* of .*hostile.*package\.json \(larger than 512 KiB\)/,
    ) > 0,
    'a hostile repository: the 50 MB package.json is skipped with a logged reason',
  );
  const bomb = await usedTechnologies(backend, token, 'repo-bomb');
  report.check(
    'hostile input',
    bomb.length === 0 &&
      backend.countLogLines(/Could not read .*bomb.* kept its last evidence/) >
        0,
    `a decompression bomb is refused with a logged reason (saw ${
      bomb.join(', ') || 'nothing'
    })`,
  );
  for (const name of ['repo-escape', 'repo-climb']) {
    const seen = await usedTechnologies(backend, token, name);
    report.check(
      'hostile input',
      seen.length === 0,
      `${name}: a source-location outside the allowed folders reads nothing (saw ${
        seen.join(', ') || 'nothing'
      })`,
    );
  }
  report.check(
    'hostile input',
    backend.countLogLines(
      /Could not read file:\/\/\/etc\/ .* (outside the folders|not allowed)/,
    ) > 0,
    'a source-location outside the allowed folders is refused with a logged reason',
  );
  report.check(
    'faults',
    backend.running,
    'the backend survived every repository fault and hostile repository',
  );
}

/** Asks the catalog to process a component again (`POST /api/catalog/refresh`). */
async function refreshEntity(
  backend: BackendProcess,
  token: string,
  name: string,
) {
  await backend.client.request('POST', '/api/catalog/refresh', {
    token,
    body: { entityRef: `component:default/${name}` },
  });
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) await sleep(2000);
}
