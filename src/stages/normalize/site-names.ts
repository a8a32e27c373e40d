/** Ways a page names its own site ("www.lejournal.fr", "lejournal", og:site_name); alone on a line they are chrome. */
export function siteNames(url: string | undefined, declared: string | undefined): string[] {
  const names = declared ? [declared] : [];
  const host = url ? hostOf(url) : undefined;
  if (host) {
    const bare = host.replace(/^www\./, '');
    names.push(host, bare, bare.split('.')[0]);
  }
  return [...new Set(names.filter((name) => name.length > 0))];
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
