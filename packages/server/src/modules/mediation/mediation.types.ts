import { Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { DateTime, LocalDate } from '../../shared/scalars.js';
import { DisputeStatus, DisputeSubjectKind } from './mediation-rules.js';

registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Where a dispute (médiation) stands.',
  valuesConfig: {
    OPEN: { description: 'Ouverte: opened by the supplier, not taken up yet.' },
    UNDER_REVIEW: { description: "En cours d'examen: the mediator is looking into it." },
    RESOLVED: { description: 'Résolue: closed with an agreement (final).' },
    CLOSED_WITHOUT_AGREEMENT: { description: 'Close sans accord: closed by the mediator without an agreement (final).' },
    WITHDRAWN: { description: 'Retirée: withdrawn by the supplier (final).' },
  },
});
registerEnumType(DisputeSubjectKind, {
  name: 'DisputeSubjectKind',
  description: 'What a dispute is about: one of the supplier’s own records.',
  valuesConfig: {
    INVOICE: { description: 'One of its invoices (payment, delay, late interest).' },
    CONTRACT: { description: 'One of the contracts it holds.' },
    DECLARATION: { description: 'The outcome of one of its ethics declarations.' },
  },
});

@ObjectType('DisputeMessage', { description: 'One entry of a dispute’s thread: a message, a status change with its comment, or a mediator’s internal note.' })
export class DisputeMessageNode {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => String, { description: 'The text (may be empty for a status change without comment).' })
  body!: string;

  @Field(() => Boolean, { description: 'Written by a mediator (else by a user of the supplier).' })
  fromMediator!: boolean;

  @Field(() => String, { description: 'The author’s name.' })
  authorName!: string;

  @Field(() => Boolean, { description: 'A mediator’s internal note: never shown to the supplier (supplier users never receive one).' })
  internal!: boolean;

  @Field(() => DisputeStatus, { nullable: true, description: 'For a status change: the status before.' })
  statusFrom!: DisputeStatus | null;

  @Field(() => DisputeStatus, { nullable: true, description: 'For a status change: the status after.' })
  statusTo!: DisputeStatus | null;

  @Field(() => DateTime, { description: 'When it was written.' })
  createdAt!: Date;
}

@ObjectType('Dispute', { description: 'A dispute (médiation) a supplier opened about one of its invoices, contracts or declarations, answered by the Region’s mediator.' })
export class DisputeNode {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => String, { description: 'The subject line the supplier wrote.' })
  title!: string;

  @Field(() => DisputeSubjectKind, { description: 'What it is about.' })
  subjectKind!: DisputeSubjectKind;

  @Field(() => ID, { description: 'The id of the invoice, contract or declaration it is about.' })
  subjectId!: string;

  @Field(() => String, { description: 'The subject as it was when the dispute was opened: invoice number, contract reference and title, or declaration date.' })
  subjectLabel!: string;

  @Field(() => DisputeStatus, { description: 'Current status.' })
  status!: DisputeStatus;

  @Field(() => ID, { description: 'The supplier that opened it.' })
  supplierId!: string;

  @Field(() => String, { description: 'The supplier’s legal name.' })
  supplierName!: string;

  @Field(() => String, { description: 'The name of the supplier user who opened it.' })
  openedByName!: string;

  @Field(() => DateTime, { description: 'When it was opened.' })
  openedAt!: Date;

  @Field(() => LocalDate, { description: 'The day it was opened (Europe/Paris): the year the report counts it in.' })
  openedOn!: string;

  @Field(() => DateTime, { nullable: true, description: 'The mediator’s first answer (message or status change); null until then.' })
  firstAnswerAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was resolved, closed or withdrawn; null while open.' })
  closedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Calendar days from opening to closing; null while open.' })
  daysToClose!: number | null;

  @Field(() => DateTime, { description: 'The last message or status change.' })
  lastActivityAt!: Date;

  @Field(() => [DisputeMessageNode], { description: 'The thread, oldest first (a supplier never receives internal notes). Read it on one dispute, not across a list.' })
  messages?: DisputeMessageNode[];
}

export const DisputeConnection = Connection(DisputeNode, 'Dispute');

@InputType('DisputeFilter', { description: 'Filters on disputes; all optional, combined with AND.' })
export class DisputeFilterType {
  @Field(() => [DisputeStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: DisputeStatus[];

  @Field(() => DisputeSubjectKind, { nullable: true, description: 'About this kind of record.' })
  subjectKind?: DisputeSubjectKind;

  @Field(() => LocalDate, { nullable: true, description: 'Opened before this day (Europe/Paris): the older ones, to find those waiting long.' })
  openedBefore?: string;

  @Field(() => ID, { nullable: true, description: 'One supplier (mediators and auditors; for a supplier user another supplier matches nothing).' })
  supplierId?: string;
}

@InputType('OpenDisputeInput', { description: 'A new dispute about one of the supplier’s own records.' })
export class OpenDisputeInput {
  @Field(() => DisputeSubjectKind, { description: 'What it is about.' })
  subjectKind!: DisputeSubjectKind;

  @Field(() => ID, { description: 'The invoice’s, contract’s or declaration’s id: one of the supplier’s own, else NOT_FOUND.' })
  subjectId!: string;

  @Field(() => String, { description: 'Subject line, 1–200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => String, { description: 'The first message, 1–10 000 characters.' })
  @Length(1, 10_000)
  body!: string;
}

