import { IsIn, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/money.types.js';
import { Connection } from '../../shared/pagination.js';
import { DateTime, LocalDate } from '../../shared/scalars.js';
import { DeclarationFlag, DeclarationKind } from './ethics-rules.js';
import { DeclarationStatus, MeetingResponse } from './ethics.entities.js';

registerEnumType(DeclarationKind, {
  name: 'DeclarationKind',
  description: 'What a supplier declares.',
  valuesConfig: {
    GIFT: { description: 'A gift to an agent or a department.' },
    INVITATION: { description: 'A meal, event or trip offered.' },
    CONFLICT_OF_INTEREST: { description: 'A conflict of interest with an agent or a department.' },
    ANTI_COMPETITIVE_PRACTICE: { description: 'A whistleblower report of price fixing or market sharing: seen by its author and the ethics officer only.' },
  },
});
registerEnumType(DeclarationFlag, {
  name: 'DeclarationFlag',
  description: 'What the rules noticed (never blocking).',
  valuesConfig: {
    OVER_YEARLY_CAP: { description: 'Gifts and invitations to this beneficiary this year add up above the cap.' },
    DURING_QUIET_PERIOD: { description: 'Dated while a consultation the supplier takes part in is open.' },
    PRIORITY_REVIEW: { description: 'A conflict touching an agent of an open consultation the supplier takes part in.' },
  },
});
registerEnumType(DeclarationStatus, {
  name: 'DeclarationStatus',
  description: 'Where a declaration stands in its review.',
  valuesConfig: {
    SUBMITTED: { description: 'Déposée: filed by the supplier, not reviewed yet.' },
    UNDER_REVIEW: { description: "En cours d'examen: the ethics officer is looking into it." },
    ACKNOWLEDGED: { description: 'Prise en compte: taken into account by the ethics officer.' },
    ACTION_REQUIRED: { description: 'Action requise: the supplier has to act, as the comment says.' },
    REFUSED: { description: 'Refusée: refused, the comment says why.' },
    CLOSED: { description: 'Close: the review is over (final).' },
  },
});
registerEnumType(MeetingResponse, {
  name: 'MeetingResponse',
  description: "The supplier's answer to a meeting's written topics.",
  valuesConfig: {
    PENDING: { description: 'The supplier has not answered yet.' },
    CONFIRMED: { description: 'The supplier confirmed the written topics (a remark may come with it).' },
    REMARKED: { description: 'The supplier did not confirm and wrote a remark.' },
  },
});

@ObjectType('AgentRef', { description: 'An agent of the directory: name and direction only.' })
export class AgentRefNode {
  @Field(() => ID, { description: 'Agent id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Direction (department).' })
  direction!: string | null;
}

@ObjectType('DeclarationComment', { description: 'A step of the review, which the supplier reads.' })
export class CommentNode {
  @Field(() => String, { description: 'Who wrote it.' })
  authorName!: string;

  @Field(() => String, { description: 'The comment.' })
  body!: string;

  @Field(() => DeclarationStatus, { nullable: true, description: 'Status before.' })
  statusFrom!: DeclarationStatus | null;

  @Field(() => DeclarationStatus, { nullable: true, description: 'Status after.' })
  statusTo!: DeclarationStatus | null;

  @Field(() => DateTime, { description: 'When.' })
  createdAt!: Date;
}

@ObjectType('Declaration', { description: 'An ethics declaration, never edited after submission (corrections are amendments).' })
export class DeclarationNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => DeclarationKind, { description: 'Kind.' })
  kind!: DeclarationKind;

  @Field(() => DeclarationStatus, { description: 'Review status.' })
  status!: DeclarationStatus;

  @Field(() => Boolean, { description: 'Anonymous report: author and supplier hidden from the officer.' })
  anonymous!: boolean;

  @Field(() => String, { nullable: true, description: 'The supplier (hidden for an anonymous report).' })
  supplierName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The supplier id (hidden for an anonymous report).' })
  supplierId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who filed it (hidden for an anonymous report).' })
  authorName!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the gift or invitation; start of the conflict.' })
  eventOn!: string | null;

  @Field(() => Money, { nullable: true, description: 'Estimated value, incl. tax.' })
  value!: Money | null;

  @Field(() => AgentRefNode, { nullable: true, description: 'Beneficiary or agent concerned, from the directory.' })
  beneficiaryAgent!: AgentRefNode | null;

  @Field(() => String, { nullable: true, description: 'Beneficiary department.' })
  beneficiaryDepartment!: string | null;

  @Field(() => String, { nullable: true, description: 'Beneficiary typed in (not in the directory).' })
  beneficiaryName!: string | null;

  @Field(() => String, { nullable: true, description: 'What (gift, meal, event…).' })
  what!: string | null;

  @Field(() => String, { nullable: true, description: 'Occasion (gifts).' })
  occasion!: string | null;

  @Field(() => String, { nullable: true, description: 'Place (invitations).' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Nature of a conflict: FAMILY, FINANCIAL, FORMER_EMPLOYMENT, OTHER.' })
  nature!: string | null;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description!: string | null;

  @Field(() => [DeclarationFlag], { description: 'Flags computed at submission, kept as they were.' })
  flags!: DeclarationFlag[];

  @Field(() => Money, { nullable: true, description: 'The yearly cap in force on its date.' })
  cap!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Gifts and invitations to this beneficiary this year, this one included.' })
  runningTotal!: Money | null;

  @Field(() => [String], { description: 'Consultations behind a quiet-period or priority flag.' })
  flagConsultations!: string[];

  @Field(() => ID, { nullable: true, description: 'The declaration this one corrects.' })
  amendsId!: string | null;

  @Field(() => DateTime, { description: 'Submitted at.' })
  submittedAt!: Date;
}

export const DeclarationConnection = Connection(DeclarationNode, 'Declaration');

@InputType('DeclarationInput', { description: 'A declaration being filled in or filed.' })
export class DeclarationInputType {
  @Field(() => DeclarationKind, { description: 'Kind.' })
  kind!: DeclarationKind;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the gift or invitation; start of the conflict.' })
  @IsOptional()
  eventOn?: string;

  @Field(() => String, { nullable: true, description: 'Estimated value in euros, e.g. "45,00".' })
  @IsOptional()
  @Length(0, 20)
  value?: string;

  @Field(() => ID, { nullable: true, description: 'Beneficiary from the directory (agentDirectory).' })
  @IsOptional()
  beneficiaryAgentId?: string;

  @Field(() => String, { nullable: true, description: 'Beneficiary department.' })
  @IsOptional()
  @Length(0, 200)
  beneficiaryDepartment?: string;

  @Field(() => String, { nullable: true, description: 'Beneficiary typed in when not in the directory.' })
  @IsOptional()
  @Length(0, 200)
  beneficiaryName?: string;

  @Field(() => String, { nullable: true, description: 'What.' })
  @IsOptional()
  @Length(0, 200)
  what?: string;

  @Field(() => String, { nullable: true, description: 'Occasion (gifts).' })
  @IsOptional()
  @Length(0, 200)
  occasion?: string;

  @Field(() => String, { nullable: true, description: 'Place (invitations).' })
  @IsOptional()
  @Length(0, 200)
  place?: string;

  @Field(() => String, { nullable: true, description: 'FAMILY, FINANCIAL, FORMER_EMPLOYMENT or OTHER (conflicts).' })
  @IsOptional()
  @IsIn(['FAMILY', 'FINANCIAL', 'FORMER_EMPLOYMENT', 'OTHER'])
  nature?: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  @IsOptional()
  @Length(0, 5000)
  description?: string;

  @Field(() => Boolean, { nullable: true, description: 'File a report anonymously (reports only).' })
  @IsOptional()
  anonymous?: boolean;

  @Field(() => ID, { nullable: true, description: 'The declaration this one corrects.' })
  @IsOptional()
  amendsId?: string;

  @Field(() => [ID], { nullable: true, description: 'Files sent first to POST /uploads: at most 5, 5 MB each, PDF, PNG or JPEG (filing only).' })
  @IsOptional()
  attachmentUploadIds?: string[];
}

@ObjectType('FieldProblem', { description: 'A field to fix.' })
export class FieldProblemNode {
  @Field(() => String, { description: 'Field.' })
  field!: string;

  @Field(() => String, { description: 'Why (French).' })
  problem!: string;
}

@ObjectType('DeclarationCheck', { description: 'The rules on a form being filled in: shown live, never blocking.' })
export class DeclarationCheckNode {
  @Field(() => [FieldProblemNode], { description: 'Fields still to fill or fix.' })
  problems!: FieldProblemNode[];

  @Field(() => [DeclarationFlag], { description: 'Flags it would get.' })
  flags!: DeclarationFlag[];

  @Field(() => Money, { nullable: true, description: 'The cap in force on its date.' })
  cap!: Money | null;

  @Field(() => Money, { nullable: true, description: 'The running total this year, this one included.' })
  runningTotal!: Money | null;

  @Field(() => [String], { description: 'Consultations concerned.' })
  consultations!: string[];
}

@InputType('DeclarationFilter', { description: 'Filters for declarations.' })
export class DeclarationFilterType {
  @Field(() => DeclarationKind, { nullable: true, description: 'Kind.' })
  @IsOptional()
  kind?: DeclarationKind;

  @Field(() => DeclarationStatus, { nullable: true, description: 'Status.' })
  @IsOptional()
  status?: DeclarationStatus;

  @Field(() => Boolean, { nullable: true, description: 'Only flagged (true) or unflagged (false).' })
  @IsOptional()
  flagged?: boolean;

  @Field(() => DeclarationFlag, { nullable: true, description: 'Only those carrying this flag.' })
  @IsOptional()
  flag?: DeclarationFlag;

  @Field(() => LocalDate, { nullable: true, description: 'Submitted before this day (age).' })
  @IsOptional()
  submittedBefore?: string;

  @Field(() => ID, { nullable: true, description: 'Only this supplier (agents).' })
  @IsOptional()
  supplierId?: string;
}

@ObjectType('EthicsCharter', { description: 'A version of the ethics charter.' })
export class CharterNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => Int, { description: 'Version number.' })
  version!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Text (Markdown, French).' })
  body!: string;

  @Field(() => DateTime, { description: 'Published at.' })
  publishedAt!: Date;
}

@ObjectType('CharterAcceptance', { description: 'A supplier accepted a version.' })
export class AcceptanceNode {
  @Field(() => Int, { description: 'Version.' })
  version!: number;

  @Field(() => String, { description: 'Who accepted.' })
  userName!: string;

  @Field(() => DateTime, { description: 'When.' })
  acceptedAt!: Date;
}

@ObjectType('CharterStatus', { description: "Where the viewer's supplier stands with the charter." })
export class CharterStatusNode {
  @Field(() => CharterNode, { nullable: true, description: 'The version in force.' })
  current!: CharterNode | null;

  @Field(() => Boolean, { description: 'Whether the supplier accepted the version in force.' })
  accepted!: boolean;

  @Field(() => [AcceptanceNode], { description: 'Acceptances, newest first.' })
  history!: AcceptanceNode[];
}

@ObjectType('GiftCap', { description: 'The yearly gift cap in force from a date.' })
export class ThresholdNode {
  @Field(() => Money, { description: 'Cap incl. tax, per company, beneficiary and year.' })
  value!: Money;

  @Field(() => LocalDate, { description: 'In force from.' })
  effectiveFrom!: string;
}

@ObjectType('Consultation', { description: 'A tender: its quiet period runs from publication to notification.' })
export class ConsultationNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: 'Reference.' })
  reference!: string;

  @Field(() => String, { description: 'Object.' })
  title!: string;

  @Field(() => LocalDate, { description: 'Published.' })
  publishedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Bids due.' })
  bidsDueOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Awarded.' })
  awardedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Notified (end of the quiet period).' })
  notifiedOn!: string | null;

  @Field(() => [AgentRefNode], { description: 'Agents involved.' })
  agents!: AgentRefNode[];

  @Field(() => [ID], { description: 'Candidate suppliers.' })
  candidateSupplierIds!: string[];
}

@InputType('ConsultationInput', { description: 'A consultation.' })
export class ConsultationInputType {
  @Field(() => String, { description: 'Reference.' })
  @Length(1, 60)
  reference!: string;

  @Field(() => String, { description: 'Object.' })
  @Length(1, 500)
  title!: string;

  @Field(() => LocalDate, { description: 'Published.' })
  publishedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Bids due.' })
  @IsOptional()
  bidsDueOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Awarded.' })
  @IsOptional()
  awardedOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Notified.' })
  @IsOptional()
  notifiedOn?: string;

  @Field(() => [ID], { description: 'Agents involved.' })
  agentIds!: string[];

  @Field(() => [ID], { description: 'Candidate suppliers.' })
  candidateSupplierIds!: string[];
}

@ObjectType('Meeting', { description: 'A meeting between agents and a supplier, with its written topics.' })
export class MeetingNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => LocalDate, { description: 'Held on.' })
  heldOn!: string;

  @Field(() => String, { description: 'Supplier.' })
  supplierName!: string;

  @Field(() => ID, { description: 'Supplier id.' })
  supplierId!: string;

  @Field(() => [AgentRefNode], { description: 'Agents present.' })
  agents!: AgentRefNode[];

  @Field(() => [String], { description: 'Topics discussed.' })
  topics!: string[];

  @Field(() => MeetingResponse, { description: "The supplier's answer." })
  response!: MeetingResponse;

  @Field(() => String, { nullable: true, description: "The supplier's remark." })
  remark!: string | null;
}

@InputType('MeetingInput', { description: 'A meeting to record.' })
export class MeetingInputType {
  @Field(() => ID, { description: 'Supplier.' })
  supplierId!: string;

  @Field(() => LocalDate, { description: 'Held on.' })
  heldOn!: string;

  @Field(() => [ID], { description: 'Agents present (the writer by default).' })
  agentIds!: string[];

  @Field(() => [String], { description: 'Topics discussed.' })
  topics!: string[];
}

export const ConsultationConnection = Connection(ConsultationNode, 'Consultation');
export const MeetingConnection = Connection(MeetingNode, 'Meeting');
