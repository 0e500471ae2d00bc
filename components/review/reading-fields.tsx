import { SelectField } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { readingLabels, reviewerReadings } from '@/lib/comparisons/readings';

type Props = {
  /** Keeps ids unique when a page has two of these (the reading form and the correction). */
  idPrefix: string;
  labels: { reading: string; note: string };
  reading: string;
  note: string;
  errors?: Record<string, string>;
  /** Offer an empty "Choose…" (a comparison not read yet). */
  allowEmpty?: boolean;
};

// A comparison's reading and its note: set in review, and again in a correction.
export function ReadingFields({ idPrefix, labels, reading, note, errors, allowEmpty }: Props) {
  return (
    <>
      <SelectField
        label={labels.reading}
        name="reviewerReading"
        id={`${idPrefix}-reading`}
        defaultValue={reading}
        error={errors?.reviewerReading}
      >
        {allowEmpty ? <option value="">Choose…</option> : null}
        {reviewerReadings.map((r) => (
          <option key={r} value={r}>
            {readingLabels[r]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={labels.note}
        name="reviewerNote"
        id={`${idPrefix}-note`}
        rows={4}
        defaultValue={note}
        error={errors?.reviewerNote}
      />
    </>
  );
}
