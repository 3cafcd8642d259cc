import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { openUpload } from '../../app/uploads.js';
import { parisDay } from '../../shared/calendar.js';
import { eurosOrNull, Money } from '../../shared/money.types.js';
import { byId } from '../../shared/loaders.js';
import { Role } from '../../shared/roles.js';
import { LocalDate } from '../../shared/scalars.js';
import { scopeFor } from '../../shared/tenant.js';
import { Contract } from '../contract/contract.entity.js';
import { toSupplierNode } from '../supplier/supplier.mapper.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { InterestRate } from './interest-rate.entity.js';
import { importInvoices } from './invoice-import.js';
import { InterestReview } from './invoice.entity.js';
import { getInvoice, listInvoices, paymentSummary, recordInterestPayment, reviewInterest, setInterestRate } from './invoice.service.js';
import {
  ContractRefNode,
  ImportReportNode,
  InterestRateNode,
  InvoiceConnection,
  InvoiceFilter,
  InvoiceNode,
  InvoiceOrder,
  PaymentDetailNode,
  PaymentSummaryNode,
  SupplierNode,
} from './invoice.types.js';
import { percent, toPaymentDetail } from './invoice.view.js';

const READERS = [Role.SUPPLIER_OWNER, Role.SUPPLIER_MEMBER, Role.FINANCE, Role.AUDITOR];
const today = () => parisDay(new Date());

@ArgsType()
class InvoicesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => InvoiceFilter, { nullable: true, description: 'Filters; none lists every invoice the viewer may see, rejected ones included.' })
  filter?: InvoiceFilter;

  @Field(() => InvoiceOrder, { nullable: true, description: 'Sort (default: invoice date, newest first).' })
  orderBy?: InvoiceOrder;
}

@Resolver(() => InvoiceNode)
export class InvoiceResolver {
  @Authorized(...READERS)
  @Query(() => InvoiceConnection, { description: "Invoices: a supplier user's own; all of them for FINANCE and AUDITOR." })
  invoices(@Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: Context) {
    return listInvoices(ctx.em, scopeFor(ctx.viewer)!, args, today());
  }

  @Authorized(...READERS)
  @Query(() => InvoiceNode, { description: "One invoice; another supplier's is NOT_FOUND." })
  invoice(@Arg('id', () => ID, { description: 'The invoice id (`Invoice.id`).' }) id: string, @Ctx() ctx: Context) {
    return getInvoice(ctx.em, scopeFor(ctx.viewer)!, id, today());
  }

  @Authorized(...READERS)
  @Query(() => PaymentSummaryNode, { description: "Where the invoices stand: the viewer's supplier's, or (agents) one supplier's or everyone's." })
  paymentSummary(@Arg('supplierId', () => ID, { nullable: true, description: 'Agents: one supplier.' }) supplierId: string | null, @Ctx() ctx: Context) {
    const scope = scopeFor(ctx.viewer)!;
    return paymentSummary(ctx.em, scope.internal && supplierId ? { supplierId } : scope, today());
  }

  @Authorized()
  @Query(() => [InterestRateNode], { description: 'ECB reference rates per half-year (a missing half-year is "rate unknown").' })
  async interestRates(@Ctx() ctx: Context): Promise<InterestRateNode[]> {
    const rows = await ctx.em.find(InterestRate, {}, { orderBy: { halfYearStart: 'desc' } });
    return rows.map((r) => ({ halfYearStart: r.halfYearStart, ecbRate: percent(r.ecbBasisPoints), toConfirm: r.toConfirm, updatedAt: r.updatedAt }));
  }

  @FieldResolver(() => PaymentDetailNode, { description: 'The payment clock step by step (as of today).' })
  payment(@Root() invoice: InvoiceNode): PaymentDetailNode {
    const row = { payment_delay_days: invoice.paymentDelayDays } as Parameters<typeof toPaymentDetail>[0];
    return toPaymentDetail(row, invoice.facts, today());
  }

  @FieldResolver(() => InterestReview, { description: "Finance's review of the computed interest." })
  interestReview(@Root() invoice: InvoiceNode) {
    return invoice.interestReview;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why finance contests the interest.' })
  interestReviewReason(@Root() invoice: InvoiceNode) {
    return invoice.interestReviewReason;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Interest and indemnity paid, when recorded.' })
  interestPaid(@Root() invoice: InvoiceNode) {
    return eurosOrNull(invoice.interestPaidCents);
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: 'When interest was paid.' })
  interestPaidOn(@Root() invoice: InvoiceNode) {
    return invoice.interestPaidOn;
  }

  @FieldResolver(() => ContractRefNode, { nullable: true, description: 'The contract, when known.' })
  async contract(@Root() invoice: InvoiceNode, @Ctx() ctx: Context): Promise<ContractRefNode | null> {
    if (!invoice.contractId) {
      return invoice.contractReference ? { reference: invoice.contractReference, title: null, paymentDelayDays: invoice.paymentDelayDays, isWorks: false } : null;
    }
    const c = await byId(ctx, ctx.em, Contract).load(invoice.contractId);
    return c ? { reference: c.reference, title: c.title, paymentDelayDays: c.paymentDelayDays, isWorks: c.isWorks } : null;
  }

  @FieldResolver(() => SupplierNode, { description: 'The supplier who issued it.' })
  async supplier(@Root() invoice: InvoiceNode, @Ctx() ctx: Context): Promise<SupplierNode> {
    const s = await byId(ctx, ctx.em, Supplier).load(invoice.supplierId);
    return toSupplierNode(s!);
  }

  @Authorized(Role.FINANCE)
  @Mutation(() => ImportReportNode, { description: 'Imports the invoice file uploaded to POST /uploads (dry run by default: nothing written).' })
  async importInvoices(
    @Arg('uploadId', () => ID, { description: 'The id returned by POST /uploads for the invoice file (CSV); only its uploader may use it.' }) uploadId: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'Only report what would happen, writing nothing (default true); false applies the import.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportReportNode> {
    const upload = openUpload(uploadId, ctx.viewer!.userId);
    const report = await importInvoices(ctx.em, upload.stream, { dryRun, fileName: upload.name, actor: ctx.viewer!.userId, today: today() });
    ctx.mailer.kick();
    return { dryRun, ...report };
  }

  @Authorized(Role.FINANCE)
  @Mutation(() => InvoiceNode, { description: 'Validates or contests the computed late interest (a contest needs a reason, shown to the supplier).' })
  async reviewInvoiceInterest(
    @Arg('invoiceId', () => ID, { description: 'The invoice whose interest is reviewed.' }) invoiceId: string,
    @Arg('decision', () => InterestReview, { description: 'VALIDATED or CONTESTED (PENDING puts the review back to not reviewed).' }) decision: InterestReview,
    @Arg('reason', () => String, { nullable: true, description: 'Why the interest is contested, shown to the supplier; required for CONTESTED (blank counts as missing), otherwise optional.' }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    await reviewInterest(ctx.em, ctx.viewer!.userId, invoiceId, decision, reason);
    return getInvoice(ctx.em, scopeFor(ctx.viewer)!, invoiceId, today());
  }

  @Authorized(Role.FINANCE)
  @Mutation(() => InvoiceNode, { description: 'Records the payment of the late interest and indemnity (amount in euros, e.g. "113.32").' })
  async recordInterestPayment(
    @Arg('invoiceId', () => ID, { description: 'The invoice whose late interest and indemnity were paid.' }) invoiceId: string,
    @Arg('amount', () => String, { description: 'Amount paid (interest + indemnity), euros as a decimal string, at most two decimals, not negative, e.g. "113.32" or "1 113,32".' }) amount: string,
    @Arg('paidOn', () => LocalDate, { description: 'Day of the payment (YYYY-MM-DD); not in the future.' }) paidOn: string,
    @Ctx() ctx: Context,
  ) {
    await recordInterestPayment(ctx.em, ctx.viewer!.userId, invoiceId, amount, paidOn, today());
    return getInvoice(ctx.em, scopeFor(ctx.viewer)!, invoiceId, today());
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => InterestRateNode, { description: "Sets a half-year's ECB rate (percent, e.g. \"2.15\"); affected invoices are recomputed." })
  async setInterestRate(
    @Arg('halfYearStart', () => LocalDate, { description: 'First day of the half-year: YYYY-01-01 or YYYY-07-01.' }) halfYearStart: string,
    @Arg('ecbRate', () => String, { description: 'ECB main refinancing rate, percent, up to two decimals (dot or comma, optional %), e.g. "2.15".' }) ecbRate: string,
    @Arg('toConfirm', () => Boolean, { defaultValue: false, description: 'The rate is provisional and still to be confirmed by finance (default false).' }) toConfirm: boolean,
    @Ctx() ctx: Context,
  ): Promise<InterestRateNode> {
    const r = await setInterestRate(ctx.em, ctx.viewer!.userId, halfYearStart, ecbRate, toConfirm, today());
    return { halfYearStart: r.halfYearStart, ecbRate: percent(r.ecbBasisPoints), toConfirm: r.toConfirm, updatedAt: r.updatedAt };
  }
}
