import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isLocalDate } from '../../shared/calendar.js';
import { badInput, DomainError } from '../../shared/errors.js';
import { parseEuroAmount } from '../../shared/money.js';
import type { Viewer } from '../../shared/viewer.js';
import { audit } from '../audit/audit.service.js';
import { User } from '../identity/user.entity.js';
import { BULK, enqueueMails } from '../notification/outbox.service.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { CharterAcceptance, EthicsCharter, EthicsThreshold } from './ethics.entities.js';

/** The charter: versions published by the ethics officer, accepted by each supplier; and the gift cap. */
export async function currentCharter(em: EntityManager): Promise<EthicsCharter | null> {
  return em.findOne(EthicsCharter, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
}

export async function publishCharter(em: EntityManager, viewer: Viewer, title: string, body: string, publicUrl: string): Promise<EthicsCharter> {
  if (!title.trim() || title.length > 200) throw badInput('Titre obligatoire (200 caractères au plus).', { field: 'title' });
  if (!body.trim() || body.length > 100_000) throw badInput('Le texte de la charte est obligatoire.', { field: 'body' });
  return em.transactional(async (tx) => {
    const previous = await currentCharter(tx);
    const charter = tx.create(EthicsCharter, { version: (previous?.version ?? 0) + 1, title: title.trim(), body, publishedBy: viewer.userId });
    await tx.persistAndFlush(charter);
    await audit(tx, { actor: viewer.userId, action: 'charter.publish', entityType: 'ethics_charter', entityId: charter.id, before: previous ? { version: previous.version } : null, after: { version: charter.version, title: charter.title } });
    // Every supplier is asked again (SPEC §5c): its contact address, as bulk mail.
    const knex = (tx as SqlEntityManager).getTransactionContext() ?? (tx as SqlEntityManager).getKnex();
    const contacts = (await knex('supplier').whereNotNull('contact_email').select('contact_email')) as { contact_email: string }[];
    await enqueueMails(
      knex,
      contacts.map((c) => ({
        idempotencyKey: `charter:${charter.version}:${c.contact_email}`,
        to: c.contact_email,
        subject: `Charte de déontologie des fournisseurs : version ${charter.version} à accepter`,
        text: `Bonjour,\n\nLa Région a publié la version ${charter.version} de sa charte de déontologie des fournisseurs (« ${charter.title} »).\nLisez-la et acceptez-la dans votre espace fournisseurs, rubrique Déontologie : ${publicUrl}/deontologie\n\n---\nThe Region published version ${charter.version} of its supplier ethics charter: please read and accept it in your supplier space.`,
      })),
      BULK,
    );
    return charter;
  });
}

export async function acceptCharter(em: EntityManager, viewer: Viewer, version: number): Promise<CharterAcceptance> {
  return em.transactional(async (tx) => {
    const current = await currentCharter(tx);
    if (!current || current.version !== version) throw new DomainError('CONFLICT', "Cette version de la charte n'est plus la version en vigueur : relisez la nouvelle.");
    const existing = await tx.findOne(CharterAcceptance, { charter: current, supplier: viewer.supplierId! }, { populate: ['user'] });
    if (existing) return existing;
    const acceptance = tx.create(CharterAcceptance, { charter: current, supplier: tx.getReference(Supplier, viewer.supplierId!), user: tx.getReference(User, viewer.userId) });
    await tx.persistAndFlush(acceptance);
    await audit(tx, { actor: viewer.userId, action: 'charter.accept', entityType: 'charter_acceptance', entityId: acceptance.id, after: { version, supplierId: viewer.supplierId } });
    return acceptance;
  });
}

/** The supplier's acceptances, newest version first (through the tenant filter). */
export async function acceptancesOf(em: EntityManager, supplierId: string): Promise<CharterAcceptance[]> {
  return em.find(CharterAcceptance, { supplier: supplierId }, { populate: ['charter', 'user'], orderBy: { createdAt: 'desc' } });
}

export async function thresholds(em: EntityManager): Promise<EthicsThreshold[]> {
  return em.find(EthicsThreshold, {}, { orderBy: { effectiveFrom: 'desc' } });
}

/** A new cap from a date on; declarations already filed keep the flags of their day. */
export async function setGiftCap(em: EntityManager, viewer: Viewer, amount: string, effectiveFrom: string): Promise<EthicsThreshold> {
  const cents = parseEuroAmount(amount);
  if (cents === null || cents < 0n) throw badInput(`Montant invalide : ${amount}`, { field: 'amount' });
  if (!isLocalDate(effectiveFrom)) throw badInput(`Date invalide : ${effectiveFrom}`, { field: 'effectiveFrom' });
  return em.transactional(async (tx) => {
    let t = await tx.findOne(EthicsThreshold, { effectiveFrom });
    const before = t ? { valueCents: t.valueCents } : null;
    if (t) t.valueCents = Number(cents);
    else tx.persist((t = tx.create(EthicsThreshold, { valueCents: Number(cents), effectiveFrom, setBy: viewer.userId })));
    await tx.flush();
    await audit(tx, { actor: viewer.userId, action: 'ethics.threshold.set', entityType: 'ethics_threshold', entityId: effectiveFrom, before, after: { valueCents: Number(cents), effectiveFrom } });
    return t;
  });
}
