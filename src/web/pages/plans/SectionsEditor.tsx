import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space } from 'antd';
import type { PlanBlock, PlanSection } from '../../../core/plan/plan-content';
import { useI18n } from '../../i18n/i18n';
import { ItemButtons } from './ItemButtons';
import { moveAt, removeAt, replaceAt } from './list-edit';

const MAX_DEPTH = 3;

function BlocksEditor(props: {
  blocks: PlanBlock[];
  onChange(b: PlanBlock[]): void;
  disabled: boolean;
  prefix: string;
}) {
  const { t } = useI18n();
  const { blocks, disabled } = props;
  return (
    <div>
      {blocks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity of their own
        <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 6, alignItems: 'flex-start' }}>
          <Select
            size="small"
            value={b.kind}
            disabled={disabled}
            style={{ width: 130 }}
            aria-label={`${t('Loại đoạn')} ${props.prefix}.${i + 1}`}
            options={[
              { value: 'paragraph', label: t('Đoạn văn') },
              { value: 'bullet', label: t('Gạch đầu dòng') },
            ]}
            onChange={(kind: PlanBlock['kind']) => props.onChange(replaceAt(blocks, i, { ...b, kind }))}
          />
          <Input.TextArea
            value={b.text}
            disabled={disabled}
            autoSize={{ minRows: 1, maxRows: 8 }}
            aria-label={`${t('Đoạn')} ${props.prefix}.${i + 1}`}
            onChange={(e) => props.onChange(replaceAt(blocks, i, { ...b, text: e.target.value }))}
          />
          <ItemButtons
            index={i}
            count={blocks.length}
            disabled={disabled}
            what={t('Đoạn')}
            onMove={(d) => props.onChange(moveAt(blocks, i, d))}
            onRemove={() => props.onChange(removeAt(blocks, i))}
          />
        </div>
      ))}
      {!disabled && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => props.onChange([...blocks, { kind: 'paragraph', text: '' }])}
        >
          {t('Thêm đoạn')}
        </Button>
      )}
    </div>
  );
}

/** Nested sections (mục) of "Nội dung và giải pháp": heading, paragraphs/bullets, sub-sections; up to three levels. */
export function SectionsEditor(props: {
  sections: PlanSection[];
  onChange(s: PlanSection[]): void;
  disabled: boolean;
  depth?: number;
  parentNumber?: string;
}) {
  const { t } = useI18n();
  const depth = props.depth ?? 1;
  const { sections, disabled } = props;
  const add = () => {
    const number = props.parentNumber
      ? `${props.parentNumber}.${sections.length + 1}`
      : String(sections.length + 1);
    props.onChange([...sections, { number, heading: '', blocks: [], children: [] }]);
  };
  return (
    <div>
      {sections.map((s, i) => {
        const set = (patch: Partial<PlanSection>) =>
          props.onChange(replaceAt(sections, i, { ...s, ...patch }));
        return (
          <Card
            // biome-ignore lint/suspicious/noArrayIndexKey: sections are edited in place; the position is the identity
            key={i}
            size="small"
            style={{ marginBottom: 8, background: depth % 2 ? undefined : '#fafafa' }}
            title={
              <Space wrap>
                <Input
                  size="small"
                  value={s.number}
                  disabled={disabled}
                  style={{ width: 70 }}
                  aria-label={`${t('Số mục')} ${s.number}`}
                  onChange={(e) => set({ number: e.target.value })}
                />
                <Checkbox
                  checked={s.bold ?? false}
                  disabled={disabled}
                  onChange={(e) => set({ bold: e.target.checked })}
                >
                  {t('In đậm')}
                </Checkbox>
              </Space>
            }
            extra={
              <ItemButtons
                index={i}
                count={sections.length}
                disabled={disabled}
                what={t('Mục')}
                onMove={(d) => props.onChange(moveAt(sections, i, d))}
                onRemove={() => props.onChange(removeAt(sections, i))}
              />
            }
          >
            <Input.TextArea
              value={s.heading}
              disabled={disabled}
              autoSize={{ minRows: 1, maxRows: 6 }}
              placeholder={t('Tiêu đề mục')}
              aria-label={`${t('Tiêu đề mục')} ${s.number}`}
              style={{ marginBottom: 8, fontWeight: s.bold ? 600 : undefined }}
              onChange={(e) => set({ heading: e.target.value })}
            />
            <BlocksEditor
              blocks={s.blocks}
              disabled={disabled}
              prefix={s.number}
              onChange={(blocks) => set({ blocks })}
            />
            {depth < MAX_DEPTH && (s.children.length > 0 || !disabled) && (
              <div style={{ marginTop: 8, marginLeft: 16 }}>
                <SectionsEditor
                  sections={s.children}
                  disabled={disabled}
                  depth={depth + 1}
                  parentNumber={s.number}
                  onChange={(children) => set({ children })}
                />
              </div>
            )}
          </Card>
        );
      })}
      {!disabled && (
        <Button size="small" icon={<PlusOutlined />} onClick={add}>
          {depth === 1 ? t('Thêm mục') : t('Thêm mục con')}
        </Button>
      )}
    </div>
  );
}
