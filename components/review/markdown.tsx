import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

// Internal notes are Markdown written by staff. Raw HTML is not rendered, and what
// Markdown produces is sanitised as well, so a note cannot run script in a colleague's page.
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-sm space-y-2 [&_a]:underline [&_code]:bg-slate-100 [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
