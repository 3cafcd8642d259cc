import { Page } from '../../shared/ui/Page';

/** Placeholder: replaced by the back-office ethics pages. */
export default function CharterEditorPage() {
  return <Page title="CharterEditorPage">{null}</Page>;
}
