import { Alert } from 'antd';
import type { ApiError } from '../api/client';

export function ApiErrorAlert({ error }: { error: ApiError | null | undefined }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={error.message}
      description={error.code}
      style={{ marginBottom: 16 }}
    />
  );
}
