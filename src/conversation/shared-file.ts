/**
 * A message that is one http(s) link and nothing else: a file to download.
 * Clients that share an upload without jabber:x:oob send just its link, so in
 * chat such a message counts as a shared file, as one with an oob link does.
 */
export const isFileLink = (text: string): boolean => /^https?:\/\/\S+$/i.test(text.trim());
