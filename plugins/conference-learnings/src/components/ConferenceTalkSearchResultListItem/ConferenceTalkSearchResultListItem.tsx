import { Link } from '@backstage/core-components';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import { ConferenceTalkDocument } from '@conference-learnings/plugin-conference-learnings-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/** Props of {@link ConferenceTalkSearchResultListItem}. @public */
export interface ConferenceTalkSearchResultListItemProps {
  result?: SearchDocument;
  highlight?: ResultHighlight;
  icon?: ReactNode;
}

/** The highlighted text of a field when the search engine marked it, else the text. */
function Highlighted(props: {
  field: string;
  text: string;
  highlight?: ResultHighlight;
}) {
  const { field, text, highlight } = props;
  const marked = highlight?.fields?.[field];
  return marked ? (
    <HighlightedSearchResultText
      text={marked}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    <>{text}</>
  );
}

/**
 * A `conference-talk` search result: the talk's title (to its page), conference and
 * year, speakers, the technologies it covers, and the matching part of its text. All
 * of it plain text: nothing the talk's source wrote is rendered as HTML.
 *
 * The search page's wrapper (`SearchResultListItemExtension`, in both frontend
 * systems) is the list item and reports the click; this is its content, as in
 * Backstage's `DefaultResultListItem`.
 * @public
 */
export function ConferenceTalkSearchResultListItem(
  props: ConferenceTalkSearchResultListItemProps,
) {
  const { highlight, icon } = props;
  const result = props.result as ConferenceTalkDocument | undefined;
  if (!result) {
    return null;
  }
  const context = [
    result.conference,
    result.year,
    result.speakers?.join(', '),
  ].filter(Boolean);
  return (
    <>
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <ListItemText
        primaryTypographyProps={{ variant: 'h6' }}
        primary={
          <Link noTrack to={result.location}>
            <Highlighted
              field="title"
              text={result.title}
              highlight={highlight}
            />
          </Link>
        }
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            {context.length > 0 && (
              <Typography variant="body2" color="textSecondary">
                {context.join(' · ')}
              </Typography>
            )}
            <Typography
              variant="body2"
              color="textPrimary"
              component="div"
              style={{ overflowWrap: 'anywhere' }}
            >
              <Highlighted
                field="text"
                text={truncate(result.text, 300)}
                highlight={highlight}
              />
            </Typography>
            {result.technologies?.length > 0 && (
              <Box mt={1} display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                {result.technologies.map(technology => (
                  <Chip key={technology} label={technology} size="small" />
                ))}
              </Box>
            )}
          </>
        }
      />
    </>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
