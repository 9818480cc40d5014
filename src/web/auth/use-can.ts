import { type Action, can, type PolicyResource } from '../../core/auth/policy';
import { useMe } from './auth';

/** `const may = useCan(); may('person.create')`: the permission policy for the signed-in user. */
export function useCan(): (action: Action, resource?: PolicyResource) => boolean {
  const me = useMe();
  return (action, resource) => can(me, action, resource);
}
