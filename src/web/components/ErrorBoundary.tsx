import { Button, Result } from 'antd';
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
        <Result
          status="error"
          title="Đã có lỗi khi hiển thị trang"
          subTitle={`${this.state.error.message} — Vui lòng tải lại trang. / Something went wrong, please reload.`}
          extra={
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
