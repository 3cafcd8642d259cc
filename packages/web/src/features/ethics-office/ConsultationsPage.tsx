import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the back-office ethics pages. */
export default function ConsultationsPage() {
  return <Page title="ConsultationsPage">{null}</Page>;
}
