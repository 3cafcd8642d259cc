import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { Person } from './consultation-form';
import { type PickerTexts, MIN_SEARCH, PersonPicker } from './PersonPicker';
import { useDebounced } from './use-debounced';

const SupplierSearchQuery = graphql(`
  query EthicsSupplierSearch($search: String!) {
    suppliers(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          legalName
          siret
        }
      }
    }
  }
`);

/** Suppliers found in the directory by name, SIRET or SIREN (as on the directory page). */
export function SupplierPicker(props: { texts: PickerTexts; chosen: readonly Person[]; onChange: (chosen: Person[]) => void; single?: boolean; required?: boolean; error?: string }) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const skip = settled.length < MIN_SEARCH;
  const { data, loading, error } = useQuery(SupplierSearchQuery, { variables: { search: settled }, skip });
  const results = skip ? undefined : data?.suppliers.edges.map(({ node }) => ({ id: node.id, name: node.legalName, detail: node.siret ? `SIRET ${node.siret}` : null }));
  return <PersonPicker {...props} search={search} onSearch={setSearch} results={results} searching={loading || settled !== search.trim()} searchError={error} />;
}
