import { graphql } from '../../gql';

/** One year's indicators, everything the dashboard shows of it. */
export const IndicatorsReportQuery = graphql(`
  query IndicatorsReport($year: Int!) {
    spaserReport(year: $year) {
      year
      csvUrl
      jsonUrl
      suppliers {
        total
        knownSize
        unknownSize
        smallMedium
        smallMediumShare
        regionalShareOfSmallMedium
        regionalActive
      }
      payments {
        invoicesPaid
        averageDelayDays
        medianDelayDays
        lateInvoices
        lateShare
        rateUnknownInvoices
        lateInterestOwed {
          amount
          currency
        }
        indemnitiesOwed {
          amount
          currency
        }
        lateInterestPaid {
          amount
          currency
        }
      }
      survey {
        campaignTitle
        responses
        satisfactionRate
        nps
        responseRate
      }
      declarations {
        total
        flagged
        byKind {
          key
          count
        }
        byStatus {
          key
          count
        }
        byFlag {
          key
          count
        }
      }
      contracts {
        total
        socialShare
        environmentalShare
        lowCarbonShare
        socialUnknown
        environmentalUnknown
        lowCarbonUnknown
      }
    }
  }
`);

/** The figures the trend charts draw, for each year of a range. */
export const IndicatorsTrendQuery = graphql(`
  query IndicatorsTrend($from: Int!, $to: Int!) {
    spaserReports(from: $from, to: $to) {
      year
      suppliers {
        smallMediumShare
        regionalShareOfSmallMedium
      }
      payments {
        averageDelayDays
        medianDelayDays
      }
      survey {
        satisfactionRate
        responseRate
      }
      contracts {
        socialShare
        environmentalShare
        lowCarbonShare
      }
    }
  }
`);
