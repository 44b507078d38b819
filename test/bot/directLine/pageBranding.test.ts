import { parseEditorProfile } from '../../../bot/editorProfile';
import { defaultBrand, pageBranding, textColourOn } from '../../../bot/directLine/pageBranding';
import { renderTemplate } from '../../../bot/directLine/webChatPage';
import exampleProfile from '../../../editor-profile.example.json';

describe('page branding', () => {
  it.each([
    ['#ffffff', '#1b1f24'],
    ['#eaf2f8', '#1b1f24'],
    ['#ffd200', '#1b1f24'],
    ['#1f5f8b', '#ffffff'],
    ['#000000', '#ffffff'],
    ['#e2001a', '#ffffff'],
  ])('writes on %s in %s', (background, text) => {
    expect(textColourOn(background)).toBe(text);
  });

  it("takes the editor's colours and logo into Web Chat's style options", () => {
    const branding = pageBranding(parseEditorProfile(exampleProfile));
    expect(branding).toMatchObject({
      primaryColor: '#1f5f8b',
      accentColor: '#eaf2f8',
      onPrimaryColor: '#ffffff',
      logoUrl: '/static/logo.svg',
    });
    expect(branding.styleOptions).toMatchObject({
      accent: '#1f5f8b',
      bubbleFromUserBackground: '#1f5f8b',
      suggestedActionBorderColor: '#1f5f8b',
      hideUploadButton: true,
    });
  });

  it('falls back to the neutral brand without a profile', () => {
    expect(pageBranding(undefined)).toMatchObject(defaultBrand);
  });
});

describe('renderTemplate', () => {
  it.each([
    ['<h1>{{name}}</h1>', { name: 'A & <B> "C"' }, '<h1>A &amp; &lt;B&gt; &quot;C&quot;</h1>'],
    ['<script>{{{config}}}</script>', { config: '{"a":"<b>"}' }, '<script>{"a":"<b>"}</script>'],
    ['{{{config}}} {{name}}', { config: '"{{name}}"', name: 'x' }, '"{{name}}" x'],
    ['{{missing}}.', {}, '.'],
  ])('renders %p', (template, values, html) => {
    expect(renderTemplate(template, values)).toBe(html);
  });
});
