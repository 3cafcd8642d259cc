import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the supplier ethics pages. */
export default function DeclarationPage() {
  return <Page title="DeclarationPage">{null}</Page>;
}
