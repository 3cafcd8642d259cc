/** Where a supplier stands with the charter in force, from `myCharterStatus`. */
export interface Acceptance {
  version: number;
  userName: string;
  acceptedAt: string;
}

export interface CharterStatusLike {
  accepted: boolean;
  current: { version: number } | null | undefined;
  history: readonly Acceptance[];
}

export type Standing =
  /** No charter published yet. */
  | { kind: 'noCharter' }
  /** The version in force is accepted: when and by whom. */
  | { kind: 'accepted'; acceptance: Acceptance }
  /** A newer version waits; `previous` is the last one accepted. */
  | { kind: 'newVersion'; version: number; previous: Acceptance }
  /** Never accepted any version. */
  | { kind: 'never'; version: number };

export function charterStanding(status: CharterStatusLike): Standing {
  const current = status.current;
  if (!current) return { kind: 'noCharter' };
  const ofCurrent = status.history.find((a) => a.version === current.version);
  if (status.accepted && ofCurrent) return { kind: 'accepted', acceptance: ofCurrent };
  const previous = [...status.history].sort((a, b) => b.version - a.version || b.acceptedAt.localeCompare(a.acceptedAt))[0];
  return previous ? { kind: 'newVersion', version: current.version, previous } : { kind: 'never', version: current.version };
}

/** Whether the supplier still has to accept the charter in force. */
export const mustAccept = (standing: Standing): standing is Extract<Standing, { kind: 'newVersion' | 'never' }> => standing.kind === 'newVersion' || standing.kind === 'never';
