import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** ECB main refinancing rate on the first day of a half-year (reference data, edited by ADMIN). */
@Entity({ tableName: 'interest_rate' })
export class InterestRate {
  /** 1 January or 1 July. */
  @PrimaryKey({ type: 'date' })
  halfYearStart!: string;

  /** 2.15 % is 215. */
  @Property({ type: 'integer' })
  ecbBasisPoints!: number;

  /** A value finance still has to confirm: figures resting on it are estimates. */
  @Property({ type: 'boolean' })
  toConfirm: boolean & Opt = false;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
