import Markdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

// Explanations are written in Markdown; raw HTML is never rendered and links are sanitised.
// Headings would break the page's outline and images would load from anywhere: both go.
const disallowed = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img'];

export function Explanation({ text }: { text: string }) {
  return (
    <div className="space-y-3 leading-relaxed [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      <Markdown rehypePlugins={[rehypeSanitize]} disallowedElements={disallowed} unwrapDisallowed>
        {text}
      </Markdown>
    </div>
  );
}
