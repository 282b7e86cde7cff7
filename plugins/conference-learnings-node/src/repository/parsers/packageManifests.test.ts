import { briefMention as brief } from '../__testUtils__/briefMention';
import { extractMentions } from '../analyseRepository';
import { parseGemfile, parseGoMod, parsePackageJson } from './packageManifests';

describe('parsePackageJson', () => {
  const packageJson = `{
  "name": "shop",
  "scripts": {
    "app:up": "docker compose -f docker/app.yml up --wait",
    "dev:db": "docker compose -f docker/dev.yml up -d",
    "build": "tsc"
  },
  "dependencies": {
    "pg": "^8.11.0",
    "es8": "npm:@elastic/elasticsearch@8"
  },
  "devDependencies": {
    "kafkajs": "^2.2.4"
  }
}`;

  it('reports runtime dependencies at their line, devDependencies as dev, aliases by the package they install', () => {
    const found = parsePackageJson({
      path: 'package.json',
      content: packageJson,
    }).map(brief);
    expect(found).toEqual(
      expect.arrayContaining([
        'npm pg @9 runtime',
        'npm @elastic/elasticsearch @10 runtime',
        'npm kafkajs @13 dev',
      ]),
    );
  });

  it('finds Docker Compose in scripts that bring a stack up, for development when the script says so', () => {
    const compose = parsePackageJson({
      path: 'package.json',
      content: packageJson,
    })
      .filter(m => m.ecosystem === 'tool')
      .map(brief);
    expect(compose).toEqual([
      'tool Docker Compose @4 runtime',
      'tool Docker Compose @5 dev',
    ]);
  });

  it('is skipped with a reason when it is not JSON, and the other files are still read', () => {
    const { mentions, skipped } = extractMentions([
      { path: 'web/package.json', content: '{ "dependencies": ' },
      { path: 'go.mod', content: 'module x\n\ngo 1.22\n' },
    ]);
    expect(skipped).toEqual([
      {
        path: 'web/package.json',
        reason: expect.stringMatching(/^not a valid npm file: /),
      },
    ]);
    expect(mentions.map(brief)).toEqual(['tool Golang @3 runtime']);
  });

  it('reports the files of a test folder as test', () => {
    const { mentions } = extractMentions([
      {
        path: 'tests/e2e/package.json',
        content: '{"dependencies":{"pg":"8"}}',
      },
    ]);
    expect(mentions.map(brief)).toEqual(['npm pg @1 test']);
  });
});

describe('parseGoMod', () => {
  it('names Go at the go directive, and direct requirements only', () => {
    const found = parseGoMod({
      path: 'go.mod',
      content: `module example.com/shop

go 1.22

require (
\tgithub.com/lib/pq v1.10.9
\tgithub.com/redis/go-redis/v9 v9.5.1 // indirect
)

tool golang.org/x/tools/cmd/stringer
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Golang @3 runtime',
      'go github.com/lib/pq @6 runtime',
      'go golang.org/x/tools/cmd/stringer @10 dev',
    ]);
  });
});

describe('parseGemfile', () => {
  it('reads groups, with other blocks nested in them', () => {
    const found = parseGemfile({
      path: 'Gemfile',
      content: `gem "pg"
group :development, :test do
  if ENV["CI"]
    gem "rubocop"
  end
  gem "debug"
end
group :test do
  gem "capybara"
end
gem "redis", group: :production
`,
    }).map(brief);
    expect(found).toEqual([
      'rubygems pg @1 runtime',
      'rubygems rubocop @4 dev',
      'rubygems debug @6 dev',
      'rubygems capybara @9 test',
      'rubygems redis @11 runtime',
    ]);
  });
});
