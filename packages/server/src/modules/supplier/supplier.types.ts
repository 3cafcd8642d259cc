import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { DateTime } from '../../shared/scalars.js';
import { SizeCategory } from './size-category.js';
import { IdentifierType } from './supplier.entity.js';

registerEnumType(IdentifierType, {
  name: 'IdentifierType',
  description: "The kind of identifier a supplier is known by.",
  valuesConfig: {
    SIRET: { description: 'French establishment number (14 digits).' },
    VAT: { description: 'Intra-EU VAT number (suppliers established elsewhere in the EU).' },
    NONE: { description: 'No identifier (outside the EU).' },
  },
});

export enum SupplierUserStatus {
  ACTIVE = 'ACTIVE',
  INVITED = 'INVITED',
}
registerEnumType(SupplierUserStatus, {
  name: 'SupplierUserStatus',
  description: 'Whether a supplier user has set a password yet.',
  valuesConfig: {
    ACTIVE: { description: 'Has a password and can sign in.' },
    INVITED: { description: 'Invited by e-mail; has not chosen a password yet.' },
  },
});

@ObjectType('Address', { description: "A supplier's postal address." })
export class AddressNode {
  @Field(() => String, { nullable: true, description: 'Street and number.' })
  line!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (5 digits in France).' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Town.' })
  city!: string | null;
}

@ObjectType('Supplier', { description: 'A company the Region buys from: the tenant of the platform.' })
export class SupplierNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => IdentifierType, { description: 'Which identifier the supplier is known by.' })
  identifierType!: IdentifierType;

  @Field(() => String, { nullable: true, description: 'SIRET (14 digits) for French establishments.' })
  siret!: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN (the company, 9 digits), derived from the SIRET.' })
  siren!: string | null;

  @Field(() => String, { nullable: true, description: 'Intra-EU VAT number, for EU suppliers outside France.' })
  vatNumber!: string | null;

  @Field(() => String, { description: 'Legal name (raison sociale).' })
  legalName!: string;

  @Field(() => AddressNode, { description: 'Postal address.' })
  address!: AddressNode;

  @Field(() => String, { nullable: true, description: 'Département code (e.g. 45, 2A, 971).' })
  department!: string | null;

  @Field(() => Boolean, { description: 'Whether the département is in Centre-Val de Loire (18, 28, 36, 37, 41, 45).' })
  isRegional!: boolean;

  @Field(() => SizeCategory, { nullable: true, description: 'Size category (TPE, PME, ETI, GE), when known.' })
  sizeCategory!: SizeCategory | null;

  @Field(() => Int, { nullable: true, description: 'The year the size category refers to.' })
  sizeYear!: number | null;

  @Field(() => String, { nullable: true, description: 'Activity code (NAF/APE).' })
  nafCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The e-mail address the Region writes to.' })
  contactEmail!: string | null;
}

@ObjectType('SupplierUser', { description: "A person who signs in for a supplier." })
export class SupplierUserNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: 'E-mail address (the sign-in).' })
  email!: string;

  @Field(() => String, { description: 'Name shown to colleagues and to the Region.' })
  displayName!: string;

  @Field(() => Boolean, { description: "Whether this user manages the supplier's users (SUPPLIER_OWNER)." })
  isOwner!: boolean;

  @Field(() => SupplierUserStatus, { description: 'Active, or invited and not yet signed up.' })
  status!: SupplierUserStatus;

  @Field(() => DateTime, { description: 'When the account was created or the invitation sent.' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'The last successful sign-in.' })
  lastSignInAt!: Date | null;
}

export const SupplierConnection = Connection(SupplierNode, 'Supplier');

@InputType({ description: 'A colleague to invite to the supplier account.' })
export class InviteColleagueInput {
  @Field(() => String, { description: 'Their e-mail address: the invitation link goes there.' })
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @Length(3, 254)
  email!: string;

  @Field(() => String, { description: 'Their name, as colleagues will see it.' })
  @Length(1, 160, { message: 'Le nom doit compter de 1 à 160 caractères.' })
  displayName!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Make them an owner too (they may then invite and remove users).' })
  @IsOptional()
  owner!: boolean;
}

@InputType({ description: 'Filters for the supplier directory.' })
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Part of the legal name, or the start of a SIRET or SIREN.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only regional (true) or only other (false) suppliers.' })
  @IsOptional()
  isRegional?: boolean;

  @Field(() => SizeCategory, { nullable: true, description: 'Only this size category.' })
  @IsOptional()
  sizeCategory?: SizeCategory;
}
