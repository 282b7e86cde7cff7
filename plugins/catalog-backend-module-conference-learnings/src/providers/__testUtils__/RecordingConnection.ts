import { Entity } from '@backstage/catalog-model';
import {
  DeferredEntity,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

/** Records what a provider gives the catalog: full mutations only. */
export class RecordingConnection implements EntityProviderConnection {
  readonly mutations: DeferredEntity[][] = [];

  async applyMutation(mutation: { type: string; entities?: DeferredEntity[] }) {
    if (mutation.type !== 'full') throw new Error('expected a full mutation');
    this.mutations.push(mutation.entities ?? []);
  }

  async refresh() {}

  /** The entities as last applied. */
  get entities(): Entity[] {
    return (this.mutations[this.mutations.length - 1] ?? []).map(d => d.entity);
  }
}
