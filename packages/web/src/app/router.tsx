import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../shared/ui/Alert';
import { paths } from './access';
import { Guard } from './guards';
import { Layout } from './Layout';
import { NotFoundPage, RouteErrorPage } from './StatusPages';

/** Each page is its own chunk: a first visit downloads only the page it opens. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

/** The same, for a page module that exports several pages (supplier and back-office variants). */
const named =
  <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  async () => ({ Component: pick(await load()) });

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.signIn, lazy: page(() => import('../features/auth/SignInPage')) },
          { path: paths.secondFactor, lazy: page(() => import('../features/auth/SecondFactorPage')) },
          { path: paths.secondFactorSetup, lazy: page(() => import('../features/auth/SecondFactorSetupPage')) },
          { path: paths.invitation, lazy: page(() => import('../features/auth/InvitationPage')) },
          { path: paths.accessibility, lazy: page(() => import('../features/legal/AccessibilityPage')) },
          { path: paths.privacy, lazy: page(() => import('../features/legal/PrivacyPage')) },
          { path: paths.publicSpaser, lazy: page(() => import('../features/public-spaser/PublicSpaserPage')) },
          { path: paths.requestAccess, lazy: page(() => import('../features/onboarding/RequestAccessPage')) },
          // The e-mail's secret link: anyone holding it answers for its supplier, signed in or not.
          { path: paths.surveyByLink, lazy: named(() => import('../features/surveys/SurveyAnswerPage'), (m) => m.SurveyByLinkPage) },
          {
            element: <Guard area="signedIn" />,
            children: [
              { index: true, lazy: page(() => import('../features/dashboard/DashboardPage')) },
              {
                element: <Guard area="supplier" />,
                children: [
                  { path: paths.company, lazy: page(() => import('../features/company/CompanyPage')) },
                  { path: paths.invoices, lazy: named(() => import('../features/invoices/InvoiceListPage'), (m) => m.SupplierInvoicesPage) },
                  { path: paths.invoice, lazy: named(() => import('../features/invoices/InvoicePage'), (m) => m.SupplierInvoicePage) },
                  { path: paths.claimLetter, lazy: page(() => import('../features/invoices/ClaimLetterPage')) },
                  { path: paths.surveys, lazy: page(() => import('../features/surveys/MySurveysPage')) },
                  { path: paths.survey, lazy: named(() => import('../features/surveys/SurveyAnswerPage'), (m) => m.SignedInSurveyPage) },
                  { path: paths.ethics, lazy: page(() => import('../features/ethics/CharterPage')) },
                  { path: paths.declarations, lazy: page(() => import('../features/ethics/DeclarationListPage')) },
                  { path: paths.newDeclaration, lazy: page(() => import('../features/ethics/NewDeclarationPage')) },
                  { path: paths.declaration, lazy: page(() => import('../features/ethics/DeclarationPage')) },
                  { path: paths.meetings, lazy: page(() => import('../features/ethics/MeetingsPage')) },
                  { path: paths.mediation, lazy: page(() => import('../features/mediation/MyDisputesPage')) },
                  { path: paths.newDispute, lazy: page(() => import('../features/mediation/NewDisputePage')) },
                  { path: paths.dispute, lazy: named(() => import('../features/mediation/DisputePage'), (m) => m.SupplierDisputePage) },
                ],
              },
              {
                element: <Guard area="agent" />,
                children: [
                  { path: paths.backOffice, lazy: page(() => import('../features/back-office/BackOfficeHomePage')) },
                  { path: paths.suppliers, lazy: page(() => import('../features/back-office/SupplierDirectoryPage')) },
                  { path: paths.interestRates, lazy: page(() => import('../features/interest-rates/InterestRatesPage')) },
                  { path: paths.contracts, lazy: page(() => import('../features/contracts/ContractListPage')) },
                  {
                    element: <Guard area="contractImport" />,
                    children: [{ path: paths.contractImport, lazy: page(() => import('../features/contracts/ImportContractsPage')) }],
                  },
                  { path: paths.indicators, lazy: page(() => import('../features/indicators/IndicatorsPage')) },
                  { path: paths.explorer, lazy: page(() => import('../features/explorer/ExplorerPage')) },
                  { path: paths.apiTokens, lazy: page(() => import('../features/api-tokens/ApiTokensPage')) },
                  {
                    element: <Guard area="invoiceReader" />,
                    children: [
                      { path: paths.backOfficeInvoices, lazy: named(() => import('../features/invoices/InvoiceListPage'), (m) => m.BackOfficeInvoicesPage) },
                      { path: paths.backOfficeInvoice, lazy: named(() => import('../features/invoices/InvoicePage'), (m) => m.BackOfficeInvoicePage) },
                    ],
                  },
                  {
                    element: <Guard area="finance" />,
                    children: [{ path: paths.invoiceImport, lazy: page(() => import('../features/invoice-import/ImportInvoicesPage')) }],
                  },
                  {
                    element: <Guard area="surveyReader" />,
                    children: [
                      { path: paths.backOfficeSurveys, lazy: page(() => import('../features/survey-campaigns/CampaignListPage')) },
                      { path: paths.surveyCampaign, lazy: page(() => import('../features/survey-campaigns/CampaignPage')) },
                      { path: paths.surveyPreview, lazy: page(() => import('../features/survey-campaigns/SurveyPreviewPage')) },
                      { path: paths.surveyResults, lazy: page(() => import('../features/survey-results/SurveyResultsPage')) },
                      {
                        element: <Guard area="surveyManager" />,
                        children: [{ path: paths.newSurveyCampaign, lazy: page(() => import('../features/survey-campaigns/NewCampaignPage')) }],
                      },
                    ],
                  },
                  {
                    element: <Guard area="ethicsReader" />,
                    children: [
                      { path: paths.ethicsReview, lazy: page(() => import('../features/ethics-office/ReviewQueuePage')) },
                      { path: paths.ethicsDeclaration, lazy: page(() => import('../features/ethics-office/DeclarationReviewPage')) },
                      { path: paths.charterEditor, lazy: page(() => import('../features/ethics-office/CharterEditorPage')) },
                      { path: paths.thresholds, lazy: page(() => import('../features/ethics-office/ThresholdsPage')) },
                    ],
                  },
                  {
                    element: <Guard area="ethicsAgent" />,
                    children: [
                      { path: paths.consultations, lazy: page(() => import('../features/ethics-office/ConsultationsPage')) },
                      { path: paths.backOfficeMeetings, lazy: page(() => import('../features/ethics-office/MeetingsOfficePage')) },
                    ],
                  },
                  {
                    element: <Guard area="mediator" />,
                    children: [
                      { path: paths.backOfficeMediation, lazy: page(() => import('../features/mediation/MediationQueuePage')) },
                      { path: paths.backOfficeDispute, lazy: named(() => import('../features/mediation/DisputePage'), (m) => m.MediatorDisputePage) },
                    ],
                  },
                  {
                    element: <Guard area="admin" />,
                    children: [
                      { path: paths.outbox, lazy: page(() => import('../features/back-office/OutboxPage')) },
                      { path: paths.supplierImport, lazy: page(() => import('../features/onboarding/SupplierImportPage')) },
                      { path: paths.accessRequests, lazy: page(() => import('../features/onboarding/AccessRequestsPage')) },
                    ],
                  },
                ],
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
