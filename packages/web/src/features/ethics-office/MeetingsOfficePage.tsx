import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the back-office ethics pages. */
export default function MeetingsOfficePage() {
  return <Page title="MeetingsOfficePage">{null}</Page>;
}
