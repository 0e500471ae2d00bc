import type { ReactNode } from 'react';
import { keyOf, publicScopeFields, type PublicFigureFields } from '@/lib/figures/fields';
import { figureAsWritten, figureRange } from '@/lib/publishing/figures';
import { paths } from '@/lib/publishing/site';
import type { PublicFigure } from '@/lib/publishing/types';
import { PublicLink } from './link';
import { ScrollRegion } from './scroll-region';

/** The headings of a figure's scope columns, in the order of lib/figures/fields.ts. */
export const scopeColumns = publicScopeFields.map((f) => f.column);

/** A table of figures, named for screen readers, one row each. */
export function FigureTable({ label, columns, children }: { label: string; columns: string[]; children: ReactNode }) {
  return (
    <ScrollRegion label={label}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** A figure's scope cells: a dash for what it does not say. */
export function ScopeCells({ figure }: { figure: PublicFigureFields }) {
  return publicScopeFields.map((field) => (
    <td key={field.name} className="px-2 py-1">
      {figure[keyOf(field)] ?? '—'}
    </td>
  ));
}

const columns = ['As reported', 'Range', 'Who', 'What happened', ...scopeColumns, 'Part of'];

/** The numbers inside a claim, one row each, with what they count. */
export function FiguresTable({ figures }: { figures: PublicFigure[] }) {
  return (
    <FigureTable label="The figures in this claim" columns={columns}>
      {figures.map((f, i) => (
        <tr key={i} className="border-b border-slate-200 align-top">
          <th scope="row" className="px-2 py-1 font-medium">
            {figureAsWritten(f)}
          </th>
          <td className="px-2 py-1">{figureRange(f)}</td>
          <td className="px-2 py-1">{f.victimGroup}</td>
          <td className="px-2 py-1">{f.outcome}</td>
          <ScopeCells figure={f} />
          <td className="px-2 py-1">
            {f.partOf ? <PublicLink href={paths.claim(f.partOf.claimSlug)}>{f.partOf.text}</PublicLink> : '—'}
          </td>
        </tr>
      ))}
    </FigureTable>
  );
}
