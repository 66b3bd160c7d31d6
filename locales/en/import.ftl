## Commands
cmd-import = import, contacts
cmd-import-title = Import contacts
cmd-import-summary = add contacts from a file (MSN Messenger, Outlook CSV, vCard, Pidgin, XEP-0227) or a pasted list

## Asking
import-intro = Send me your contact list as a file (share it with your client's file upload), or paste the addresses. I can read MSN/Windows Live Messenger exports (.ctt), Outlook and Hotmail CSV, vCards (.vcf), Pidgin's blist.xml, XEP-0227 account exports (such as a Ferry backup), and plain lists of addresses.
import-ask-file = Your file or your list:
import-reading = Reading it…
import-ask-account = Where should I add these contacts?
import-account-this = to this account ({ $jid })
import-account-target = to your new account ({ $jid })
import-account-suggest = send them to my chat client as suggestions to accept one by one (Gajim, Psi; no password needed)
import-ask-password = The password of { $jid }:
import-unreachable = I could not reach the server of { $jid }. Please try again later, or choose another account.

## Preview
import-format = { $format ->
        [msn-ctt] an MSN Messenger contact list
        [outlook-csv] an Outlook contacts file
        [csv] a CSV file
        [vcard] a vCard file
        [pidgin-blist] a Pidgin buddy list
        [xep0227] an XMPP account export (XEP-0227)
        [pasted-text] a list of addresses
       *[other] { $format }
    }
import-preview = This is { import-format } with { $found ->
        [one] 1 entry
       *[other] { $found } entries
    }.
    • { $mapped ->
        [one] 1 contact can be added
       *[other] { $mapped } contacts can be added
    }: { $xmpp } already XMPP addresses, { $adminMap } from your organisation's address table, { $transport } through a gateway; in { $groups ->
        [one] 1 group
       *[other] { $groups } groups
    }.
    • { $unmapped ->
        [0] Nothing left over.
        [one] 1 entry cannot be added:
       *[other] { $unmapped } entries cannot be added:
    }
    { $unmappedList }
import-problems = { $problems ->
        [one] 1 part of the file held no address I could use:
       *[other] { $problems } parts of the file held no address I could use:
    }
    { $problemList }
import-problem-item = { $line ->
        [0] {""}
       *[other] line { $line }:{" "}
    }{ $detail } ({ $code ->
        [no-address] no address
        [invalid-address] not a valid address
        [not-a-user-address] a server, not a person
        [unknown-protocol] unknown network
        [chat-room-skipped] a chat room, not a contact
        [other-user-skipped] belongs to another account in the file
        [conflicting-mapping] mapped twice
        [invalid-subscription] a subscription state I do not know; added without sharing presence
        [too-many-problems] more problems in the file, not listed one by one
       *[other] { $code }
    })
import-unanswered = { $count ->
        [one] 1 person had asked to see when you are online, and you never answered. I will put them in your contacts without approving that and without sending them a request; they can ask again:
       *[other] { $count } people had asked to see when you are online, and you never answered. I will put them in your contacts without approving that and without sending them a request; they can ask again:
    }
    { $list }
import-unanswered-item = { $jid }
import-mapped = { $count ->
        [one] 1 contact will be added under a different address:
       *[other] { $count } contacts will be added under a different address:
    }
    { $list }
import-mapped-item = { $address } → { $jid } ({ $rule ->
        [admin-map] from your organisation's address table
        [transport] through a gateway
       *[other] { $rule }
    })
import-nothing = This is { import-format } with { $found ->
        [one] 1 entry
       *[other] { $found } entries
    }, but none of them is an address I can add.
    { $unmappedList }
    Send another file, or *cancel*.

## Problems with the file
import-encrypted = That file is end-to-end encrypted (OMEMO), so I cannot read it. Please send it without encryption, for example from a chat with encryption turned off.
import-download-failed = I could not fetch that file: { $reason ->
        [too-large] it is larger than { NUMBER($max) } bytes
        [private-address] it is on a private network address I may not reach
        [timeout] it took too long
        [http-status] the server did not hand it out
        [bad-url] that is not a web link I can use
        [unresolvable] the name of its server could not be found
        [too-many-redirects] the link redirected too many times
        [network] the connection to its server failed
       *[other] { $reason }
    }.
import-error-empty = That file is empty.
import-error-binary = That does not look like a text file (perhaps a picture or a program). Please send the exported contact list.
import-error-too-large = That file is too large for me (at most { NUMBER($max) } bytes, and 100,000 entries).
import-error-unknown-format = I don't recognise that format. Send an MSN .ctt, a CSV, a vCard, Pidgin's blist.xml, a XEP-0227 export, or paste the addresses.
import-error-xml-malformed = That file is broken XML; I could not read it.
import-error-xml-entities-forbidden = That file declares XML entities, which I refuse to expand for safety. Please export the list again.
import-error-truncated = That file ends in the middle; it seems to be cut off. Please send it again.
import-error-csv-malformed = That CSV file is broken (for example a quote that never ends).
import-error-chat-history-not-contacts = That is a Windows Live Messenger chat history, not a contact list. It names people only by their display names, so I cannot add anyone from it. Look for the contact list export (.ctt) instead.
import-error-user-not-found = I found { $accounts ->
        [one] 1 account
       *[other] { $accounts } accounts
    } in that export, but not yours ({ $user }). Export your own account on its own, or send me the file from the account it belongs to.
import-error-xep0227-index-file = That is the index file of a server export: it holds no accounts, it only names the file for each domain. Send me the file it names for your domain: { $files }

## Running and report
import-started = Adding { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    } to { $jid } now; I'll report here.
import-suggested = I sent { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    } to your client as suggestions. It should ask you about each one. (If nothing appears, your client does not support this; send *import* again and choose an account instead.)
import-suggestion-body = Contacts from your import ({ $count }): your client can add them for you.
import-report-done = Your import into { $target } is done.
import-report-cancelled = Your import into { $target } was cancelled. This is what had happened so far:
import-report-unanswered-title = Added without approving or asking (they had asked to see when you are online, and you never answered; they can ask again):
import-report-counts = { $total ->
        [one] Of 1 entry
       *[other] Of { $total } entries
    }: { $moved } added ({ $requested } asked to share presence), { $failed } failed, { $skipped } not added{ $pending ->
        [0] .
       *[other] , { $pending } not done yet.
    }
import-interrupted = Your import was interrupted (I was restarted or lost the connection). Send *import* to start it again; contacts already added are not asked twice.
import-already-running = This import is already running, so I did not start it a second time. I'll send you the report here when it is done.
