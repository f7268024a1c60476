/**
 * The page's stylesheet: system fonts only, fluid to the window (no horizontal scrolling of the page
 * at 1024 px and up), a calm look for what agrees and a loud one for what must be decided, and a print
 * stylesheet (A4, controls that do nothing on paper hidden, every block kept whole where it fits).
 */
export const REVIEW_STYLE = `
:root { --ink: #1b1b1b; --muted: #5c5c5c; --line: #cfcfcf; --focus: #1a5fb4; --mark: #ffd966; --bg: #f3f3f0; }
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; font-size: 15px; line-height: 1.35; color: var(--ink); background: var(--bg); }
body { margin: 0 auto; max-width: 1180px; padding: 12px 16px 96px; overflow-wrap: anywhere; }
h1 { font-size: 1.35rem; margin: 0 0 4px; }
h2 { font-size: 1.12rem; margin: 22px 0 8px; }
h3 { font-size: 1.02rem; margin: 0; }
p { margin: 4px 0; }
.patient { display: flex; flex-wrap: wrap; gap: 2px 18px; }
.muted { color: var(--muted); }
.small { font-size: 0.86rem; }
.warning { border: 2px solid #a00000; background: #fdecea; color: #5a0000; padding: 6px 10px; border-radius: 4px; font-weight: bold; margin: 8px 0; }
.keys { font-size: 0.86rem; color: var(--muted); }
kbd { display: inline-block; border: 1px solid #999; border-bottom-width: 2px; border-radius: 3px; padding: 0 4px; font: inherit; font-size: 0.85em; background: #fff; color: var(--ink); }
.deviation { background: #fff; border: 1px solid var(--line); border-left: 7px solid #b06000; border-radius: 4px; padding: 10px 12px 12px; margin: 0 0 14px; }
.deviation.risk-very-high { border-left-color: #a00000; }
.deviation.risk-high { border-left-color: #cc4400; }
.deviation.risk-moderate { border-left-color: #b58900; }
.deviation.risk-low { border-left-color: #8a8a8a; }
.deviation:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.deviation.decided { background: #f7fbf7; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 12px; }
.head .state { margin-left: auto; font-size: 0.86rem; font-weight: bold; color: #8a4b00; }
.decided .head .state { color: #1e6b24; }
.risk { font-weight: bold; }
.serious { color: #a00000; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #e4e4e4; overflow-wrap: anywhere; }
table.compare { margin: 8px 0 6px; }
table.compare col.field { width: 9em; }
table.compare thead th { font-size: 0.86rem; border-bottom: 2px solid var(--line); }
table.compare tbody th { font-weight: normal; color: var(--muted); font-size: 0.9rem; }
table.compare tr.differs td { background: #fff6dc; }
table.compare tr.differs th { color: var(--ink); font-weight: bold; }
table.compare tr.same td { color: var(--muted); }
.absent { color: var(--muted); font-style: italic; }
mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 4px 18px; font-size: 0.92rem; margin: 4px 0; }
.facts div > strong { display: block; font-size: 0.86rem; color: var(--muted); }
.facts ol { margin: 0; padding-left: 1.3em; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 10px 0 0; padding: 6px 10px 10px; min-width: 0; }
legend { font-weight: bold; font-size: 0.92rem; padding: 0 4px; }
.choices { display: flex; flex-wrap: wrap; gap: 6px 8px; }
.choices label { display: inline-flex; align-items: center; gap: 6px; border: 1px solid #a8a8a8; border-radius: 4px; padding: 5px 9px; background: #fafafa; cursor: pointer; }
.choices label:has(input:checked) { background: #e2eefc; border-color: var(--focus); font-weight: bold; }
.choices label:focus-within { outline: 2px solid var(--focus); outline-offset: 1px; }
.detail-inputs { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 8px 14px; margin-top: 8px; }
.detail-inputs > div:only-child { grid-column: 1 / -1; }
.detail-inputs label { display: block; font-size: 0.88rem; color: var(--muted); }
input[type="text"], select, textarea { font: inherit; width: 100%; padding: 4px 6px; border: 1px solid #999; border-radius: 3px; background: #fff; color: var(--ink); }
textarea { min-height: 2.4em; resize: vertical; }
.keep-items { display: flex; flex-wrap: wrap; gap: 4px 14px; }
.earlier { border: 1px solid #9cc59c; background: #eef6ee; padding: 4px 8px; border-radius: 3px; margin: 6px 0 0; font-size: 0.92rem; }
.earlier.stale { border-color: #cc7a7a; background: #fdecea; }
details { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 6px 10px; margin: 0 0 10px; }
summary { cursor: pointer; color: var(--muted); }
table.quiet { font-size: 0.9rem; color: var(--muted); margin-top: 6px; }
.decider { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 8px 12px 12px; }
.decider-fields { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) minmax(0, 1.2fr); gap: 8px 14px; }
.decider-fields label { display: block; font-size: 0.88rem; color: var(--muted); }
.bar { position: sticky; bottom: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; background: #fff; border-top: 3px solid var(--focus); padding: 8px 12px; margin: 16px -12px 0; box-shadow: 0 -2px 8px rgba(0, 0, 0, 0.12); }
.bar .counter { font-weight: bold; }
.bar button { font: inherit; font-weight: bold; padding: 6px 14px; border-radius: 4px; border: 1px solid var(--focus); background: var(--focus); color: #fff; cursor: pointer; }
.bar button[data-action="sign"] { background: #fff; color: var(--focus); }
.bar button:focus { outline: 3px solid #f0a000; outline-offset: 1px; }
.status { flex-basis: 100%; margin: 0; }
.status:empty { display: none; }
.status.alert { color: #a00000; font-weight: bold; }
.signed [data-signature] { color: #1e6b24; font-weight: bold; }
.no-script { display: block; }
.scripted .no-script { display: none; }
@media (max-width: 1100px) { html { font-size: 14px; } .facts { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
@media print {
  @page { size: A4; margin: 12mm; }
  html { background: #fff; font-size: 9pt; }
  body { max-width: none; padding: 0; }
  .keys, .bar button, .no-script, .no-print { display: none !important; }
  .deviation { break-inside: avoid; border-left-width: 3px; padding: 6px 8px; }
  .bar { position: static; box-shadow: none; border-top: 1px solid #000; margin: 8px 0 0; padding: 4px 0; }
  details { border: none; padding: 0; }
  summary { color: var(--ink); font-weight: bold; list-style: none; }
  table.compare tr.differs td, mark { background: none; font-weight: bold; text-decoration: underline; }
  .choices label { border: none; padding: 0 6px 0 0; background: none; }
  .choices label:not(:has(input:checked)) { color: var(--muted); }
  input[type="text"], select, textarea { border: none; border-bottom: 1px solid #777; border-radius: 0; padding: 0; resize: none; overflow: hidden; }
}
`;
