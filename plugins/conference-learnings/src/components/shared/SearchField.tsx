import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import SearchIcon from '@material-ui/icons/Search';

/** A small outlined search box with a magnifier, for searching or filtering a list. */
export function SearchField(props: {
  id: string;
  label: string;
  placeholder?: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const { onChange } = props;
  return (
    <TextField
      id={props.id}
      label={props.label}
      placeholder={props.placeholder}
      variant="outlined"
      size="small"
      type="search"
      value={props.value}
      onChange={e => onChange(e.target.value)}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
      }}
    />
  );
}
