import { IsIn, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/money.types.js';
import { Connection } from '../../shared/pagination.js';
import { LocalDate } from '../../shared/scalars.js';
import { IdentifierType } from '../supplier/supplier.entity.js';
import { ClauseFlag } from './contract.entity.js';

registerEnumType(ClauseFlag, {
  name: 'ClauseFlag',
  description: 'A SPASER indicator of a contract: present, absent, or not known (format 1.5 open data does not say).',
  valuesConfig: {
    YES: { description: 'Yes (e.g. « Clause sociale », « Critère environnemental », « Marché réservé »).' },
    NO: { description: 'No (« Pas de considération … »).' },
    UNKNOWN: { description: 'Not known.' },
  },
});

@ObjectType('ContractHolder', { description: 'A holder (co-contractor) of a contract: a supplier.' })
export class ContractHolderNode {
  @Field(() => ID, { description: "The supplier's opaque identifier." })
  supplierId!: string;

  @Field(() => String, { description: 'Legal name; « (à compléter) » for a supplier the DECP import created from an identifier alone.' })
  legalName!: string;

  @Field(() => IdentifierType, { description: 'Which identifier the supplier is known by.' })
  identifierType!: IdentifierType;

  @Field(() => String, { nullable: true, description: 'The SIRET, or the intra-EU VAT number; null outside the EU.' })
  identifier!: string | null;
}

@ObjectType('Contract', { description: 'A public contract (marché), as the national open data (DECP) describes it, with its SPASER clause flags.' })
export class ContractNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: 'The contract id (`id` in DECP); finance files cite it as `reference_marche`.' })
  reference!: string;

  @Field(() => String, { description: 'Object of the contract (`objet`).' })
  title!: string;

  @Field(() => String, { description: "The buyer organisation's identifier (its SIRET, `acheteur.id`)." })
  buyerId!: string;

  @Field(() => String, { nullable: true, description: "The buyer organisation's name, when the file gives it." })
  buyerName!: string | null;

  @Field(() => String, { nullable: true, description: 'Nature (Marché, Marché de partenariat, Marché de défense ou de sécurité…).' })
  nature!: string | null;

  @Field(() => String, { nullable: true, description: "Award procedure (Procédure adaptée, Appel d'offres ouvert…)." })
  procedure!: string | null;

  @Field(() => String, { nullable: true, description: 'Main CPV code (common procurement vocabulary).' })
  cpvCode!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Notification date.' })
  notifiedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Start: the notification date.' })
  startOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'End: start + duration in months; null when unknown.' })
  endOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Current duration in months (after modifications).' })
  durationMonths!: number | null;

  @Field(() => Money, { nullable: true, description: 'Current amount excluding tax (after modifications).' })
  amount!: Money | null;

  @Field(() => Money, { nullable: true, description: 'The amount notified, before any modification.' })
  initialAmount!: Money | null;

  @Field(() => LocalDate, { nullable: true, description: 'Notification date of the latest modification, if any.' })
  modifiedOn!: string | null;

  @Field(() => Int, { description: 'Payment delay in days (30 unless the contract sets less).' })
  paymentDelayDays!: number;

  @Field(() => Boolean, { description: 'A works contract (CPV division 45 or the works CCAG).' })
  isWorks!: boolean;

  @Field(() => ClauseFlag, { description: 'Social consideration (clause, criterion or reserved contract).' })
  socialClause!: ClauseFlag;

  @Field(() => ClauseFlag, { description: 'Environmental consideration (clause or criterion).' })
  environmentalClause!: ClauseFlag;

  @Field(() => ClauseFlag, { description: 'Low-carbon transport, where a buyer records it (the open data does not carry it).' })
  lowCarbonTransport!: ClauseFlag;

  @Field(() => Boolean, { description: 'Whether the file declared subcontracting acts (kept as given).' })
  hasSubcontracting!: boolean;

  @Field(() => [ContractHolderNode], { description: 'The holders (co-contractors), by name; a supplier sees its co-holders too (public data).' })
  holders!: ContractHolderNode[];
}

export const ContractConnection = Connection(ContractNode, 'Contract');

@InputType({ description: 'Filters for the contract list.' })
export class ContractFilter {
  @Field(() => String, { nullable: true, description: 'Part of the reference or of the object.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only the contracts this supplier holds.' })
  @IsOptional()
  supplierId?: string;

  @Field(() => String, { nullable: true, description: "Only this buyer's contracts (its SIRET)." })
  @IsOptional()
  @Length(1, 20)
  buyerId?: string;

  @Field(() => Int, { nullable: true, description: 'Only the contracts running some day of this year (as the yearly report counts them).' })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  runningIn?: number;

  @Field(() => ClauseFlag, { nullable: true, description: 'Only this social clause flag.' })
  @IsOptional()
  @IsIn(Object.values(ClauseFlag))
  socialClause?: ClauseFlag;

  @Field(() => ClauseFlag, { nullable: true, description: 'Only this environmental clause flag.' })
  @IsOptional()
  @IsIn(Object.values(ClauseFlag))
  environmentalClause?: ClauseFlag;
}

@ObjectType('ContractImportRejection', { description: 'A DECP record that was not imported, and why.' })
export class ContractImportRejectionNode {
  @Field(() => String, { description: "The record's id in the file, or `#n` (its position) when it has none; `fichier` for the whole file." })
  record!: string;

  @Field(() => String, { description: 'Why (in French).' })
  reason!: string;
}

@ObjectType('ContractImportReport', { description: 'What a DECP import did (or would do, in a dry run). Counts are contracts.' })
export class ContractImportReportNode {
  @Field(() => Boolean, { description: 'A dry run: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Contracts created.' })
  created!: number;

  @Field(() => Int, { description: 'Contracts whose data changed (amount, duration, holders, clauses…).' })
  updated!: number;

  @Field(() => Int, { description: 'Contracts already known exactly so.' })
  unchanged!: number;

  @Field(() => Int, { description: "Records left aside on purpose: another buyer than the Region's (DECP_BUYER_IDS), concessions." })
  skipped!: number;

  @Field(() => Int, { description: 'Holders unknown until now, created as suppliers to complete.' })
  suppliersCreated!: number;

  @Field(() => [ContractImportRejectionNode], { description: 'Records not imported, in file order.' })
  rejected!: ContractImportRejectionNode[];
}
