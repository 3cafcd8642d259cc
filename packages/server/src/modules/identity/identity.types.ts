import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../shared/roles.js';
import { DateTime } from '../../shared/scalars.js';
import { SecondFactorStep } from './mfa.rule.js';
import { UserKind } from './user.entity.js';

registerEnumType(SecondFactorStep, {
  name: 'SecondFactorStep',
  description: 'What a half-authenticated session (right password, second factor due) still has to do.',
  valuesConfig: {
    VERIFY: { description: 'Give a code from the authenticator app, or a recovery code (verifySecondFactor).' },
    ENROL: { description: 'Set up an authenticator app first (startTotpEnrolment, then confirmTotpEnrolment).' },
  },
});


registerEnumType(UserKind, {
  name: 'UserKind',
  description: 'An agent of the Region, or a user of a supplier.',
  valuesConfig: { AGENT: { description: 'An agent of the Region.' }, SUPPLIER: { description: 'A user of one supplier.' } },
});

export enum Locale {
  FR = 'fr',
  EN = 'en',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: "The user's language for pages and e-mails.",
  valuesConfig: { FR: { description: 'Français (default).' }, EN: { description: 'English.' } },
});

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerNode {
  @Field(() => ID, { description: "The user's id." })
  id!: string;

  @Field(() => String, { description: 'E-mail address (the sign-in).' })
  email!: string;

  @Field(() => String, { description: 'Name shown in the app.' })
  displayName!: string;

  @Field(() => UserKind, { description: 'Agent of the Region or supplier user.' })
  kind!: UserKind;

  @Field(() => [Role], { description: 'What the user may do.' })
  roles!: Role[];

  @Field(() => Locale, { description: 'Preferred language.' })
  locale!: Locale;

  @Field(() => SecondFactorStep, {
    nullable: true,
    description: 'Null once fully signed in. Set only in the answer of a password sign-in that still needs the second factor: the session is then half-authenticated and only the MFA operations work.',
  })
  secondFactor?: SecondFactorStep | null;

  /** Not fields: resolve `supplier` (the fields when the session lookup brought them). */
  supplierId!: string | null;
  supplierFields?: import('../supplier/supplier.queries.js').SupplierFields | null;
}

@ObjectType('Invitation', { description: 'What an invitation link opens: shown before the invited person chooses a password.' })
export class InvitationNode {
  @Field(() => String, { description: 'The invited e-mail address.' })
  email!: string;

  @Field(() => String, { description: 'The name the inviter gave.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'The supplier the account belongs to.' })
  supplierName!: string | null;

  @Field(() => DateTime, { description: 'Until when the link works.' })
  expiresAt!: Date;
}
