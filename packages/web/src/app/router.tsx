import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../shared/ui/Alert';
import { paths } from './access';
import { Guard } from './guards';
import { Layout } from './Layout';
import { NotFoundPage, RouteErrorPage } from './StatusPages';

/** Each page is its own chunk: a first visit downloads only the page it opens. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

const comingSoon = (section: 'invoices' | 'surveys' | 'ethics') => async () => {
  const { ComingSoonPage } = await import('../features/coming-soon/ComingSoonPage');
  return { element: <ComingSoonPage section={section} /> };
};

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.signIn, lazy: page(() => import('../features/auth/SignInPage')) },
          { path: paths.invitation, lazy: page(() => import('../features/auth/InvitationPage')) },
          { path: paths.accessibility, lazy: page(() => import('../features/legal/AccessibilityPage')) },
          { path: paths.privacy, lazy: page(() => import('../features/legal/PrivacyPage')) },
          {
            element: <Guard area="signedIn" />,
            children: [
              { index: true, lazy: page(() => import('../features/dashboard/DashboardPage')) },
              { path: paths.invoices, lazy: comingSoon('invoices') },
              { path: paths.surveys, lazy: comingSoon('surveys') },
              { path: paths.ethics, lazy: comingSoon('ethics') },
              {
                element: <Guard area="supplier" />,
                children: [{ path: paths.company, lazy: page(() => import('../features/company/CompanyPage')) }],
              },
              {
                element: <Guard area="agent" />,
                children: [
                  { path: paths.backOffice, lazy: page(() => import('../features/back-office/BackOfficeHomePage')) },
                  { path: paths.suppliers, lazy: page(() => import('../features/back-office/SupplierDirectoryPage')) },
                  {
                    element: <Guard area="admin" />,
                    children: [{ path: paths.outbox, lazy: page(() => import('../features/back-office/OutboxPage')) }],
                  },
                ],
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
