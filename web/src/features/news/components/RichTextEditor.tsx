import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  UnorderedListOutlined,
  UndoOutlined,
  RedoOutlined,
} from '@ant-design/icons';
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface RichTextEditorProps {
  id?: string;
  value?: string;
  onChange?: (html: string) => void;
}

/** The article body: headings, paragraphs, lists, links and images; the server sanitises what it stores. */
export function RichTextEditor({ id, value, onChange }: RichTextEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, protocols: ['mailto'], defaultProtocol: 'https' },
      }),
      Image,
    ],
    content: value ?? '',
    onUpdate: ({ editor: current }) => onChange?.(current.getHTML()),
    editorProps: { attributes: { class: 'news-editor-content', 'aria-label': t('news.editor.body'), ...(id ? { id } : {}) } },
  });
  if (!editor) return null;
  const ask = (question: string) => window.prompt(question)?.trim();
  const tool = (label: string, icon: React.ReactNode, run: () => void, active = false) => (
    <Tooltip title={label}>
      <Button size="small" type={active ? 'primary' : 'default'} icon={icon} aria-label={label} onClick={run} />
    </Tooltip>
  );
  return (
    <div className="news-editor">
      <Space wrap size={4} className="news-editor-toolbar">
        {([2, 3] as const).map((level) => (
          <Button
            key={level}
            size="small"
            type={editor.isActive('heading', { level }) ? 'primary' : 'default'}
            onClick={() => editor.chain().focus().toggleHeading({ level }).run()}
          >
            {`H${level}`}
          </Button>
        ))}
        {tool(t('news.editor.bold'), <BoldOutlined />, () => editor.chain().focus().toggleBold().run(), editor.isActive('bold'))}
        {tool(t('news.editor.italic'), <ItalicOutlined />, () => editor.chain().focus().toggleItalic().run(), editor.isActive('italic'))}
        {tool(t('news.editor.bulletList'), <UnorderedListOutlined />, () => editor.chain().focus().toggleBulletList().run(), editor.isActive('bulletList'))}
        {tool(t('news.editor.orderedList'), <OrderedListOutlined />, () => editor.chain().focus().toggleOrderedList().run(), editor.isActive('orderedList'))}
        {tool(
          t('news.editor.link'),
          <LinkOutlined />,
          () => {
            const href = ask(t('news.editor.linkPrompt'));
            if (href) editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            else editor.chain().focus().unsetLink().run();
          },
          editor.isActive('link'),
        )}
        {tool(t('news.editor.image'), <PictureOutlined />, () => {
          const src = ask(t('news.editor.imagePrompt'));
          if (src) editor.chain().focus().setImage({ src }).run();
        })}
        {tool(t('news.editor.undo'), <UndoOutlined />, () => editor.chain().focus().undo().run())}
        {tool(t('news.editor.redo'), <RedoOutlined />, () => editor.chain().focus().redo().run())}
      </Space>
      <EditorContent editor={editor} />
    </div>
  );
}
