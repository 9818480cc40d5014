import type { ExampleStage } from '../../../core/examples';

/** Colours of the stages on the board, the tags and the timeline. */
export const STAGE_COLORS: Record<ExampleStage, string> = {
  DISCOVERED: 'blue',
  NURTURING: 'gold',
  SUMMED_UP: 'green',
  REPLICATING: 'purple',
  DROPPED: 'default',
};

/** Fields the commune's movements cover; free text is allowed too. */
export const EXAMPLE_FIELDS = [
  'Nông nghiệp',
  'Giáo dục',
  'Y tế',
  'Giảm nghèo, an sinh xã hội',
  'Văn hóa, xã hội',
  'Xây dựng nông thôn mới',
  'Quốc phòng, an ninh',
  'Môi trường',
];
