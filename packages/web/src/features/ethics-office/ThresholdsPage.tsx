import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the back-office ethics pages. */
export default function ThresholdsPage() {
  return <Page title="ThresholdsPage">{null}</Page>;
}
