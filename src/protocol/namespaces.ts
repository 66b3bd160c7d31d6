/** XML namespaces used in more than one module. */
export const NS_DATA = "jabber:x:data";
export const NS_INFO = "http://jabber.org/protocol/disco#info";
export const NS_ITEMS = "http://jabber.org/protocol/disco#items";
export const NS_VCARD = "vcard-temp";
export const NS_STREAMS = "http://etherx.jabber.org/streams";
export const NS_ROSTER = "jabber:iq:roster";
export const NS_PRIVATE = "jabber:iq:private";
export const NS_MOVED = "urn:xmpp:moved:1";
export const NS_NICK = "http://jabber.org/protocol/nick";
export const NS_PING = "urn:xmpp:ping";
export const NS_VERSION = "jabber:iq:version";
export const NS_COMMANDS = "http://jabber.org/protocol/commands";
export const NS_MUC = "http://jabber.org/protocol/muc";
export const NS_MUC_USER = "http://jabber.org/protocol/muc#user";
export const NS_MUC_ADMIN = "http://jabber.org/protocol/muc#admin";
export const NS_MUC_OWNER = "http://jabber.org/protocol/muc#owner";
