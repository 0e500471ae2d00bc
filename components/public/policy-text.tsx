import Markdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

// The corrections policy, written in Markdown by an admin. Raw HTML is never rendered
// (react-markdown drops it; rehype-sanitize cleans links). The page's own h1 stays the only
// one, and images would load from anywhere: both go.
const disallowed = ['h1', 'img'];

export function PolicyText({ text }: { text: string }) {
  return (
    <div className="space-y-3 leading-relaxed [&_a]:underline [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      <Markdown rehypePlugins={[rehypeSanitize]} disallowedElements={disallowed} unwrapDisallowed>
        {text}
      </Markdown>
    </div>
  );
}
