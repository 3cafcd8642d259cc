import type { EntityManager, MikroORM } from '@mikro-orm/core';
import nodemailer, { type Transporter } from 'nodemailer';
import { describeError, logger } from '../../shared/logger.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';

const MAX_ATTEMPTS = 8;
/** 1 min, 2, 4 … capped at 1 h between attempts. */
const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Delivers the outbox: over SMTP when configured, otherwise into the development outbox (rows the
 * app shows to administrators, never sent). Runs after requests that enqueue mail (never blocking
 * them) and on a timer; each message is claimed by one atomic update, so several server instances
 * never send it twice.
 */
export class Mailer {
  private transport: Transporter | null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly options: { smtpUrl: string | null; from: string },
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  }

  get devOutbox(): boolean {
    return this.transport === null;
  }

  /** Starts a delivery round soon; rounds never overlap within this process. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.deliverPending())
      .then(() => undefined)
      .catch((error) => logger.error('mail delivery round failed', describeError(error)))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits for the current round (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Delivers what is due, most urgent first, in batches, until nothing is left (or `max`). */
  async deliverPending(now = new Date(), max = 2000): Promise<number> {
    const em = this.orm.em.fork();
    let delivered = 0;
    let seen = 0;
    while (seen < max) {
      const due = await em.find(
        OutboxMessage,
        { status: OutboxStatus.PENDING, nextAttemptAt: { $lte: now } },
        { orderBy: { priority: 'asc', createdAt: 'asc' }, limit: Math.min(50, max - seen) },
      );
      if (!due.length) break;
      for (const message of due) {
        seen++;
        const claimed = await em.nativeUpdate(OutboxMessage, { id: message.id, status: OutboxStatus.PENDING }, { status: OutboxStatus.SENDING });
        if (claimed !== 1) continue; // another instance took it
        if (await this.deliver(em, message)) delivered++;
      }
      em.clear();
    }
    return delivered;
  }

  private async deliver(em: EntityManager, message: OutboxMessage): Promise<boolean> {
    const attempts = message.attempts + 1;
    if (!this.transport) {
      await em.nativeUpdate(OutboxMessage, { id: message.id }, { status: OutboxStatus.DEV_OUTBOX, attempts, sentAt: new Date() });
      return true;
    }
    try {
      await this.transport.sendMail({ from: this.options.from, to: message.recipient, subject: message.subject, text: message.text });
      await em.nativeUpdate(OutboxMessage, { id: message.id }, { status: OutboxStatus.SENT, attempts, sentAt: new Date(), lastError: null });
      return true;
    } catch (error) {
      const failed = attempts >= MAX_ATTEMPTS;
      logger.warn('mail delivery failed', { messageId: message.id, attempts, ...describeError(error) });
      await em.nativeUpdate(
        OutboxMessage,
        { id: message.id },
        {
          status: failed ? OutboxStatus.FAILED : OutboxStatus.PENDING,
          attempts,
          nextAttemptAt: new Date(Date.now() + backoffMs(attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
        },
      );
      return false;
    }
  }

  close(): void {
    this.transport?.close();
  }
}
