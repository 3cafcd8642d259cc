import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Money } from '../../shared/money.types.js';

@ObjectType('SupplierMix', { description: 'Active suppliers of the year (a contract running or an invoice paid) and their mix.' })
export class SupplierMixNode {
  @Field(() => Int, { description: 'Active suppliers.' })
  total!: number;

  @Field(() => Int, { description: 'Active suppliers whose size is known.' })
  knownSize!: number;

  @Field(() => Int, { description: 'Active suppliers whose size is unknown (counted apart from the shares).' })
  unknownSize!: number;

  @Field(() => Int, { description: 'Active TPE/PME (MICRO and SMALL_MEDIUM).' })
  smallMedium!: number;

  @Field(() => Float, { nullable: true, description: 'TPE/PME among the active suppliers of known size (0–1).' })
  smallMediumShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Regional suppliers among the active TPE/PME whose department is known (0–1).' })
  regionalShareOfSmallMedium!: number | null;

  @Field(() => Int, { description: 'Active regional suppliers of any size.' })
  regionalActive!: number;
}

@ObjectType('PaymentFigures', { description: 'Invoices whose payment was issued in the year (their stored payment facts).' })
export class PaymentFiguresNode {
  @Field(() => Int, { description: 'Invoices paid.' })
  invoicesPaid!: number;

  @Field(() => Float, { nullable: true, description: 'Average observed delay from receipt to payment issue, suspensions excluded (days, one decimal).' })
  averageDelayDays!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median observed delay (days).' })
  medianDelayDays!: number | null;

  @Field(() => Int, { description: 'Invoices paid late (legal days late above 0).' })
  lateInvoices!: number;

  @Field(() => Float, { nullable: true, description: 'Share of the invoices paid late (0–1).' })
  lateShare!: number | null;

  @Field(() => Money, { nullable: true, description: 'Late interest owed on those invoices.' })
  lateInterestOwed!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Fixed recovery indemnities owed (40 € per late invoice).' })
  indemnitiesOwed!: Money | null;

  @Field(() => Money, { description: 'Late interest paid during the year.' })
  lateInterestPaid!: Money;

  @Field(() => Int, { description: 'Paid invoices whose interest is unknown (rate not yet recorded).' })
  rateUnknownInvoices!: number;
}

@ObjectType('SurveyFigures', { description: "The year's satisfaction campaign (the last closed one, else the open one)." })
export class SurveyFiguresNode {
  @Field(() => String, { nullable: true, description: "Campaign title; null when the year had none." })
  campaignTitle!: string | null;

  @Field(() => Int, { nullable: true, description: 'Responses.' })
  responses!: number | null;

  @Field(() => Float, { nullable: true, description: 'Satisfied (4 or 5 of 5) among those who answered the headline question (0–1).' })
  satisfactionRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'Net promoter score (−100 to 100).' })
  nps!: number | null;

  @Field(() => Float, { nullable: true, description: 'Responses per supplier invited (0–1).' })
  responseRate!: number | null;
}

@ObjectType('KeyCount', { description: 'A count for one value (a kind, a status, a flag).' })
export class KeyCountNode {
  @Field(() => String, { description: 'The value (enum name).' })
  key!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('DeclarationFigures', { description: 'Declarations submitted in the year (Paris time).' })
export class DeclarationFiguresNode {
  @Field(() => Int, { description: 'Declarations.' })
  total!: number;

  @Field(() => Int, { description: 'Declarations with at least one flag.' })
  flagged!: number;

  @Field(() => [KeyCountNode], { description: 'By kind (DeclarationKind).' })
  byKind!: KeyCountNode[];

  @Field(() => [KeyCountNode], { description: 'By current status (DeclarationStatus).' })
  byStatus!: KeyCountNode[];

  @Field(() => [KeyCountNode], { description: 'By flag (DeclarationFlag); a declaration may carry several.' })
  byFlag!: KeyCountNode[];
}

@ObjectType('ContractFigures', { description: 'Contracts running some day of the year, with their SPASER clause flags.' })
export class ContractFiguresNode {
  @Field(() => Int, { description: 'Contracts running.' })
  total!: number;

  @Field(() => Float, { nullable: true, description: 'With a social clause, among those whose flag is known (0–1).' })
  socialShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'With an environmental criterion, among those whose flag is known (0–1).' })
  environmentalShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'With low-carbon transport, among those whose flag is known (0–1).' })
  lowCarbonShare!: number | null;

  @Field(() => Int, { description: 'Social flag unknown.' })
  socialUnknown!: number;

  @Field(() => Int, { description: 'Environmental flag unknown.' })
  environmentalUnknown!: number;

  @Field(() => Int, { description: 'Low-carbon transport flag unknown.' })
  lowCarbonUnknown!: number;
}

@ObjectType('MediationFigures', { description: 'Disputes (médiation) suppliers opened in the year (Paris day of opening).' })
export class MediationFiguresNode {
  @Field(() => Int, { description: 'Disputes opened.' })
  opened!: number;

  @Field(() => Int, { description: 'Of those, resolved with an agreement.' })
  resolved!: number;

  @Field(() => Int, { description: 'Of those, closed by the mediator without an agreement.' })
  closedWithoutAgreement!: number;

  @Field(() => Int, { description: 'Of those, withdrawn by the supplier.' })
  withdrawn!: number;

  @Field(() => Int, { description: 'Of those, still open or under review.' })
  stillOpen!: number;

  @Field(() => Float, { nullable: true, description: 'Median calendar days from opening to closing, over those the mediator closed (with or without agreement); null when none.' })
  medianDaysToClose!: number | null;

  @Field(() => [KeyCountNode], { description: 'By subject (DisputeSubjectKind).' })
  bySubject!: KeyCountNode[];

  @Field(() => [KeyCountNode], { description: 'By current status (DisputeStatus).' })
  byStatus!: KeyCountNode[];
}

@ObjectType('SpaserReport', { description: 'The SPASER yearly indicators (SPEC §4), added up by the database.' })
export class SpaserReportNode {
  @Field(() => Int, { description: 'Calendar year.' })
  year!: number;

  @Field(() => SupplierMixNode, { description: 'Suppliers.' })
  suppliers!: SupplierMixNode;

  @Field(() => PaymentFiguresNode, { description: 'Payments.' })
  payments!: PaymentFiguresNode;

  @Field(() => SurveyFiguresNode, { description: 'Satisfaction survey.' })
  survey!: SurveyFiguresNode;

  @Field(() => DeclarationFiguresNode, { description: 'Ethics declarations.' })
  declarations!: DeclarationFiguresNode;

  @Field(() => ContractFiguresNode, { description: 'Contracts.' })
  contracts!: ContractFiguresNode;

  @Field(() => MediationFiguresNode, { description: 'Mediation: suppliers’ disputes (RFAR label).' })
  mediation!: MediationFiguresNode;

  @Field(() => String, { description: 'CSV download (French spreadsheet dialect), same session.' })
  csvUrl!: string;

  @Field(() => String, { description: 'JSON download (the CLI `report` shape), same session.' })
  jsonUrl!: string;
}
