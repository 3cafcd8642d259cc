import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the supplier ethics pages. */
export default function CharterPage() {
  return <Page title="CharterPage">{null}</Page>;
}
