import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { describeUsage } from '../shared';
import { TechnologyUser } from './technologyUsers';

/** Entities using technologies: which, of what kind and owner, and how they declare each. */
export function TechnologyUsersTable(props: {
  users: TechnologyUser[];
  label: string;
  /** Name the technology in "how" (when several are listed) */
  showTechnology: boolean;
}) {
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>Entity</TableCell>
          <TableCell>Kind</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>
            How it uses {props.showTechnology ? 'them' : 'it'}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.users.map(({ entity, usages }) => {
          const owner = entity.spec?.owner as string | undefined;
          const type = entity.spec?.type as string | undefined;
          return (
            <TableRow
              key={`${entity.kind}:${entity.metadata.namespace}/${entity.metadata.name}`}
            >
              <TableCell component="th" role="rowheader" scope="row">
                <EntityRefLink entityRef={entity} />
              </TableCell>
              <TableCell>
                {entity.kind}
                {type ? ` · ${type}` : ''}
              </TableCell>
              <TableCell>
                {owner ? (
                  <EntityRefLink
                    entityRef={owner}
                    defaultKind="group"
                    hideIcon
                  />
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                {usages.map(usage => (
                  <Typography variant="body2" key={usage.technologyRef}>
                    {props.showTechnology && `${usage.technologyTitle}: `}
                    {usage.reasons.map(describeUsage).join(', ')}
                  </Typography>
                ))}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
