import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { DateTime } from '../../shared/scalars.js';
import { ImportRejectionNode } from '../invoice/invoice.types.js';
import { AccessRequestStatus } from './access-request.entity.js';

registerEnumType(AccessRequestStatus, {
  name: 'AccessRequestStatus',
  description: 'Where a request for access to a supplier space stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an administrator.' },
    APPROVED: { description: 'Accepted: the requester was invited.' },
    REFUSED: { description: 'Refused, with a reason e-mailed to the requester.' },
  },
});

@ObjectType('SupplierImportReport', { description: 'What a supplier file import did (or would do, in a dry run). Counts are suppliers.' })
export class SupplierImportReportNode {
  @Field(() => Boolean, { description: 'A dry run: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Suppliers created.' })
  created!: number;

  @Field(() => Int, { description: 'Known suppliers whose details changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Known suppliers the file left as they were.' })
  unchanged!: number;

  @Field(() => Int, { description: "Owner invitations e-mailed to new suppliers' contact addresses (an address that already has an account is not invited)." })
  invitations!: number;

  @Field(() => [ImportRejectionNode], { description: 'Lines not applied, in file order.' })
  rejected!: ImportRejectionNode[];
}

@InputType({ description: "A request for access to a supplier's space, from someone without an account." })
export class AccessRequestInputType {
  @Field(() => String, { description: "The requester's full name." })
  name!: string;

  @Field(() => String, { description: 'Where the invitation (or the answer) will be sent.' })
  email!: string;

  @Field(() => String, { description: 'The SIRET of the company (14 digits; spaces allowed); its Luhn key is checked.' })
  siret!: string;

  @Field(() => String, { description: "The requester's role in the company (manager, accountant…)." })
  roleInCompany!: string;

  @Field(() => String, { nullable: true, description: 'An optional message for the Region (2 000 characters at most).' })
  message?: string | null;
}

@ObjectType('AccessRequestReceipt', { description: 'The answer to a public access request: the same whether or not the SIRET is known.' })
export class AccessRequestReceiptNode {
  @Field(() => Boolean, { description: 'Always true: the request was recorded (or was already pending).' })
  recorded!: boolean;
}

@ObjectType('AccessRequest', { description: 'A request for access to a supplier space (administrators only).' })
export class AccessRequestNode {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => DateTime, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => String, { description: 'The SIRET asked for.' })
  siret!: string;

  @Field(() => String, { description: "The requester's name." })
  requesterName!: string;

  @Field(() => String, { description: "The requester's e-mail address." })
  email!: string;

  @Field(() => String, { description: "The requester's role in the company, as typed." })
  roleInCompany!: string;

  @Field(() => String, { nullable: true, description: "The requester's message." })
  message!: string | null;

  @Field(() => AccessRequestStatus, { description: 'Pending, approved or refused.' })
  status!: AccessRequestStatus;

  @Field(() => DateTime, { nullable: true, description: 'When it was approved or refused.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused (sent to the requester).' })
  refusalReason!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Once approved: whether the requester was invited as owner (true) or member (false).' })
  invitedAsOwner!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The legal name of the supplier with this SIRET; null when no supplier carries it yet.' })
  supplierName!: string | null;

  @Field(() => Boolean, { description: 'Whether that supplier already has an owner (approval then invites a member and tells the owners).' })
  supplierHasOwner!: boolean;
}

export const AccessRequestConnection = Connection(AccessRequestNode, 'AccessRequest');
