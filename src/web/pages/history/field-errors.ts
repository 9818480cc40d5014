import type { FormInstance } from 'antd';
import type { ApiError } from '../../api/client';

/**
 * Puts the server's field messages (`details: [{ path, message }]`) beside the form's fields; answers
 * whether every message found its field (otherwise the caller shows the error above the form).
 */
export function showFieldErrors(form: FormInstance, err: ApiError, fields: readonly string[]): boolean {
  const details = Array.isArray(err.details) ? (err.details as { path?: unknown; message?: unknown }[]) : [];
  const known = details.filter(
    (d): d is { path: string; message: string } =>
      typeof d.path === 'string' && typeof d.message === 'string' && fields.includes(d.path),
  );
  if (!known.length) return false;
  form.setFields(known.map((d) => ({ name: d.path, errors: [d.message] })));
  return known.length === details.length;
}
