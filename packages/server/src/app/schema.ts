import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ContractResolver } from '../modules/contract/contract.resolver.js';
import { InvoiceResolver } from '../modules/invoice/invoice.resolver.js';
import { SurveyResolver } from '../modules/survey/survey.resolver.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';
import { ReportResolver } from '../modules/report/report.resolver.js';
import { CharterFiguresResolver } from '../modules/ethics/charter-figures.resolver.js';
import { DeclarationFieldsResolver } from '../modules/ethics/declaration-fields.resolver.js';
import { EthicsResolver } from '../modules/ethics/ethics.resolver.js';
import { ViewerResolver } from '../modules/identity/viewer.resolver.js';
import { MfaResolver } from '../modules/identity/mfa.resolver.js';
import { AgentSsoResolver } from '../modules/identity/oidc.resolver.js';
import { MediationResolver } from '../modules/mediation/mediation.resolver.js';
import { OutboxResolver } from '../modules/notification/outbox.resolver.js';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import { SupplierResolver } from '../modules/supplier/supplier.resolver.js';
import { OnboardingResolver } from '../modules/onboarding/onboarding.resolver.js';
import { authChecker } from '../shared/auth.js';

export const resolvers = [ViewerResolver, MfaResolver, AgentSsoResolver, SupplierResolver, OutboxResolver, InvoiceResolver, ContractResolver, SurveyResolver, EthicsResolver, DeclarationFieldsResolver, CharterFiguresResolver, ReportResolver, ApiTokenResolver, OnboardingResolver, PrivacyResolver, MediationResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
}
