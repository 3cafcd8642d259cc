// The two documents the benchmark loads: the invoice list page (50 invoices with their status
// history) and the supplier dashboard (who is signed in, and where the invoices stand).
const document = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

export const LIST_QUERY = document(
  `query BenchInvoiceList($first: Int!) {
    invoices(first: $first) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id number status invoiceDate receivedOn deadline daysLate
          amountInclTax { amount currency }
          lateInterest { amount currency }
          recoveryIndemnity { amount currency }
          history { on status portalCode reason flag }
        }
      }
    }
  }`,
  { first: 50 },
);

export const DASHBOARD_QUERY = document(`query BenchDashboard {
  viewer { id displayName supplier { id legalName } }
  paymentSummary {
    awaitingCount
    awaitingAmount { amount currency }
    overdueCount
    interestOwed { amount currency }
    interestOwedEstimate
  }
}`);
