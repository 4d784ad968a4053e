/** Inline script for `<head>` that applies the saved theme before first paint. */
export const themeScript = `try{document.documentElement.dataset.theme=localStorage.getItem('inkwell-theme')||'system'}catch(e){}`;
