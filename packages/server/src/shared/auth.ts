import type { AuthChecker } from 'type-graphql';
import type { Context } from '../app/context.js';
import { forbidden, unauthenticated } from './errors.js';
import type { Role } from './roles.js';
import type { Viewer } from './viewer.js';

/** `@Authorized()`: signed in. `@Authorized(A, B)`: holding A or B. Fails with a coded error. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !viewer.roles.some((r) => roles.includes(r))) throw forbidden();
  return true;
};

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}
