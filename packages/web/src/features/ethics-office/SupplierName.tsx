import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useOfficeT } from './office-i18n';

const SupplierNameQuery = graphql(`
  query EthicsSupplierName($id: ID!) {
    supplier(id: $id) {
      id
      legalName
    }
  }
`);

/** A supplier known by its id only (a consultation's candidates): its name, once read. */
export function SupplierName({ id }: { id: string }) {
  const t = useOfficeT();
  const { data, error } = useQuery(SupplierNameQuery, { variables: { id } });
  if (data) return <>{data.supplier.legalName}</>;
  return <span className="note">{error ? t('ethicsOffice.unknownSupplier') : '…'}</span>;
}

/** The name read by SupplierName, when it is already in the cache (to fill the edit form). */
export { SupplierNameQuery };
