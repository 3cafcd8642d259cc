import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../app/apollo';
import '../app/i18n';
import { ViewerQuery } from '../app/viewer';

export const supplierOwner = {
  __typename: 'Viewer' as const,
  id: 'u1',
  email: 'gerante@menuiserie-berrichonne.example',
  displayName: 'Claire Berthon',
  kind: 'SUPPLIER' as const,
  roles: ['SUPPLIER_OWNER' as const],
  locale: 'FR' as const,
  supplier: { __typename: 'Supplier' as const, id: 's1', legalName: 'Menuiserie Berrichonne SARL' },
};

/** The answer to the Viewer query, as often as asked. */
export function viewerMock(viewer: typeof supplierOwner | null): MockLink.MockedResponse {
  return { request: { query: ViewerQuery }, result: { data: { viewer } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** Renders a page at `path` with mocked GraphQL answers and the app's cache policies. */
export function renderPage(element: ReactElement, { mocks = [], path = '/', route = path }: { mocks?: MockLink.MockedResponse[]; path?: string; route?: string } = {}) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}
