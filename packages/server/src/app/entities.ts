import { AuditEvent, AuditHead } from '../modules/audit/audit.entity.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { DeclarationAttachment } from '../modules/ethics/declaration-attachment.entity.js';
import { CharterAcceptance, Consultation, Declaration, DeclarationComment, EthicsCharter, EthicsThreshold, Meeting } from '../modules/ethics/ethics.entities.js';
import { Contract } from '../modules/contract/contract.entity.js';
import { OneTimeToken } from '../modules/identity/one-time-token.entity.js';
import { RateLimit } from '../modules/identity/rate-limit.entity.js';
import { Session } from '../modules/identity/session.entity.js';
import { RecoveryCode } from '../modules/identity/recovery-code.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { OutboxMessage } from '../modules/notification/outbox-message.entity.js';
import { ImportBatch } from '../modules/invoice/import-batch.entity.js';
import { InterestRate } from '../modules/invoice/interest-rate.entity.js';
import { InvoiceEvent } from '../modules/invoice/invoice-event.entity.js';
import { Invoice } from '../modules/invoice/invoice.entity.js';
import { Dispute, DisputeMessage } from '../modules/mediation/mediation.entities.js';
import { Supplier } from '../modules/supplier/supplier.entity.js';
import { AccessRequest } from '../modules/onboarding/access-request.entity.js';
import { SurveyCampaign, SurveyDraft, SurveyInvitation, SurveyLink, SurveyQuestion, SurveyResponse } from '../modules/survey/survey.entities.js';

/** Listed explicitly: the same list works under tsx, Vitest and compiled JavaScript. */
export const entities = [Supplier, User, Session, OneTimeToken, RateLimit, RecoveryCode, OutboxMessage, Contract, Invoice, InvoiceEvent, InterestRate, ImportBatch,
  SurveyCampaign, SurveyQuestion, SurveyInvitation, SurveyLink, SurveyDraft, SurveyResponse,
  AuditEvent, AuditHead,
  EthicsCharter, CharterAcceptance, EthicsThreshold, Consultation, Declaration, DeclarationComment, DeclarationAttachment, Meeting, ApiToken,
  Dispute, DisputeMessage, AccessRequest];
