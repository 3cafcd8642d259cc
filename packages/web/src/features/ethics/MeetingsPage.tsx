import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the supplier ethics pages. */
export default function MeetingsPage() {
  return <Page title="MeetingsPage">{null}</Page>;
}
