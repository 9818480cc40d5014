/**
 * A refused request shown beside the field it names: the server's `details` carry the field (`{ field }`
 * from a use case, or `[{ path, message }]` from validation). Answers whether a field took the message
 * (otherwise the form shows it above its buttons).
 */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

export function showFieldErrors(
  form: FormInstance,
  err: unknown,
  text: string,
  fields: readonly string[],
): boolean {
  if (!(err instanceof ApiError)) return false;
  const d = err.details as { field?: unknown } | { path?: unknown; message?: unknown }[] | undefined;
  const found: { name: string; errors: string[] }[] = [];
  if (Array.isArray(d)) {
    for (const i of d) {
      const name = typeof i.path === 'string' ? i.path.split('.')[0] : undefined;
      if (name && fields.includes(name)) found.push({ name, errors: [String(i.message ?? text)] });
    }
  } else if (d && typeof d.field === 'string') {
    const name = d.field.split('.')[0] as string;
    if (fields.includes(name)) found.push({ name, errors: [text] });
  }
  if (found.length) form.setFields(found);
  return found.length > 0;
}
