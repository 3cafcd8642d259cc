import { paths } from '../../app/access';

/** Where a half-authenticated sign-in continues: the code, or the enrolment first. */
export function secondFactorPath(step: 'VERIFY' | 'ENROL'): string {
  return step === 'ENROL' ? paths.secondFactorSetup : paths.secondFactor;
}

/** What the pages pass on: the page that asked for sign-in, to land there at the end. */
export type SecondFactorState = { from?: string } | null;
