/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    kind\n    roles\n    locale\n    supplier {\n      id\n      legalName\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      supplierName\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      recipient\n      subject\n      text\n      createdAt\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  query SupplierDirectory($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          legalName\n          siret\n          department\n          isRegional\n          sizeCategory\n          contactEmail\n        }\n      }\n    }\n  }\n": typeof types.SupplierDirectoryDocument,
    "\n  query Company {\n    viewer {\n      id\n      roles\n      supplier {\n        id\n        legalName\n        siret\n        siren\n        address {\n          line\n          postalCode\n          city\n        }\n        department\n        isRegional\n        sizeCategory\n        sizeYear\n        nafCode\n        contactEmail\n        ...CompanyUsers_supplier\n      }\n    }\n  }\n": typeof types.CompanyDocument,
    "\n  fragment CompanyUsers_supplier on Supplier {\n    id\n    users {\n      id\n      email\n      displayName\n      isOwner\n      status\n      createdAt\n      lastSignInAt\n    }\n  }\n": typeof types.CompanyUsers_SupplierFragmentDoc,
    "\n  mutation RemoveColleague($userId: ID!) {\n    removeColleague(userId: $userId) {\n      ...CompanyUsers_supplier\n    }\n  }\n": typeof types.RemoveColleagueDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      status\n      createdAt\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.InviteColleagueDocument,
    "\n  query PaymentSummary {\n    paymentSummary {\n      awaitingCount\n      awaitingAmount {\n        amount\n        currency\n      }\n      overdueCount\n      interestOwed {\n        amount\n        currency\n      }\n      interestOwedEstimate\n    }\n  }\n": typeof types.PaymentSummaryDocument,
    "\n  query InterestRates {\n    interestRates {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n": typeof types.InterestRatesDocument,
    "\n  mutation SetInterestRate($halfYearStart: LocalDate!, $ecbRate: String!, $toConfirm: Boolean!) {\n    setInterestRate(halfYearStart: $halfYearStart, ecbRate: $ecbRate, toConfirm: $toConfirm) {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n": typeof types.SetInterestRateDocument,
    "\n  mutation ImportInvoices($uploadId: ID!, $dryRun: Boolean!) {\n    importInvoices(uploadId: $uploadId, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.ImportInvoicesDocument,
    "\n  query ClaimLetter($id: ID!) {\n    viewer {\n      id\n      displayName\n      supplier {\n        id\n        legalName\n        siret\n        address {\n          line\n          postalCode\n          city\n        }\n      }\n    }\n    invoice(id: $id) {\n      id\n      number\n      invoiceDate\n      contractReference\n      receivedOn\n      deadline\n      paymentIssuedOn\n      daysLate\n      estimate\n      fallbacks\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      contract {\n        reference\n        title\n        isWorks\n      }\n      payment {\n        accruing\n        asOf\n        payableBy\n        paymentDelayDays\n        rate {\n          ecbRate\n          totalRate\n          halfYearStart\n        }\n      }\n    }\n  }\n": typeof types.ClaimLetterDocument,
    "\n  mutation ReviewInvoiceInterest($invoiceId: ID!, $decision: InterestReview!, $reason: String) {\n    reviewInvoiceInterest(invoiceId: $invoiceId, decision: $decision, reason: $reason) {\n      id\n      ...InterestFollowUp_invoice\n    }\n  }\n": typeof types.ReviewInvoiceInterestDocument,
    "\n  mutation RecordInterestPayment($invoiceId: ID!, $amount: String!, $paidOn: LocalDate!) {\n    recordInterestPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n      id\n      ...InterestFollowUp_invoice\n      ...LateInterest_invoice\n    }\n  }\n": typeof types.RecordInterestPaymentDocument,
    "\n  fragment InterestFollowUp_invoice on Invoice {\n    id\n    daysLate\n    interestReview\n    interestReviewReason\n    interestPaid {\n      amount\n      currency\n    }\n    interestPaidOn\n  }\n": typeof types.InterestFollowUp_InvoiceFragmentDoc,
    "\n  query InvoiceList($first: Int!, $after: String, $filter: InvoiceFilter, $orderBy: InvoiceOrder, $withSupplier: Boolean!) {\n    invoices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n          supplier @include(if: $withSupplier) {\n            id\n            legalName\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n  query InvoiceSupplierOptions {\n    suppliers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n        }\n      }\n    }\n  }\n": typeof types.InvoiceSupplierOptionsDocument,
    "\n  query InvoiceDetail($id: ID!, $withSupplier: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      statusOn\n      invoiceDate\n      daysLate\n      amountExclTax {\n        amount\n        currency\n      }\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      interestReview\n      interestReviewReason\n      contractReference\n      contract {\n        reference\n        title\n        isWorks\n      }\n      supplier @include(if: $withSupplier) {\n        id\n        legalName\n        siret\n      }\n      ...InvoiceTimeline_invoice\n      ...PaymentClock_invoice\n      ...LateInterest_invoice\n      ...InterestFollowUp_invoice\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    status\n    deadline\n    daysLate\n    estimate\n    rateUnknown\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n  }\n": typeof types.InvoiceRow_InvoiceFragmentDoc,
    "\n  fragment InvoiceTimeline_invoice on Invoice {\n    id\n    history {\n      on\n      status\n      portalCode\n      reason\n      flag\n    }\n    payment {\n      paymentDelayDays\n    }\n  }\n": typeof types.InvoiceTimeline_InvoiceFragmentDoc,
    "\n  fragment LateInterest_invoice on Invoice {\n    id\n    status\n    daysLate\n    estimate\n    fallbacks\n    rateUnknown\n    paymentIssuedOn\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n    recoveryIndemnity {\n      amount\n      currency\n    }\n    contract {\n      reference\n      isWorks\n    }\n    payment {\n      accruing\n      asOf\n      lateFrom\n      payableBy\n      rate {\n        ecbRate\n        totalRate\n        halfYearStart\n        toConfirm\n      }\n    }\n  }\n": typeof types.LateInterest_InvoiceFragmentDoc,
    "\n  fragment PaymentClock_invoice on Invoice {\n    id\n    status\n    receivedOn\n    deadline\n    paymentIssuedOn\n    payment {\n      receivedOnSource\n      paymentDelayDays\n      daysUsed\n      daysLeft\n      clockStopped\n      asOf\n      interruption {\n        suspendedOn\n        reason\n        daysLeftAtSuspension\n        completedOn\n        newDelayDays\n      }\n    }\n  }\n": typeof types.PaymentClock_InvoiceFragmentDoc,
    "\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    kind\n    roles\n    locale\n    supplier {\n      id\n      legalName\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      supplierName\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      recipient\n      subject\n      text\n      createdAt\n    }\n  }\n": types.DevOutboxDocument,
    "\n  query SupplierDirectory($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          legalName\n          siret\n          department\n          isRegional\n          sizeCategory\n          contactEmail\n        }\n      }\n    }\n  }\n": types.SupplierDirectoryDocument,
    "\n  query Company {\n    viewer {\n      id\n      roles\n      supplier {\n        id\n        legalName\n        siret\n        siren\n        address {\n          line\n          postalCode\n          city\n        }\n        department\n        isRegional\n        sizeCategory\n        sizeYear\n        nafCode\n        contactEmail\n        ...CompanyUsers_supplier\n      }\n    }\n  }\n": types.CompanyDocument,
    "\n  fragment CompanyUsers_supplier on Supplier {\n    id\n    users {\n      id\n      email\n      displayName\n      isOwner\n      status\n      createdAt\n      lastSignInAt\n    }\n  }\n": types.CompanyUsers_SupplierFragmentDoc,
    "\n  mutation RemoveColleague($userId: ID!) {\n    removeColleague(userId: $userId) {\n      ...CompanyUsers_supplier\n    }\n  }\n": types.RemoveColleagueDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      status\n      createdAt\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": types.InviteColleagueDocument,
    "\n  query PaymentSummary {\n    paymentSummary {\n      awaitingCount\n      awaitingAmount {\n        amount\n        currency\n      }\n      overdueCount\n      interestOwed {\n        amount\n        currency\n      }\n      interestOwedEstimate\n    }\n  }\n": types.PaymentSummaryDocument,
    "\n  query InterestRates {\n    interestRates {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n": types.InterestRatesDocument,
    "\n  mutation SetInterestRate($halfYearStart: LocalDate!, $ecbRate: String!, $toConfirm: Boolean!) {\n    setInterestRate(halfYearStart: $halfYearStart, ecbRate: $ecbRate, toConfirm: $toConfirm) {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n": types.SetInterestRateDocument,
    "\n  mutation ImportInvoices($uploadId: ID!, $dryRun: Boolean!) {\n    importInvoices(uploadId: $uploadId, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n": types.ImportInvoicesDocument,
    "\n  query ClaimLetter($id: ID!) {\n    viewer {\n      id\n      displayName\n      supplier {\n        id\n        legalName\n        siret\n        address {\n          line\n          postalCode\n          city\n        }\n      }\n    }\n    invoice(id: $id) {\n      id\n      number\n      invoiceDate\n      contractReference\n      receivedOn\n      deadline\n      paymentIssuedOn\n      daysLate\n      estimate\n      fallbacks\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      contract {\n        reference\n        title\n        isWorks\n      }\n      payment {\n        accruing\n        asOf\n        payableBy\n        paymentDelayDays\n        rate {\n          ecbRate\n          totalRate\n          halfYearStart\n        }\n      }\n    }\n  }\n": types.ClaimLetterDocument,
    "\n  mutation ReviewInvoiceInterest($invoiceId: ID!, $decision: InterestReview!, $reason: String) {\n    reviewInvoiceInterest(invoiceId: $invoiceId, decision: $decision, reason: $reason) {\n      id\n      ...InterestFollowUp_invoice\n    }\n  }\n": types.ReviewInvoiceInterestDocument,
    "\n  mutation RecordInterestPayment($invoiceId: ID!, $amount: String!, $paidOn: LocalDate!) {\n    recordInterestPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n      id\n      ...InterestFollowUp_invoice\n      ...LateInterest_invoice\n    }\n  }\n": types.RecordInterestPaymentDocument,
    "\n  fragment InterestFollowUp_invoice on Invoice {\n    id\n    daysLate\n    interestReview\n    interestReviewReason\n    interestPaid {\n      amount\n      currency\n    }\n    interestPaidOn\n  }\n": types.InterestFollowUp_InvoiceFragmentDoc,
    "\n  query InvoiceList($first: Int!, $after: String, $filter: InvoiceFilter, $orderBy: InvoiceOrder, $withSupplier: Boolean!) {\n    invoices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n          supplier @include(if: $withSupplier) {\n            id\n            legalName\n          }\n        }\n      }\n    }\n  }\n": types.InvoiceListDocument,
    "\n  query InvoiceSupplierOptions {\n    suppliers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n        }\n      }\n    }\n  }\n": types.InvoiceSupplierOptionsDocument,
    "\n  query InvoiceDetail($id: ID!, $withSupplier: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      statusOn\n      invoiceDate\n      daysLate\n      amountExclTax {\n        amount\n        currency\n      }\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      interestReview\n      interestReviewReason\n      contractReference\n      contract {\n        reference\n        title\n        isWorks\n      }\n      supplier @include(if: $withSupplier) {\n        id\n        legalName\n        siret\n      }\n      ...InvoiceTimeline_invoice\n      ...PaymentClock_invoice\n      ...LateInterest_invoice\n      ...InterestFollowUp_invoice\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    status\n    deadline\n    daysLate\n    estimate\n    rateUnknown\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n  }\n": types.InvoiceRow_InvoiceFragmentDoc,
    "\n  fragment InvoiceTimeline_invoice on Invoice {\n    id\n    history {\n      on\n      status\n      portalCode\n      reason\n      flag\n    }\n    payment {\n      paymentDelayDays\n    }\n  }\n": types.InvoiceTimeline_InvoiceFragmentDoc,
    "\n  fragment LateInterest_invoice on Invoice {\n    id\n    status\n    daysLate\n    estimate\n    fallbacks\n    rateUnknown\n    paymentIssuedOn\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n    recoveryIndemnity {\n      amount\n      currency\n    }\n    contract {\n      reference\n      isWorks\n    }\n    payment {\n      accruing\n      asOf\n      lateFrom\n      payableBy\n      rate {\n        ecbRate\n        totalRate\n        halfYearStart\n        toConfirm\n      }\n    }\n  }\n": types.LateInterest_InvoiceFragmentDoc,
    "\n  fragment PaymentClock_invoice on Invoice {\n    id\n    status\n    receivedOn\n    deadline\n    paymentIssuedOn\n    payment {\n      receivedOnSource\n      paymentDelayDays\n      daysUsed\n      daysLeft\n      clockStopped\n      asOf\n      interruption {\n        suspendedOn\n        reason\n        daysLeftAtSuspension\n        completedOn\n        newDelayDays\n      }\n    }\n  }\n": types.PaymentClock_InvoiceFragmentDoc,
    "\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    kind\n    roles\n    locale\n    supplier {\n      id\n      legalName\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    kind\n    roles\n    locale\n    supplier {\n      id\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      supplierName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      supplierName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      recipient\n      subject\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      recipient\n      subject\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierDirectory($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          legalName\n          siret\n          department\n          isRegional\n          sizeCategory\n          contactEmail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierDirectory($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          legalName\n          siret\n          department\n          isRegional\n          sizeCategory\n          contactEmail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Company {\n    viewer {\n      id\n      roles\n      supplier {\n        id\n        legalName\n        siret\n        siren\n        address {\n          line\n          postalCode\n          city\n        }\n        department\n        isRegional\n        sizeCategory\n        sizeYear\n        nafCode\n        contactEmail\n        ...CompanyUsers_supplier\n      }\n    }\n  }\n"): (typeof documents)["\n  query Company {\n    viewer {\n      id\n      roles\n      supplier {\n        id\n        legalName\n        siret\n        siren\n        address {\n          line\n          postalCode\n          city\n        }\n        department\n        isRegional\n        sizeCategory\n        sizeYear\n        nafCode\n        contactEmail\n        ...CompanyUsers_supplier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyUsers_supplier on Supplier {\n    id\n    users {\n      id\n      email\n      displayName\n      isOwner\n      status\n      createdAt\n      lastSignInAt\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyUsers_supplier on Supplier {\n    id\n    users {\n      id\n      email\n      displayName\n      isOwner\n      status\n      createdAt\n      lastSignInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveColleague($userId: ID!) {\n    removeColleague(userId: $userId) {\n      ...CompanyUsers_supplier\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveColleague($userId: ID!) {\n    removeColleague(userId: $userId) {\n      ...CompanyUsers_supplier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentSummary {\n    paymentSummary {\n      awaitingCount\n      awaitingAmount {\n        amount\n        currency\n      }\n      overdueCount\n      interestOwed {\n        amount\n        currency\n      }\n      interestOwedEstimate\n    }\n  }\n"): (typeof documents)["\n  query PaymentSummary {\n    paymentSummary {\n      awaitingCount\n      awaitingAmount {\n        amount\n        currency\n      }\n      overdueCount\n      interestOwed {\n        amount\n        currency\n      }\n      interestOwedEstimate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestRates {\n    interestRates {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query InterestRates {\n    interestRates {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInterestRate($halfYearStart: LocalDate!, $ecbRate: String!, $toConfirm: Boolean!) {\n    setInterestRate(halfYearStart: $halfYearStart, ecbRate: $ecbRate, toConfirm: $toConfirm) {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetInterestRate($halfYearStart: LocalDate!, $ecbRate: String!, $toConfirm: Boolean!) {\n    setInterestRate(halfYearStart: $halfYearStart, ecbRate: $ecbRate, toConfirm: $toConfirm) {\n      halfYearStart\n      ecbRate\n      toConfirm\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportInvoices($uploadId: ID!, $dryRun: Boolean!) {\n    importInvoices(uploadId: $uploadId, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportInvoices($uploadId: ID!, $dryRun: Boolean!) {\n    importInvoices(uploadId: $uploadId, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimLetter($id: ID!) {\n    viewer {\n      id\n      displayName\n      supplier {\n        id\n        legalName\n        siret\n        address {\n          line\n          postalCode\n          city\n        }\n      }\n    }\n    invoice(id: $id) {\n      id\n      number\n      invoiceDate\n      contractReference\n      receivedOn\n      deadline\n      paymentIssuedOn\n      daysLate\n      estimate\n      fallbacks\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      contract {\n        reference\n        title\n        isWorks\n      }\n      payment {\n        accruing\n        asOf\n        payableBy\n        paymentDelayDays\n        rate {\n          ecbRate\n          totalRate\n          halfYearStart\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimLetter($id: ID!) {\n    viewer {\n      id\n      displayName\n      supplier {\n        id\n        legalName\n        siret\n        address {\n          line\n          postalCode\n          city\n        }\n      }\n    }\n    invoice(id: $id) {\n      id\n      number\n      invoiceDate\n      contractReference\n      receivedOn\n      deadline\n      paymentIssuedOn\n      daysLate\n      estimate\n      fallbacks\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      contract {\n        reference\n        title\n        isWorks\n      }\n      payment {\n        accruing\n        asOf\n        payableBy\n        paymentDelayDays\n        rate {\n          ecbRate\n          totalRate\n          halfYearStart\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewInvoiceInterest($invoiceId: ID!, $decision: InterestReview!, $reason: String) {\n    reviewInvoiceInterest(invoiceId: $invoiceId, decision: $decision, reason: $reason) {\n      id\n      ...InterestFollowUp_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewInvoiceInterest($invoiceId: ID!, $decision: InterestReview!, $reason: String) {\n    reviewInvoiceInterest(invoiceId: $invoiceId, decision: $decision, reason: $reason) {\n      id\n      ...InterestFollowUp_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInterestPayment($invoiceId: ID!, $amount: String!, $paidOn: LocalDate!) {\n    recordInterestPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n      id\n      ...InterestFollowUp_invoice\n      ...LateInterest_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInterestPayment($invoiceId: ID!, $amount: String!, $paidOn: LocalDate!) {\n    recordInterestPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n      id\n      ...InterestFollowUp_invoice\n      ...LateInterest_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestFollowUp_invoice on Invoice {\n    id\n    daysLate\n    interestReview\n    interestReviewReason\n    interestPaid {\n      amount\n      currency\n    }\n    interestPaidOn\n  }\n"): (typeof documents)["\n  fragment InterestFollowUp_invoice on Invoice {\n    id\n    daysLate\n    interestReview\n    interestReviewReason\n    interestPaid {\n      amount\n      currency\n    }\n    interestPaidOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($first: Int!, $after: String, $filter: InvoiceFilter, $orderBy: InvoiceOrder, $withSupplier: Boolean!) {\n    invoices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n          supplier @include(if: $withSupplier) {\n            id\n            legalName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceList($first: Int!, $after: String, $filter: InvoiceFilter, $orderBy: InvoiceOrder, $withSupplier: Boolean!) {\n    invoices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n          supplier @include(if: $withSupplier) {\n            id\n            legalName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceSupplierOptions {\n    suppliers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceSupplierOptions {\n    suppliers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!, $withSupplier: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      statusOn\n      invoiceDate\n      daysLate\n      amountExclTax {\n        amount\n        currency\n      }\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      interestReview\n      interestReviewReason\n      contractReference\n      contract {\n        reference\n        title\n        isWorks\n      }\n      supplier @include(if: $withSupplier) {\n        id\n        legalName\n        siret\n      }\n      ...InvoiceTimeline_invoice\n      ...PaymentClock_invoice\n      ...LateInterest_invoice\n      ...InterestFollowUp_invoice\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!, $withSupplier: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      statusOn\n      invoiceDate\n      daysLate\n      amountExclTax {\n        amount\n        currency\n      }\n      amountInclTax {\n        amount\n        currency\n      }\n      lateInterest {\n        amount\n        currency\n      }\n      recoveryIndemnity {\n        amount\n        currency\n      }\n      interestPaid {\n        amount\n        currency\n      }\n      interestReview\n      interestReviewReason\n      contractReference\n      contract {\n        reference\n        title\n        isWorks\n      }\n      supplier @include(if: $withSupplier) {\n        id\n        legalName\n        siret\n      }\n      ...InvoiceTimeline_invoice\n      ...PaymentClock_invoice\n      ...LateInterest_invoice\n      ...InterestFollowUp_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    status\n    deadline\n    daysLate\n    estimate\n    rateUnknown\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    status\n    deadline\n    daysLate\n    estimate\n    rateUnknown\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceTimeline_invoice on Invoice {\n    id\n    history {\n      on\n      status\n      portalCode\n      reason\n      flag\n    }\n    payment {\n      paymentDelayDays\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceTimeline_invoice on Invoice {\n    id\n    history {\n      on\n      status\n      portalCode\n      reason\n      flag\n    }\n    payment {\n      paymentDelayDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LateInterest_invoice on Invoice {\n    id\n    status\n    daysLate\n    estimate\n    fallbacks\n    rateUnknown\n    paymentIssuedOn\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n    recoveryIndemnity {\n      amount\n      currency\n    }\n    contract {\n      reference\n      isWorks\n    }\n    payment {\n      accruing\n      asOf\n      lateFrom\n      payableBy\n      rate {\n        ecbRate\n        totalRate\n        halfYearStart\n        toConfirm\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LateInterest_invoice on Invoice {\n    id\n    status\n    daysLate\n    estimate\n    fallbacks\n    rateUnknown\n    paymentIssuedOn\n    amountInclTax {\n      amount\n      currency\n    }\n    lateInterest {\n      amount\n      currency\n    }\n    recoveryIndemnity {\n      amount\n      currency\n    }\n    contract {\n      reference\n      isWorks\n    }\n    payment {\n      accruing\n      asOf\n      lateFrom\n      payableBy\n      rate {\n        ecbRate\n        totalRate\n        halfYearStart\n        toConfirm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentClock_invoice on Invoice {\n    id\n    status\n    receivedOn\n    deadline\n    paymentIssuedOn\n    payment {\n      receivedOnSource\n      paymentDelayDays\n      daysUsed\n      daysLeft\n      clockStopped\n      asOf\n      interruption {\n        suspendedOn\n        reason\n        daysLeftAtSuspension\n        completedOn\n        newDelayDays\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentClock_invoice on Invoice {\n    id\n    status\n    receivedOn\n    deadline\n    paymentIssuedOn\n    payment {\n      receivedOnSource\n      paymentDelayDays\n      daysUsed\n      daysLeft\n      clockStopped\n      asOf\n      interruption {\n        suspendedOn\n        reason\n        daysLeftAtSuspension\n        completedOn\n        newDelayDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;