// The frame in German for assistive technology. Streamlit serves its page with lang "en" and writes its own
// controls' names in English (help buttons, the sidebar, table tools, the uploader), with no setting for either.
// This runs in the page (pages/shared.py sends it on every run; it installs itself once) and swaps those fixed
// words for German ones, also in what Streamlit draws later. Only Streamlit's own words are touched: names and
// placeholders by exact value, text only inside the frame's controls, so no spreadsheet text is ever changed.
// No markup in this file, not even in a comment: Streamlit's sanitiser drops a script whose text holds a tag.
(() => {
  document.documentElement.lang = "de";
  if (window.masterplanGermanFrame) return;
  window.masterplanGermanFrame = true;
  const { words, beginnings, parts, containers } = __WORDS__;
  const ATTRIBUTES = ["aria-label", "placeholder", "title"];
  const german = (value) => {
    if (Object.hasOwn(words, value)) return words[value];
    for (const [english, germanWord] of Object.entries(beginnings)) {
      if (value.startsWith(english)) return germanWord + value.slice(english.length);
    }
    return value;
  };
  const translateText = (node) => {
    if (!node.parentElement || !node.parentElement.closest(containers)) return;
    const trimmed = node.nodeValue.trim();
    let value = Object.hasOwn(words, trimmed) ? node.nodeValue.replace(trimmed, words[trimmed]) : node.nodeValue;
    for (const [english, germanPart] of Object.entries(parts)) value = value.replace(english, germanPart);
    if (value !== node.nodeValue) node.nodeValue = value;
  };
  const translateAttributes = (element) => {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && german(value) !== value) element.setAttribute(name, german(value));
    }
  };
  const translate = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return translateText(root);
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    translateAttributes(root);
    for (const element of root.querySelectorAll("[aria-label], [placeholder], [title]")) translateAttributes(element);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) translateText(walker.currentNode);
  };
  translate(document.body);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "childList") record.addedNodes.forEach(translate);
      else if (record.type === "characterData") translateText(record.target);
      else translateAttributes(record.target);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true,
                              attributeFilter: ATTRIBUTES });
})();
