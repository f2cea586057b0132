/**
 * A bounded XML reader for OOXML parts (internal): elements, attributes and text; namespace prefixes
 * dropped (`w:p` → `p`); no DTD (a DOCTYPE is refused: OOXML never has one, and entity expansion is
 * how "billion laughs" attacks work); depth and node count limited.
 * @module
 */
import { OFFICE_LIMITS, OfficeFileError } from "./errors.js";

/** An XML element: local name, attributes by local name, children (elements and text). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
/** A child: an element or a text run. */
export type XmlNode = XmlElement | string;

const ENT: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 && !(n >= 0xd800 && n < 0xe000) ? String.fromCodePoint(n) : "";
    }
    return ENT[e] ?? m;
  });
}

function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

function corrupt(part: string, why: string, whyEn: string): OfficeFileError {
  return new OfficeFileError(
    "corrupt",
    `XML của phần ${part} hỏng: ${why}`,
    `malformed XML in part ${part}: ${whyEn}`,
  );
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Parses an XML document into its root element; every failure is an OfficeFileError. */
export function parseXml(xml: string, part: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let nodes = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const t = xml.slice(i, textEnd);
      if (stack.length > 1) {
        stack[stack.length - 1]!.children.push(decodeEntities(t));
        if (++nodes > OFFICE_LIMITS.maxXmlNodes) throw tooMany(part);
      }
    }
    if (lt < 0) break;
    const c = xml[lt + 1];
    if (c === "?") {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) throw corrupt(part, "thiếu ?>", "missing ?>");
      i = e + 2;
    } else if (c === "!") {
      if (xml.startsWith("<!--", lt)) {
        const e = xml.indexOf("-->", lt + 4);
        if (e < 0) throw corrupt(part, "chú thích không đóng", "unclosed comment");
        i = e + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0) throw corrupt(part, "CDATA không đóng", "unclosed CDATA");
        if (stack.length > 1) stack[stack.length - 1]!.children.push(xml.slice(lt + 9, e));
        i = e + 3;
      } else {
        throw corrupt(part, "có khai báo DOCTYPE (không được phép)", "a DOCTYPE declaration (not allowed)");
      }
    } else if (c === "/") {
      const e = xml.indexOf(">", lt + 2);
      if (e < 0) throw corrupt(part, "thẻ đóng không kết thúc", "unterminated end tag");
      const name = local(xml.slice(lt + 2, e).trim());
      const top = stack.pop();
      if (!top || stack.length === 0 || top.name !== name) {
        throw corrupt(part, `thẻ đóng </${name}> không khớp`, `mismatched end tag </${name}>`);
      }
      i = e + 1;
    } else {
      // Find the end of the start tag: the next ">" unless it sits inside a quoted attribute value.
      let j = xml.indexOf(">", lt + 1);
      if (j >= 0 && !quotesBalanced(xml, lt + 1, j)) {
        j = lt + 1;
        let quote = "";
        while (j < n) {
          const ch = xml[j]!;
          if (quote) {
            if (ch === quote) quote = "";
          } else if (ch === '"' || ch === "'") quote = ch;
          else if (ch === ">") break;
          j++;
        }
      } else if (j < 0) j = n;
      if (j >= n) throw corrupt(part, "thẻ mở không kết thúc", "unterminated start tag");
      const selfClose = xml[j - 1] === "/";
      const body = xml.slice(lt + 1, selfClose ? j - 1 : j);
      const m = /^[^\s/>]+/.exec(body);
      if (!m) throw corrupt(part, "thẻ không có tên", "a tag without a name");
      // A null-prototype record: an attribute named `__proto__` is just a key.
      const el: XmlElement = {
        name: local(m[0]),
        attrs: Object.create(null) as Record<string, string>,
        children: [],
      };
      ATTR.lastIndex = m[0].length;
      for (let a = ATTR.exec(body); a; a = ATTR.exec(body)) {
        el.attrs[local(a[1]!)] = decodeEntities(a[3] ?? a[4] ?? "");
      }
      const parent = stack[stack.length - 1]!;
      if (parent === root && root.children.some((x) => typeof x !== "string")) {
        throw corrupt(part, "nhiều phần tử gốc", "more than one root element");
      }
      parent.children.push(el);
      if (++nodes > OFFICE_LIMITS.maxXmlNodes) throw tooMany(part);
      if (!selfClose) {
        stack.push(el);
        if (stack.length > OFFICE_LIMITS.maxXmlDepth + 1) {
          throw corrupt(
            part,
            `lồng quá ${OFFICE_LIMITS.maxXmlDepth} cấp`,
            `nested deeper than ${OFFICE_LIMITS.maxXmlDepth} levels`,
          );
        }
      }
      i = j + 1;
    }
  }
  if (stack.length !== 1) throw corrupt(part, "phần tử không đóng", "unclosed element");
  const top = root.children.find((x): x is XmlElement => typeof x !== "string");
  if (!top) throw corrupt(part, "không có phần tử gốc", "no root element");
  return top;
}

/** Whether xml[from, to) closes every quote it opens (so a ">" at `to` ends the tag). */
function quotesBalanced(xml: string, from: number, to: number): boolean {
  let quote = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
  }
  return quote === 0;
}

function tooMany(part: string): OfficeFileError {
  return new OfficeFileError(
    "too-large",
    `phần ${part} có quá nhiều nút XML`,
    `part ${part} has too many XML nodes`,
  );
}

/** Child elements of a given local name. */
export function kids(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== "string" && c.name === name) out.push(c);
  return out;
}

/** The first child element of a given local name. */
export function kid(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** All text below an element (depth-first). */
export function textOf(el: XmlElement): string {
  let s = "";
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") s += c;
      else walk(c);
    }
  };
  walk(el);
  return s;
}
