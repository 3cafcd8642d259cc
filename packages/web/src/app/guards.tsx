import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../shared/ui/Alert';
import { type Area, mayEnter, paths } from './access';
import { ForbiddenPage } from './StatusPages';
import { useViewer } from './viewer';

/** Signed out: to the sign-in page (which brings the user back here). Signed in elsewhere: refused. */
export function Guard({ area }: { area: Area }) {
  const viewer = useViewer();
  const location = useLocation();
  if (viewer === undefined) return <Loading />;
  if (viewer === null) return <Navigate to={paths.signIn} replace state={{ from: location.pathname + location.search }} />;
  return mayEnter(viewer, area) ? <Outlet /> : <ForbiddenPage />;
}
