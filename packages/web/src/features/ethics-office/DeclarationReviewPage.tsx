import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the back-office ethics pages. */
export default function DeclarationReviewPage() {
  return <Page title="DeclarationReviewPage">{null}</Page>;
}
