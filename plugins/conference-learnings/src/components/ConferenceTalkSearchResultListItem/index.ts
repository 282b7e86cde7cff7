export {
  ConferenceTalkSearchResultListItem,
  type ConferenceTalkSearchResultListItemProps,
} from './ConferenceTalkSearchResultListItem';
