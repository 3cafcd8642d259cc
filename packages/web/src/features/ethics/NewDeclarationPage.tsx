import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the supplier ethics pages. */
export default function NewDeclarationPage() {
  return <Page title="NewDeclarationPage">{null}</Page>;
}
