import { keyOf, publicScopeFields } from '@/lib/figures/fields';
import { figureAsWritten, figureRange } from '@/lib/publishing/figures';
import { paths } from '@/lib/publishing/site';
import type { PublicFigure } from '@/lib/publishing/types';
import { PublicLink } from './link';
import { ScrollRegion } from './scroll-region';

const columns = ['As reported', 'Range', 'Who', 'What happened', ...publicScopeFields.map((f) => f.column), 'Part of'];

/** The numbers inside a claim, one row each, with what they count. */
export function FiguresTable({ figures }: { figures: PublicFigure[] }) {
  return (
    <ScrollRegion label="The figures in this claim">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">The figures in this claim</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.map((f, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              <th scope="row" className="px-2 py-1 font-medium">
                {figureAsWritten(f)}
              </th>
              <td className="px-2 py-1">{figureRange(f)}</td>
              <td className="px-2 py-1">{f.victimGroup}</td>
              <td className="px-2 py-1">{f.outcome}</td>
              {publicScopeFields.map((field) => (
                <td key={field.name} className="px-2 py-1">
                  {f[keyOf(field)] ?? '—'}
                </td>
              ))}
              <td className="px-2 py-1">
                {f.partOf ? <PublicLink href={paths.claim(f.partOf.claimSlug)}>{f.partOf.text}</PublicLink> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
