import { PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { ItemButtons } from './ItemButtons';
import { moveAt, removeAt, replaceAt } from './list-edit';

/** A list of paragraphs (or short lines) the officer can add to, edit, reorder and remove. */
export function TextListEditor(props: {
  what: string;
  items: string[];
  onChange(items: string[]): void;
  disabled: boolean;
  rows?: number;
}) {
  const { t } = useI18n();
  const { items, disabled, what } = props;
  const rows = props.rows ?? 3;
  return (
    <div>
      {items.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are plain strings edited in place; the position is the identity
        <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 8, alignItems: 'flex-start' }}>
          <span style={{ minWidth: 24, paddingTop: 4, color: '#888' }}>{i + 1}.</span>
          {rows === 1 ? (
            <Input
              value={text}
              disabled={disabled}
              aria-label={`${what} ${i + 1}`}
              onChange={(e) => props.onChange(replaceAt(items, i, e.target.value))}
            />
          ) : (
            <Input.TextArea
              value={text}
              disabled={disabled}
              autoSize={{ minRows: 1, maxRows: rows * 3 }}
              aria-label={`${what} ${i + 1}`}
              onChange={(e) => props.onChange(replaceAt(items, i, e.target.value))}
            />
          )}
          <ItemButtons
            index={i}
            count={items.length}
            disabled={disabled}
            what={what}
            onMove={(d) => props.onChange(moveAt(items, i, d))}
            onRemove={() => props.onChange(removeAt(items, i))}
          />
        </div>
      ))}
      {!disabled && (
        <Button size="small" icon={<PlusOutlined />} onClick={() => props.onChange([...items, ''])}>
          {t('Thêm')} {what.toLowerCase()}
        </Button>
      )}
    </div>
  );
}
