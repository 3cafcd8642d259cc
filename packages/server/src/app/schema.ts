import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { InvoiceResolver } from '../modules/invoice/invoice.resolver.js';
import { SurveyResolver } from '../modules/survey/survey.resolver.js';
import { ReportResolver } from '../modules/report/report.resolver.js';
import { DeclarationAttachmentResolver } from '../modules/ethics/declaration-attachment.resolver.js';
import { EthicsResolver } from '../modules/ethics/ethics.resolver.js';
import { ViewerResolver } from '../modules/identity/viewer.resolver.js';
import { OutboxResolver } from '../modules/notification/outbox.resolver.js';
import { SupplierResolver } from '../modules/supplier/supplier.resolver.js';
import { authChecker } from '../shared/auth.js';

export const resolvers = [ViewerResolver, SupplierResolver, OutboxResolver, InvoiceResolver, SurveyResolver, EthicsResolver, DeclarationAttachmentResolver, ReportResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
}
