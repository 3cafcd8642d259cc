import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the supplier ethics pages. */
export default function DeclarationListPage() {
  return <Page title="DeclarationListPage">{null}</Page>;
}
