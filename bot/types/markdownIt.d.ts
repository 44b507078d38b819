/** The part of markdown-it 13 the transcript view uses (the package ships no types; it comes with botframework-webchat). */
declare module 'markdown-it' {
  interface Token {
    content: string;
    attrGet(name: string): string | null;
  }
  interface Options {
    html?: boolean;
    linkify?: boolean;
    breaks?: boolean;
    typographer?: boolean;
  }
  type RenderRule = (tokens: Token[], index: number, options: Options, env: unknown, self: Renderer) => string;
  interface Renderer {
    rules: Record<string, RenderRule | undefined>;
  }
  class MarkdownIt {
    constructor(options?: Options);
    renderer: Renderer;
    render(source: string, env?: unknown): string;
    disable(rules: string | string[], ignoreInvalid?: boolean): this;
  }
  export = MarkdownIt;
}
