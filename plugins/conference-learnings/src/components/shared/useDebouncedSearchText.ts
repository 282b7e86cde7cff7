import { useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

/** How long typing pauses before a search runs. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * The text to search for, trimmed: `text` once typing has paused, so a search
 * runs then rather than on every key.
 */
export function useDebouncedSearchText(text: string): string {
  const [searchText, setSearchText] = useState(text.trim());
  useDebounce(() => setSearchText(text.trim()), SEARCH_DEBOUNCE_MS, [text]);
  return searchText;
}
