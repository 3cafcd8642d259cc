import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { CompanyUsers } from './CompanyUsers';
import { InviteForm } from './InviteForm';

const CompanyQuery = graphql(`
  query Company {
    viewer {
      id
      roles
      supplier {
        id
        legalName
        siret
        siren
        address {
          line
          postalCode
          city
        }
        department
        isRegional
        sizeCategory
        sizeYear
        nafCode
        contactEmail
        ...CompanyUsers_supplier
      }
    }
  }
`);

export default function CompanyPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CompanyQuery);
  const viewer = data?.viewer;
  const supplier = viewer?.supplier;
  const isOwner = viewer?.roles.includes('SUPPLIER_OWNER') ?? false;
  const none = t('common.notProvided');

  return (
    <Page title={t('company.title')}>
      {loading && <Loading />}
      <ErrorAlert error={error} />
      {viewer && supplier && (
        <>
          <section aria-labelledby="company-details">
            <h2 id="company-details">{supplier.legalName}</h2>
            <dl className="details">
              <dt>{t('company.siret')}</dt>
              <dd>{supplier.siret ?? none}</dd>
              <dt>{t('company.siren')}</dt>
              <dd>{supplier.siren ?? none}</dd>
              <dt>{t('company.address')}</dt>
              <dd>{[supplier.address.line, [supplier.address.postalCode, supplier.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || none}</dd>
              <dt>{t('company.department')}</dt>
              <dd>
                {supplier.department ?? none} — {t(supplier.isRegional ? 'company.regional' : 'company.notRegional')}
              </dd>
              <dt>{t('company.size')}</dt>
              <dd>
                {supplier.sizeCategory ? t(`size.${supplier.sizeCategory}`) : none}
                {supplier.sizeYear && ` (${supplier.sizeYear})`}
              </dd>
              <dt>{t('company.naf')}</dt>
              <dd>{supplier.nafCode ?? none}</dd>
              <dt>{t('company.contactEmail')}</dt>
              <dd>{supplier.contactEmail ?? none}</dd>
            </dl>
          </section>
          <CompanyUsers supplier={supplier} viewerId={viewer.id} isOwner={isOwner} />
          {isOwner ? <InviteForm /> : <p className="note">{t('company.ownersOnly')}</p>}
        </>
      )}
    </Page>
  );
}
