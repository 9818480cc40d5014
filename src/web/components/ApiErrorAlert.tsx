import { Alert } from 'antd';
import type { ApiError } from '../api/client';
import { useErrorText } from '../api/error-text';

/** A failed request, in the chosen language (by its code; the code itself is not shown). */
export function ApiErrorAlert({ error }: { error: ApiError | null | undefined }) {
  const errorText = useErrorText();
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" message={errorText(error)} style={{ marginBottom: 16 }} />;
}
