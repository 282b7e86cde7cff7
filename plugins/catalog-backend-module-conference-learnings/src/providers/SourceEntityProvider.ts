import {
  LoggerService,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, stringifyError } from '@backstage/errors';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { validateConferenceLearningsEntity } from '@conference-learnings/plugin-conference-learnings-common';
import {
  displaySource,
  readSource,
  sourceLocation,
  UrlBytesReader,
} from '@conference-learnings/plugin-conference-learnings-node';

/** What every provider is configured with. */
export interface SourceEntityProviderOptions {
  /** The instance's key under `conferenceLearnings.providers.<type>`. */
  id: string;
  /** URL or file path */
  source: string;
  /** Namespace of the entities, where the source does not decide it. */
  namespace?: string;
  /** How long one read of the source may take. */
  timeoutMs: number;
  taskRunner: SchedulerServiceTaskRunner;
  urlReader: UrlReaderService;
  logger: LoggerService;
}

/**
 * An entity provider that reads one source on a schedule and replaces its entities
 * with what the source gives now. A source that cannot be read, times out, is
 * malformed or yields no valid entity is logged as an error naming the provider and
 * the source, and the entities ingested last stay: such a run never mutates. Of two
 * entities with the same ref, the first is kept and the other logged as a warning, so
 * that a mutation never holds a ref twice.
 */
export abstract class SourceEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  protected constructor(
    private readonly type: string,
    protected readonly options: SourceEntityProviderOptions,
  ) {}

  /** The source's text as entities, every one carrying `annotations`. */
  protected abstract toEntities(
    content: string,
    annotations: Record<string, string>,
  ): Entity[];

  /** Logs what the source holds but the entities leave out. */
  protected warn(message: string): void {
    this.options.logger.warn(
      `${this.getProviderName()}: ${displaySource(
        this.options.source,
      )}: ${message}`,
    );
  }

  /** The entities without those whose ref an earlier one has, each logged. */
  private withoutRepeatedRefs(entities: Entity[]): Entity[] {
    const seen = new Set<string>();
    return entities.filter(entity => {
      const ref = stringifyEntityRef(entity);
      if (seen.has(ref)) {
        this.warn(`skipped a second entity named ${ref}`);
        return false;
      }
      seen.add(ref);
      return true;
    });
  }

  /** Reads URLs through the backend's URL reader, so `backend.reading.allow` and integrations apply. */
  private readonly readUrl: UrlBytesReader = async (url, signal) => {
    const response = await this.options.urlReader.readUrl(url.toString(), {
      signal,
    });
    return response.buffer();
  };

  getProviderName(): string {
    return `conference-learnings-${this.type}:${this.options.id}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: () => this.refresh(),
    });
  }

  /** Reads the source once and, if it gives valid entities, replaces ours with them. */
  async refresh(): Promise<void> {
    if (!this.connection) {
      throw new Error(`${this.getProviderName()} is not connected yet`);
    }
    const { source, logger } = this.options;
    let entities: Entity[];
    try {
      const content = await readSource(source, {
        readUrl: this.readUrl,
        timeoutMs: this.options.timeoutMs,
        timeoutHint: `raise conferenceLearnings.providers.${this.type}.${this.options.id}.timeout`,
      });
      const location = sourceLocation(source);
      entities = this.withoutRepeatedRefs(
        this.toEntities(content, {
          [ANNOTATION_LOCATION]: location,
          [ANNOTATION_ORIGIN_LOCATION]: location,
        }),
      );
      if (entities.length === 0) {
        throw new InputError('the source gives no entities');
      }
      entities.forEach(validateConferenceLearningsEntity);
    } catch (error) {
      logger.error(
        `${this.getProviderName()}: could not ingest ${displaySource(
          source,
        )}, keeping the entities ingested last: ${stringifyError(error)}`,
      );
      return;
    }
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    logger.info(
      `${this.getProviderName()}: ingested ${
        entities.length
      } entities from ${displaySource(source)}`,
    );
  }
}
