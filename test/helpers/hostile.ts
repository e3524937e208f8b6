import { parseJson, type JsonValue } from "../../src/json/ordered-json.js";

/** Strings that break naive escapers: quotes, escapes, every interpolation syntax, invisible and astral characters. */
export const HOSTILE_STRINGS: string[] = [
  "",
  `"double" 'single' \`back\``,
  "back\\slash \\\\ double \\n not-a-newline \\",
  "${process.exit(1)} `${x}`",
  "#{exit!} #@ivar #$gvar #",
  "$x $HOME $(id) %s %d {0} {{x}} {{{y}}}",
  "*/ /* // -- <!-- --> ?> <?php",
  "\"\"\" ''' \"\" ''",
  "line1\nline2\r\nline3\rend",
  "\t tab \v vtab \f formfeed \b backspace",
  "\u0000 nul \u0001 \u0007 bell \u001b esc \u007f del",
  "\u0085 nel \u00a0 nbsp \u00ad shy",
  "\u2028 line-separator \u2029 paragraph-separator",
  "\ufeff bom \u200b zwsp \u200e lrm \u202e rlo",
  "😀 astral 🇻🇳 flag \u{1f600} \u{10ffff}",
  "e\u0301 combining, 漢字, ключ, שלום",
  "\\u000a java unicode escape text \\u0022 \\u005c",
  "\\x41 \\101 \\U0001F600 \\e \\0",
  "%{x} ${ #{ {{ }} } ",
  "a".repeat(5000),
];

/** Structured values at the edges: key order, integer-like and empty keys, __proto__, deep nesting, hostile keys. */
export const HOSTILE_VALUES: JsonValue[] = [
  parseJson('{"zulu": 1, "alpha": [true, false, null, -0.5, 1e-7, 12345], "": {"": ""}, "2": "index-like key", "__proto__": {"x": 1}}'),
  parseJson(JSON.stringify({ nested: HOSTILE_STRINGS.slice(0, 12), deep: [[[[{ a: [[{}], []] }]]]] })),
  parseJson(JSON.stringify(Object.fromEntries(HOSTILE_STRINGS.slice(1, 15).map((s, i) => [s, i])))),
  parseJson('"just a string"'),
  parseJson("[]"),
  parseJson("null"),
];
