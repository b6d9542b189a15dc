// "打印 / 另存为 PDF": the browser's own print dialog (which saves PDF everywhere) with a print
// stylesheet, so no PDF library is shipped; folded sections open for the printout.
"use strict";
(() => {
  const BUTTON = '<button type="button" class="print-btn" title="打印或在打印对话框中选择“另存为 PDF”">打印 / 另存为 PDF</button>';
  document.addEventListener("click", (e) => {
    if (e.target.closest(".print-btn")) window.print();
  });
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("main details:not([open])")];
    opened.forEach((d) => { d.open = true; });
  });
  window.addEventListener("afterprint", () => { opened.forEach((d) => { d.open = false; }); opened = []; });
  window.xjPrint = { BUTTON };
})();
