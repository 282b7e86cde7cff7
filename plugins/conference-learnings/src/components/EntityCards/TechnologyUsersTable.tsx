import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TechnologyUser } from '@conference-learnings/plugin-conference-learnings-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { UsageReasons } from '../shared';

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
        {props.users.map(user => (
          <TableRow key={user.entityRef}>
            <TableCell component="th" role="rowheader" scope="row">
              <EntityRefLink entityRef={user.entityRef} title={user.title} />
            </TableCell>
            <TableCell>
              {user.kind}
              {user.type ? ` · ${user.type}` : ''}
            </TableCell>
            <TableCell>
              {user.ownerRef ? (
                <EntityRefLink entityRef={user.ownerRef} hideIcon />
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell>
              {user.uses.map(use => (
                <Typography variant="body2" key={use.technologyRef}>
                  {props.showTechnology && `${use.technologyTitle}: `}
                  <UsageReasons reasons={use.reasons} />
                </Typography>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
