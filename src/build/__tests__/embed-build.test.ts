import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { frameAncestors } from '../html-plugins';
import { pageChunks } from '../size-budget';

describe('who may frame a page', () => {
  it('is no one for the full page, anyone (or the origins set) for an embed', () => {
    expect(frameAncestors('')).toBe("frame-ancestors 'none'");
    expect(frameAncestors('lang=zh&view=decide')).toBe("frame-ancestors 'none'");
    expect(frameAncestors('embed=radar&trend=ai-chips')).toBe('frame-ancestors *');
    expect(frameAncestors('lang=en&embed=table', 'https://wiki.example.org')).toBe(
      'frame-ancestors https://wiki.example.org',
    );
  });
});

describe("the first view's chunks", () => {
  const chunk = (fileName: string, name: string, extra: Partial<Rollup.OutputChunk> = {}) =>
    ({
      type: 'chunk',
      fileName,
      name,
      code: `/* ${name} */`,
      imports: [],
      dynamicImports: [],
      isEntry: false,
      ...extra,
    }) as unknown as Rollup.OutputChunk;

  it("are the entry's alone before the reader acts, then boot's, never the embed's entry", () => {
    const bundle = {
      'index.js': chunk('index.js', 'index', {
        isEntry: true,
        imports: ['locale.js'],
        dynamicImports: ['boot.js', 'embed-boot.js'],
      }),
      'locale.js': chunk('locale.js', 'locale'),
      'boot.js': chunk('boot.js', 'boot', { imports: ['react.js'] }),
      'embed-boot.js': chunk('embed-boot.js', 'embed-boot', { imports: ['react.js', 'embed.js'] }),
      'react.js': chunk('react.js', 'react'),
      'embed.js': chunk('embed.js', 'embed'),
    } as unknown as Rollup.OutputBundle;
    const { firstView, livePage } = pageChunks(bundle);
    expect(firstView.map((item) => item.file)).toEqual(['index.js', 'locale.js']);
    expect(livePage.map((item) => item.file)).toEqual(['index.js', 'locale.js', 'boot.js', 'react.js']);
  });
});
