import { type ASTVisitor, type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Abuse limits on every GraphQL document (SPEC §6), checked before anything runs: at most
 * MAX_TOKENS lexical tokens (the parser stops there), a selection depth of MAX_DEPTH, MAX_ALIASES
 * aliases and MAX_DIRECTIVES directives. The deepest legitimate document is the explorer's
 * introspection query (depth 13).
 */
export const LIMITS = { MAX_TOKENS: 5_000, MAX_DEPTH: 15, MAX_ALIASES: 30, MAX_DIRECTIVES: 20 } as const;

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

/** The deepest selection of a set, following fragment spreads (each fragment once per path). */
function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>, limit: number): number {
  if (!set) return 0;
  let deepest = 0;
  for (const s of set.selections) {
    let d = 0;
    if (s.kind === Kind.FIELD) d = s.selectionSet ? 1 + depthOf(s.selectionSet, fragments, seen, limit) : 1;
    else if (s.kind === Kind.INLINE_FRAGMENT) d = depthOf(s.selectionSet, fragments, seen, limit);
    else if (!seen.has(s.name.value)) {
      const fragment = fragments.get(s.name.value);
      d = fragment ? depthOf(fragment.selectionSet, fragments, new Set([...seen, s.name.value]), limit) : 0;
    }
    deepest = Math.max(deepest, d);
    if (deepest > limit) return deepest; // no need to walk further
  }
  return deepest;
}

export function documentLimitsRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  let directives = 0;
  return {
    Field(node) {
      if (node.alias && ++aliases === LIMITS.MAX_ALIASES + 1) context.reportError(refuse(`Trop d'alias dans la requête (${LIMITS.MAX_ALIASES} au plus).`));
    },
    Directive() {
      if (++directives === LIMITS.MAX_DIRECTIVES + 1) context.reportError(refuse(`Trop de directives dans la requête (${LIMITS.MAX_DIRECTIVES} au plus).`));
    },
    OperationDefinition(node) {
      const fragments = new Map(context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
      if (depthOf(node.selectionSet, fragments, new Set(), LIMITS.MAX_DEPTH) > LIMITS.MAX_DEPTH) {
        context.reportError(refuse(`Requête trop profonde (${LIMITS.MAX_DEPTH} niveaux au plus).`));
      }
    },
  };
}
