import { Command, Option } from 'commander';
import { InputError } from '@backstage/errors';
import { Document, isScalar } from 'yaml';
import {
  findEntityProblems,
  TALK_KIND,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  displaySource,
  SCHEDULE_FORMATS,
  ScheduleFormat,
  ScheduleImport,
  scheduleToEntities,
} from '@conference-learnings/plugin-conference-learnings-node';
import { CliIo, EXIT_USAGE } from '../lib/context';
import { DEFAULT_TIMEOUT_MS, parseDuration, readInput } from '../lib/input';
import {
  loadTechnologyDetector,
  TechnologyDetector,
} from '../lib/technologies';
import { writeOutput } from '../lib/writeOutput';

type CatalogEntity = ReturnType<typeof scheduleToEntities>[number];

interface ImportOptions {
  from: ScheduleFormat;
  conference: string;
  title?: string;
  namespace?: string;
  timeZone?: string;
  tag?: boolean;
  landscape?: string;
  output?: string;
  timeout: number;
}

/** Sets `spec.technologies` of every Talk to what the detector finds; returns how many got some. */
function tagTalks(entities: CatalogEntity[], detect: TechnologyDetector) {
  let tagged = 0;
  for (const entity of entities) {
    const { title, description } = entity.metadata;
    if (entity.kind !== TALK_KIND || typeof title !== 'string') continue;
    const refs = [...new Set(detect(title, description))];
    if (refs.length > 0 && entity.spec) {
      entity.spec.technologies = refs;
      tagged += 1;
    }
  }
  return tagged;
}

/** The entities as a multi-document YAML stream, each document starting with `---`. */
export function entitiesToYaml(
  entities: CatalogEntity[],
  header?: string,
): string {
  const comment = header
    ? header
        .split('\n')
        .map(line => `# ${line}`.trimEnd())
        .join('\n')
        .concat('\n')
    : '';
  return (
    comment +
    entities
      .map(entity => {
        const doc = new Document(entity, { aliasDuplicateObjects: false });
        // long one-line abstracts read best as folded blocks, as in hand-written files
        const description = doc.getIn(['metadata', 'description'], true);
        if (
          isScalar(description) &&
          typeof description.value === 'string' &&
          description.value.length > 60 &&
          !description.value.includes('\n')
        ) {
          description.type = 'BLOCK_FOLDED';
        }
        return `---\n${doc.toString({ lineWidth: 100 })}`;
      })
      .join('')
  );
}

/** Registers `import --from FORMAT SOURCE --conference NAME`. */
export function registerImportCommand(program: Command, io: CliIo) {
  program
    .command('import')
    .description(
      'Turn a conference schedule into catalog YAML: one Conference and its Talks, as a multi-document YAML stream.',
    )
    .argument('<source>', 'schedule file or http(s) URL')
    .addOption(
      new Option('--from <format>', 'format of the schedule')
        .choices(Object.keys(SCHEDULE_FORMATS))
        .makeOptionMandatory(),
    )
    .requiredOption(
      '--conference <name>',
      'metadata.name of the Conference, e.g. kubecon-eu-2026; talks are named <name>-<title>',
    )
    .option(
      '--title <title>',
      "the Conference's title (default: the schedule's, else the name)",
    )
    .option('--namespace <namespace>', 'namespace of all entities', 'default')
    .option(
      '--time-zone <zone>',
      'IANA time zone of the conference, e.g. Europe/Amsterdam, for times the schedule gives without an offset',
    )
    .option(
      '--tag',
      'detect the technologies each talk covers into spec.technologies (needs --landscape)',
    )
    .option(
      '--landscape <file>',
      'CNCF landscape.yml (file or http(s) URL) listing the technologies to detect',
    )
    .option('-o, --output <file>', 'write the YAML to this file')
    .addOption(
      new Option('--timeout <duration>', 'time limit for URL sources')
        .argParser(parseDuration)
        .default(DEFAULT_TIMEOUT_MS, '30s'),
    )
    .action(
      async (source: string, options: ImportOptions, command: Command) => {
        if (options.tag && !options.landscape) {
          command.error('error: --tag needs --landscape <file>', {
            exitCode: EXIT_USAGE,
          });
        }
        if (options.landscape && !options.tag) {
          command.error(
            'error: --landscape is only used with --tag; add --tag to detect technologies',
            { exitCode: EXIT_USAGE },
          );
        }
        const read = { fetch: io.fetch, timeoutMs: options.timeout };
        const shown = displaySource(source);
        const text = await readInput(source, read);
        let schedule: ScheduleImport;
        try {
          schedule = SCHEDULE_FORMATS[options.from](text, {
            timeZone: options.timeZone,
          });
        } catch (error) {
          throw new InputError(`${shown}: ${(error as Error).message}`);
        }
        for (const message of schedule.skipped ?? []) {
          io.stderr(`warning: ${shown}: ${message}\n`);
        }
        const entities = scheduleToEntities(schedule, {
          conferenceName: options.conference,
          conferenceTitle: options.title,
          namespace: options.namespace,
        });
        const tagged =
          options.tag && options.landscape
            ? tagTalks(
                entities,
                await loadTechnologyDetector(options.landscape, read),
              )
            : undefined;

        const invalid = entities.flatMap(entity =>
          findEntityProblems(entity).map(
            problem => `${entity.kind} ${entity.metadata.name}: ${problem}`,
          ),
        );
        if (invalid.length > 0) {
          throw new Error(
            `the entities made of ${shown} do not pass validation, which is a bug of the importer:\n  ${invalid.join(
              '\n  ',
            )}`,
          );
        }

        const [conference, ...talks] = entities;
        const { startDate, endDate } = conference.spec ?? {};
        const heading = `${conference.metadata.title}: ${talks.length} talks, ${startDate} to ${endDate}`;
        const yaml = entitiesToYaml(
          entities,
          `${heading}\nImported by conference-learnings from ${shown} (${options.from}).`,
        );
        await writeOutput(yaml, options.output, io.stdout);
        io.stderr(
          `${heading}${
            tagged === undefined ? '' : `; ${tagged} tagged with technologies`
          } (${options.output ?? 'stdout'})\n`,
        );
      },
    );
}
