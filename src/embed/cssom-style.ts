/**
 * `style=${cssomStyle({ left: '50%' })}`: inline styles set through the CSSOM
 * only, so they apply under a strict CSP (`style-src 'self'`, no
 * 'unsafe-inline'). Lit's own styleMap writes its first render as a `style`
 * attribute string, which such a policy blocks; this directive never does.
 * Keys are CSS property names in camelCase or kebab-case (custom properties
 * `--x` too); null / undefined removes a property set earlier.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

export type CssomStyleInfo = Readonly<Record<string, string | number | null | undefined>>;

const kebab = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class CssomStyleDirective extends Directive {
  private readonly set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('cssomStyle() belongs in a style attribute: style=${cssomStyle({...})}');
  }

  render(_styles: CssomStyleInfo): unknown {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [CssomStyleInfo]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of this.set) {
      if (styles[name] == null) {
        style.removeProperty(kebab(name));
        this.set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(kebab(name), String(value));
      this.set.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
