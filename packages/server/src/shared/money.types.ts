import { Field, ObjectType } from 'type-graphql';
import { centsToDecimal } from './money.js';

@ObjectType('Money', { description: 'An amount of money: a decimal string (never a float) and its currency.', simpleResolvers: true })
export class Money {
  @Field(() => String, { description: 'Decimal string with two decimals, e.g. "73.32".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code (EUR).' })
  currency!: string;
}

export const euros = (cents: bigint | number): Money => ({ amount: centsToDecimal(cents), currency: 'EUR' });
export const eurosOrNull = (cents: bigint | number | null | undefined): Money | null => (cents === null || cents === undefined ? null : euros(cents));
