import { eurosOrNull } from '../../shared/money.types.js';
import type { Viewer } from '../../shared/viewer.js';
import { Role } from '../../shared/roles.js';
import type { User } from '../identity/user.entity.js';
import type { Consultation, Declaration, EthicsCharter, Meeting } from './ethics.entities.js';
import type { AgentRefNode, CharterNode, ConsultationNode, DeclarationNode, MeetingNode } from './ethics.types.js';

export const toAgentRef = (u: User): AgentRefNode => ({ id: u.id, displayName: u.displayName, direction: u.direction });

/** An anonymous report hides its author and supplier from everyone but its author. */
export function toDeclarationNode(d: Declaration, viewer: Viewer): DeclarationNode {
  const hidden = d.anonymous && d.author.id !== viewer.userId;
  return {
    id: d.id,
    kind: d.kind,
    status: d.status,
    anonymous: d.anonymous,
    supplierName: hidden ? null : d.supplier.legalName,
    supplierId: hidden ? null : d.supplier.id,
    authorName: hidden ? null : d.author.displayName,
    eventOn: d.eventOn,
    value: eurosOrNull(d.valueCents),
    beneficiaryAgent: d.beneficiaryAgent ? toAgentRef(d.beneficiaryAgent as User) : null,
    beneficiaryDepartment: d.beneficiaryDepartment,
    beneficiaryName: d.beneficiaryName,
    what: d.details.what ?? null,
    occasion: d.details.occasion ?? null,
    place: d.details.place ?? null,
    nature: d.details.nature ?? null,
    description: d.details.description ?? null,
    flags: d.flags,
    cap: eurosOrNull(d.capCents),
    runningTotal: eurosOrNull(d.runningTotalCents),
    flagConsultations: d.flagConsultations,
    amendsId: d.amends?.id ?? null,
    submittedAt: d.createdAt,
  };
}

export const toCharterNode = (c: EthicsCharter): CharterNode => ({ id: c.id, version: c.version, title: c.title, body: c.body, publishedAt: c.createdAt });

export const toConsultationNode = (c: Consultation): ConsultationNode => ({
  id: c.id, reference: c.reference, title: c.title, publishedOn: c.publishedOn, bidsDueOn: c.bidsDueOn, awardedOn: c.awardedOn, notifiedOn: c.notifiedOn,
  agents: c.agents.getItems().map((a) => toAgentRef(a as User)), candidateSupplierIds: c.candidates.getItems().map((s) => s.id),
});

export const toMeetingNode = (m: Meeting): MeetingNode => ({
  id: m.id, heldOn: m.heldOn, supplierName: m.supplier.legalName, supplierId: m.supplier.id, agents: m.agents.getItems().map((a) => toAgentRef(a as User)), topics: m.topics, response: m.response, remark: m.remark,
});

export const isOfficer = (v: Viewer) => v.roles.includes(Role.ETHICS_OFFICER);
