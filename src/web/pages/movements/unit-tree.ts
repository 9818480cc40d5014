import type { Unit } from '../../../contract/organisations';
import { compareVietnamese } from '../../../core/text';

export interface UnitTreeNode {
  value: string;
  title: string;
  children?: UnitTreeNode[];
}

/** The commune's organisation tree for a TreeSelect (units under the commune; inactive units left out). */
export function unitTree(units: readonly Unit[]): UnitTreeNode[] {
  const active = units.filter((u) => u.active && u.level !== 'TINH' && u.level !== 'XA');
  const ids = new Set(active.map((u) => u.id));
  const build = (parent: string | null): UnitTreeNode[] =>
    active
      .filter((u) => (parent === null ? !u.parentId || !ids.has(u.parentId) : u.parentId === parent))
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((u) => {
        const children = build(u.id);
        return { value: u.id, title: u.name, ...(children.length ? { children } : {}) };
      });
  return build(null);
}
