'use client';

import * as Tabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';

// Keyboard-operable tabs (arrow keys between tabs) from Radix; panels are rendered on the
// server and passed in.
export function TabSet({ tabs, label }: { label: string; tabs: { id: string; title: string; content: ReactNode }[] }) {
  return (
    <Tabs.Root defaultValue={tabs[0]?.id}>
      <Tabs.List aria-label={label} className="flex gap-1 border-b border-slate-300">
        {tabs.map((tab) => (
          <Tabs.Trigger
            key={tab.id}
            value={tab.id}
            className="rounded-t border border-b-0 border-transparent px-3 py-1.5 text-sm data-[state=active]:border-slate-300 data-[state=active]:bg-white data-[state=active]:font-semibold"
          >
            {tab.title}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Content key={tab.id} value={tab.id} className="pt-4">
          {tab.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
