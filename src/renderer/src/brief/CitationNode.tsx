// A citation inside the brief's text: an inline atom that carries a fact id and shows its number.
// The number is not text the analyst can edit; deleting the node removes the citation.
import { useContext } from 'react';
import { Node, mergeAttributes } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { CitationContext } from './citationContext';

function CitationView(props: ReactNodeViewProps) {
  const info = useContext(CitationContext);
  const factId = String(props.node.attrs['factId'] ?? '');
  const n = info.numberOf.get(factId);
  const problem = info.problemOf.get(factId);
  const sentence = info.sentenceOf.get(factId);
  const title = [problem, sentence ? `“${sentence}”` : null].filter(Boolean).join('\n');
  return (
    <NodeViewWrapper
      as="sup"
      className={`cite${problem ? ' cite-problem' : ''}${props.selected ? ' cite-selected' : ''}`}
      data-fact-id={factId}
      title={title || undefined}
      aria-label={`Citation ${n ?? ''}`.trim()}
      contentEditable={false}
    >
      {n ?? '?'}
    </NodeViewWrapper>
  );
}

export const CitationNode = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      factId: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-fact-id'),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-fact-id': attributes['factId'] }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-fact-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'cite' }), '*'];
  },

  renderText() {
    return '';
  },

  addNodeView() {
    return ReactNodeViewRenderer(CitationView, { as: 'span' });
  },
});
