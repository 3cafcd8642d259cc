import { GraphQLError, type ValidationRule } from 'graphql';

/** Mutations that check a secret: never aliased, at most one per document (no guessing in bulk). */
const GUARDED = new Set(['signIn', 'acceptInvitation', 'verifySecondFactor', 'confirmTotpEnrolment']);

export const singleSignInRule: ValidationRule = (context) => {
  let seen = 0;
  return {
    Field(node) {
      if (!GUARDED.has(node.name.value)) return;
      if (context.getParentType()?.name !== 'Mutation') return;
      if (node.alias) {
        context.reportError(new GraphQLError(`« ${node.name.value} » ne peut pas porter d'alias.`, { nodes: [node] }));
      }
      if (++seen > 1) {
        context.reportError(new GraphQLError('Une seule connexion par requête.', { nodes: [node] }));
      }
    },
  };
};
