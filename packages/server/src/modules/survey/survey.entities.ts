import { Entity, Enum, Filter, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { BaseEntity } from '../../shared/base.entity.js';
import { tenantFilter } from '../../shared/tenant.js';
import { User } from '../identity/user.entity.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { type Answers, QuestionType } from './survey-logic.js';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}

/** Who is invited: all suppliers, or those matching every criterion given. */
export interface Audience {
  sizes?: string[] | null;
  regional?: boolean | null;
  /** NAF code prefixes, e.g. "43" for specialised construction. */
  nafPrefixes?: string[] | null;
  /** Only suppliers with an invoice paid in the campaign's year. */
  paidInYear?: boolean | null;
}

/** A yearly satisfaction survey (SPEC §3), run by the survey team. */
@Entity({ tableName: 'survey_campaign' })
export class SurveyCampaign extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => CampaignStatus })
  status: CampaignStatus & Opt = CampaignStatus.DRAFT;

  @Property({ type: 'date' })
  opensOn!: string;

  @Property({ type: 'date' })
  closesOn!: string;

  @Property({ type: 'boolean' })
  anonymous: boolean & Opt = true;

  @Property({ type: 'text', nullable: true })
  introFr: string | null = null;

  @Property({ type: 'text', nullable: true })
  introEn: string | null = null;

  @Property({ type: 'json' })
  audience: Audience & Opt = {};

  /** Automatic reminders: at least this many days apart, at most this many. */
  @Property({ type: 'integer' })
  reminderGapDays: number & Opt = 7;

  @Property({ type: 'integer' })
  maxReminders: number & Opt = 2;

  @Property({ type: 'boolean' })
  autoRemind: boolean & Opt = true;

  @Property({ type: 'datetime', nullable: true })
  openedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}

export interface QuestionOption {
  value: string;
  labelFr: string;
  labelEn: string;
}

@Entity({ tableName: 'survey_question' })
@Index({ properties: ['campaign', 'position'] })
export class SurveyQuestion extends BaseEntity {
  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: Rel<SurveyCampaign>;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => QuestionType })
  type!: QuestionType;

  @Property({ type: 'text' })
  labelFr!: string;

  @Property({ type: 'text' })
  labelEn!: string;

  @Property({ type: 'boolean' })
  required: boolean & Opt = true;

  @Property({ type: 'json' })
  options: QuestionOption[] & Opt = [];

  @Property({ type: 'json', nullable: true })
  showIf: { questionId: string; anyOf: string[] } | null = null;

  /** The one satisfaction question the satisfaction rate is computed on. */
  @Property({ type: 'boolean' })
  headline: boolean & Opt = false;
}

/** One per supplier of the audience; answered says yes/no only (in an anonymous campaign, no time). */
@Entity({ tableName: 'survey_invitation' })
@Filter(tenantFilter('supplier'))
@Unique({ properties: ['campaign', 'supplier'] })
export class SurveyInvitation extends BaseEntity {
  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: Rel<SurveyCampaign>;

  @ManyToOne(() => Supplier, { deleteRule: 'cascade' })
  supplier!: Rel<Supplier>;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastRemindedAt: Date | null = null;

  @Property({ type: 'integer' })
  reminderCount: number & Opt = 0;

  @Property({ type: 'boolean' })
  answered: boolean & Opt = false;

  /** Identified campaigns only. */
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;
}

/** A secret link to answer without signing in (the e-mail holds it; here only its SHA-256). */
@Entity({ tableName: 'survey_link' })
export class SurveyLink extends BaseEntity {
  @ManyToOne(() => SurveyInvitation, { deleteRule: 'cascade' })
  invitation!: Rel<SurveyInvitation>;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;
}

/** Answers saved as the supplier types, kept apart from responses and deleted at submission. */
@Entity({ tableName: 'survey_draft' })
@Filter(tenantFilter('supplier'))
@Unique({ properties: ['campaign', 'supplier'] })
export class SurveyDraft extends BaseEntity {
  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: Rel<SurveyCampaign>;

  @ManyToOne(() => Supplier, { deleteRule: 'cascade' })
  supplier!: Rel<Supplier>;

  @Property({ type: 'json' })
  answers: Answers & Opt = {};
}

/**
 * A submitted response. In an anonymous campaign nothing leads back to the supplier: a random id,
 * no supplier, no respondent, no invitation, and no time finer than the day (no created_at either).
 * The tenant filter shows a supplier only its own identified responses.
 */
@Entity({ tableName: 'survey_response' })
@Filter(tenantFilter('supplier'))
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: Rel<SurveyCampaign>;

  @Property({ type: 'date' })
  submittedOn!: string;

  /** Segment snapshot: only dimensions whose audience group has at least 5 members (anonymous). */
  @Property({ type: 'string', length: 20, nullable: true })
  sizeCategory: string | null = null;

  @Property({ type: 'boolean', nullable: true })
  isRegional: boolean | null = null;

  @Property({ type: 'json' })
  answers!: Answers;

  /** Identified campaigns only. */
  @ManyToOne(() => Supplier, { nullable: true, deleteRule: 'cascade' })
  supplier: Rel<Supplier> | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  respondent: Rel<User> | null = null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;
}
