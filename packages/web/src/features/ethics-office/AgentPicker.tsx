import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { Person } from './consultation-form';
import { type PickerTexts, MIN_SEARCH, PersonPicker } from './PersonPicker';
import { useDebounced } from './use-debounced';

const AgentSearchQuery = graphql(`
  query EthicsAgentSearch($search: String!) {
    agentDirectory(search: $search) {
      id
      displayName
      direction
    }
  }
`);

/** Agents of the Region, found by name in the directory. */
export function AgentPicker({ texts, chosen, onChange, error }: { texts: PickerTexts; chosen: readonly Person[]; onChange: (chosen: Person[]) => void; error?: string }) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const skip = settled.length < MIN_SEARCH;
  const { data, loading, error: searchError } = useQuery(AgentSearchQuery, { variables: { search: settled }, skip });
  const results = skip ? undefined : data?.agentDirectory.map((a) => ({ id: a.id, name: a.displayName, detail: a.direction }));
  return (
    <PersonPicker
      texts={texts}
      chosen={chosen}
      onChange={onChange}
      search={search}
      onSearch={setSearch}
      results={results}
      searching={loading || settled !== search.trim()}
      searchError={searchError}
      error={error}
    />
  );
}
