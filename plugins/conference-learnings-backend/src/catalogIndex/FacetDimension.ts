/**
 * The distinct values of one facet of talks, numbered, with their labels and
 * the position of each in label order (for stable, cheap sorting).
 */
export class FacetDimension {
  /** Value → id */
  readonly ids = new Map<string, number>();
  /** Id → value, as the API returns it (full refs, years, types, tracks as first written) */
  readonly values: string[] = [];
  /** Id → human label, when it differs from the value */
  readonly labels: (string | undefined)[] = [];
  /** Id → position in label order */
  labelRank = new Int32Array(0);

  /** The id of a value (keyed case-insensitively), adding it if new. */
  add(key: string, value: string, label?: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(value);
      this.labels.push(label && label !== value ? label : undefined);
    }
    return id;
  }

  /** Orders the values by label, once all are added. */
  seal() {
    const byLabel = this.values
      .map((value, id) => ({ id, label: this.labels[id] ?? value }))
      .sort((a, b) => a.label.localeCompare(b.label));
    this.labelRank = new Int32Array(this.values.length);
    byLabel.forEach(({ id }, rank) => {
      this.labelRank[id] = rank;
    });
  }
}
