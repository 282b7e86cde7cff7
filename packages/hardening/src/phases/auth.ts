import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeResponse, isBackstageError } from '../ApiClient';
import { BackendProcess, REPO_ROOT } from '../BackendProcess';
import { DemoData, refPath, SuiteContext, talkPath } from '../SuiteContext';

const OPENAPI = join(
  REPO_ROOT,
  'plugins/conference-learnings-backend/src/schema/openapi.yaml',
);

/** Headers a proxy might set, and a naive backend might trust for the user. */
const IMPERSONATION_HEADERS = [
  'x-backstage-user',
  'x-forwarded-user',
  'x-remote-user',
  'x-auth-request-user',
  'x-forwarded-email',
  'x-user',
];

/** Body fields that name who wrote something, or when. */
const ESCALATION_FIELDS = {
  createdBy: 'user:default/admin',
  author: 'user:default/admin',
  updatedBy: 'user:default/admin',
  userEntityRef: 'user:default/admin',
  id: '00000000-0000-0000-0000-000000000000',
  createdAt: '2000-01-01T00:00:00Z',
};

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Tokens that must never pass: garbage, unsigned, self-signed, tampered. */
function forgedTokens(realToken: string, issuer: string) {
  const claims = {
    sub: 'user:default/admin',
    ent: ['user:default/admin', 'group:default/admins'],
    aud: 'backstage',
    iss: issuer,
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  const [header, , signature] = realToken.split('.');
  return {
    garbage: 'not-a-token',
    'unsigned (alg none)': `${base64url({
      alg: 'none',
      typ: 'JWT',
    })}.${base64url(claims)}.`,
    'signed with a made-up key': `${base64url({
      alg: 'HS256',
      typ: 'JWT',
    })}.${base64url(claims)}.${Buffer.from('forged-signature').toString(
      'base64url',
    )}`,
    'a real token with its subject changed': `${header}.${base64url(
      claims,
    )}.${signature}`,
  };
}

/**
 * Auth against the started backend: every route of the OpenAPI document without
 * a token, and with forged tokens, answers 401; a guest cannot become someone
 * else through headers or body fields.
 */
export async function authPhase(
  ctx: SuiteContext,
  backend: BackendProcess,
  demo: DemoData,
) {
  const { report } = ctx;
  const api = backend.client;
  const token = await backend.guestToken();
  const talk = demo.talkRefs[0];
  const created = await api.api('POST', `/talks/${talkPath(talk)}/learnings`, {
    token,
    body: { body: 'A learning for the auth phase' },
  });
  if (created.status !== 201) {
    throw new Error(`setup: POST learning: ${describeResponse(created)}`);
  }
  const learningId = created.body.id;

  const spec = parse(readFileSync(OPENAPI, 'utf8'));
  const forged = forgedTokens(token, `${api.baseUrl}/api/auth`);
  for (const [route, item] of Object.entries<any>(spec.paths)) {
    for (const method of Object.keys(item)) {
      if (method === 'parameters') continue;
      const path = fillPath(route, { talk, learningId });
      const attempts: [string, string | null][] = [
        ['no token', null],
        ...Object.entries(forged),
      ];
      for (const [what, bad] of attempts) {
        const res = await api.api(method.toUpperCase(), path, {
          token: bad,
          body: method === 'get' || method === 'delete' ? undefined : {},
        });
        report.check(
          'auth',
          res.status === 401 && isBackstageError(res),
          `${method.toUpperCase()} ${route} with ${what} → 401 with an error body, got ${describeResponse(
            res,
          )}`,
        );
      }
    }
  }

  for (const header of IMPERSONATION_HEADERS) {
    const res = await api.api('POST', `/talks/${talkPath(talk)}/learnings`, {
      token,
      body: { body: `Impersonation through ${header}` },
      headers: { [header]: 'user:default/admin' },
    });
    report.check(
      'auth',
      res.status === 201 && res.body.createdBy === 'user:default/guest',
      `header ${header}: the learning's author is still the token's user, got ${describeResponse(
        res,
      )}`,
    );
    if (res.status === 201) {
      await api.api('DELETE', `/learnings/${res.body.id}`, { token });
    }
  }

  const before = await api.api(
    'GET',
    `/talks/${talkPath(talk)}/learnings?limit=100`,
    { token },
  );
  const entity = `/entities/${refPath(demo.componentRefs[0])}/links`;
  for (const [field, value] of Object.entries(ESCALATION_FIELDS)) {
    const attempts = [
      [
        'POST learning',
        'POST',
        `/talks/${talkPath(talk)}/learnings`,
        { body: 'x' },
      ],
      ['PATCH learning', 'PATCH', `/learnings/${learningId}`, { body: 'x' }],
      ['POST link', 'POST', entity, { talkRef: talk }],
    ] as const;
    for (const [what, method, path, body] of attempts) {
      const res = await api.api(method, path, {
        token,
        body: { ...body, [field]: value },
      });
      report.check(
        'auth',
        res.status === 400 &&
          isBackstageError(res) &&
          res.body.error.message.includes(field),
        `${what} with body field ${field}: refused with 400 naming it, got ${describeResponse(
          res,
        )}`,
      );
    }
  }
  const after = await api.api(
    'GET',
    `/talks/${talkPath(talk)}/learnings?limit=100`,
    { token },
  );
  report.check(
    'auth',
    JSON.stringify(after.body) === JSON.stringify(before.body),
    'refused escalation attempts changed nothing',
  );
  await api.api('DELETE', `/learnings/${learningId}`, { token });
}

/** The route with a real demo value for each path parameter; a new parameter fails loudly. */
function fillPath(
  route: string,
  values: { talk: string; learningId: string },
): string {
  const [talkNamespace, talkName] = talkPath(values.talk).split('/');
  const onTalk = route.startsWith('/talks/');
  const params: Record<string, string> = {
    kind: 'component',
    namespace: onTalk ? talkNamespace : 'default',
    name: onTalk ? talkName : 'shipment-tracker',
    talkNamespace,
    talkName,
    id: values.learningId,
  };
  return route.replace(/\{(\w+)\}/g, (_, param: string) => {
    if (!(param in params)) {
      throw new Error(
        `${route}: no demo value for the path parameter ${param}`,
      );
    }
    return params[param];
  });
}
