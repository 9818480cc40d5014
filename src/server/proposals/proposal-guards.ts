import type { ActionGuard } from './proposal-commands';
import { lawGuard } from './law-guard';

/** Checks run inside the transaction before a proposal action is accepted. */
export const PROPOSAL_GUARDS: ActionGuard[] = [lawGuard];
