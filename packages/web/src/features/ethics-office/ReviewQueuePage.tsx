import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the back-office ethics pages. */
export default function ReviewQueuePage() {
  return <Page title="ReviewQueuePage">{null}</Page>;
}
