import { Alert, Button } from 'antd';
import { Component, type ReactNode } from 'react';

/** Never a blank page: an unexpected UI error shows a message and a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        // An alert rather than antd's Result, whose illustrations would weigh on every first load.
        <Alert
          type="error"
          showIcon
          style={{ maxWidth: 640, margin: '15vh auto' }}
          message="Đã có lỗi khi hiển thị trang"
          description={`${this.state.error.message} — Vui lòng tải lại trang. / Something went wrong, please reload.`}
          action={
            <Button type="primary" onClick={() => window.location.assign('/')}>
              Về trang chủ
            </Button>
          }
        />
      );
    }
    return this.props.children;
  }
}
