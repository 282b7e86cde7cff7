import { FacetCount } from '@conference-learnings/plugin-conference-learnings-common';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useMemo } from 'react';

/**
 * A multi-select filter over one facet of the talks: its values with how many
 * talks of the current result each has. Selected values stay listed.
 */
export function FacetFilter(props: {
  id: string;
  label: string;
  facet: FacetCount[];
  selected: string[];
  onChange: (values: string[]) => void;
  /** Label of a value the facet does not name (e.g. before the first answer) */
  fallbackLabel?: (value: string) => string;
  sort?: (a: FacetCount, b: FacetCount) => number;
}) {
  const { facet, selected, fallbackLabel = v => v, sort } = props;
  const byValue = useMemo(() => {
    const map = new Map<string, FacetCount>();
    for (const f of facet) map.set(f.value.toLocaleLowerCase('en-US'), f);
    return map;
  }, [facet]);
  const options = useMemo(() => {
    const sorted = sort ? [...facet].sort(sort) : facet;
    const values = sorted.map(f => f.value);
    const known = new Set(values.map(v => v.toLocaleLowerCase('en-US')));
    return [
      ...selected.filter(v => !known.has(v.toLocaleLowerCase('en-US'))),
      ...values,
    ];
  }, [facet, selected, sort]);
  const labelOf = (value: string) => {
    const f = byValue.get(value.toLocaleLowerCase('en-US'));
    return f?.label ?? (f ? f.value : fallbackLabel(value));
  };
  const selectedSet = new Set(selected.map(v => v.toLocaleLowerCase('en-US')));

  return (
    <Autocomplete
      id={props.id}
      multiple
      size="small"
      options={options}
      value={options.filter(o => selectedSet.has(o.toLocaleLowerCase('en-US')))}
      onChange={(_e, values) => props.onChange(values)}
      getOptionLabel={labelOf}
      getOptionSelected={(a, b) =>
        a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US')
      }
      renderOption={value => {
        const count = byValue.get(value.toLocaleLowerCase('en-US'))?.count;
        return `${labelOf(value)}${count === undefined ? '' : ` (${count})`}`;
      }}
      noOptionsText="No values in these results"
      renderInput={params => (
        <TextField {...params} variant="outlined" label={props.label} />
      )}
    />
  );
}
