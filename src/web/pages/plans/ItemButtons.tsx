import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useI18n } from '../../i18n/i18n';

/** Move up / move down / remove buttons of one item in an editable list. */
export function ItemButtons(props: {
  index: number;
  count: number;
  disabled: boolean;
  what: string;
  onMove(d: -1 | 1): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const { index, count, disabled, what } = props;
  return (
    <Space.Compact size="small">
      <Tooltip title={t('Lên trên')}>
        <Button
          icon={<ArrowUpOutlined />}
          disabled={disabled || index === 0}
          onClick={() => props.onMove(-1)}
          aria-label={`${t('Lên trên')}: ${what} ${index + 1}`}
        />
      </Tooltip>
      <Tooltip title={t('Xuống dưới')}>
        <Button
          icon={<ArrowDownOutlined />}
          disabled={disabled || index === count - 1}
          onClick={() => props.onMove(1)}
          aria-label={`${t('Xuống dưới')}: ${what} ${index + 1}`}
        />
      </Tooltip>
      <Tooltip title={t('Xóa')}>
        <Button
          danger
          icon={<DeleteOutlined />}
          disabled={disabled}
          onClick={props.onRemove}
          aria-label={`${t('Xóa')}: ${what} ${index + 1}`}
        />
      </Tooltip>
    </Space.Compact>
  );
}
