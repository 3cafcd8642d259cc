import { Field, Int, ObjectType } from 'type-graphql';
import { ViewerNode } from './identity.types.js';

@ObjectType('TotpEnrolment', { description: 'A new TOTP secret for the authenticator app (RFC 6238: SHA-1, 6 digits, 30 seconds), shown once.' })
export class TotpEnrolmentNode {
  @Field(() => String, { description: 'The secret in base32, to type into the app.' })
  secret!: string;

  @Field(() => String, { description: 'The otpauth:// URI (what a QR code would carry).' })
  uri!: string;
}

@ObjectType('TotpEnrolmentResult', { description: 'A confirmed enrolment: the session is complete and the recovery codes are shown once.' })
export class TotpEnrolmentResultNode {
  @Field(() => ViewerNode, { description: 'The signed-in agent.' })
  viewer!: ViewerNode;

  @Field(() => [String], { description: 'Ten one-time recovery codes (xxxxx-xxxxx), shown only now: each replaces a TOTP code once.' })
  recoveryCodes!: string[];
}

@ObjectType('SecondFactorResult', { description: 'The second factor was accepted: the session is complete.' })
export class SecondFactorResultNode {
  @Field(() => ViewerNode, { description: 'The signed-in agent.' })
  viewer!: ViewerNode;

  @Field(() => Int, { nullable: true, description: 'When a recovery code was used: how many unused ones remain; null for a TOTP code.' })
  recoveryCodesLeft!: number | null;
}
