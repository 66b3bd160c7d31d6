## Commands
cmd-restore = restore
cmd-restore-title = Restore a backup
cmd-restore-summary = put a backup (XEP-0227: Ferry's, or a Prosody, Snikket or ejabberd export) back onto an account: contacts, profile, bookmarks, blocked addresses

## Asking
restore-intro = Send me the backup file (share it with your client's file upload, or paste its download link). I read Ferry's backups and the XEP-0227 exports of Prosody, Snikket and ejabberd. First I show you what is in it; nothing is written before you give me the password of the account to restore onto.
restore-ask-file = The backup file or its link:
restore-reading = Reading the backup…
restore-ask-account-in-file = This file holds several accounts. Which one is yours?
restore-ask-account = Which account should I restore onto?
restore-ask-continue = Your restore onto { $jid } was interrupted. Shall I go on with it where it stopped? (No: start a new one with a file.)
restore-unreachable = I could not reach the server of { $jid }. Please try again later.

## Preview
restore-preview = This backup holds the account { $account }{ $ferry ->
        [yes] {" "}(made by Ferry)
       *[no] {""}
    }. I will put back:
    • { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    } with their names, { $groups ->
        [one] 1 group
       *[other] { $groups } groups
    } and who sees whom online
    • profile card (vCard): { $vcard ->
        [0] none
       *[other] yes
    }; avatar: { $avatar ->
        [0] none
       *[other] yes
    }; nickname: { $nickname ->
        [0] none
       *[other] yes
    }
    • bookmarks: { $bookmarks } (and { $legacyBookmarks } in the old format)
    • blocked addresses: { $blocked }
    • other saved data (PEP nodes): { $pepNodes }
restore-history = It also holds { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    } of history. I will not write them: XMPP gives you no way to write history into a server's archive. The admin of your new server can import the file (Ferry's README says how for Prosody).
restore-skipped = { $count ->
        [one] 1 entry of its contact list cannot be restored:
       *[other] { $count } entries of its contact list cannot be restored:
    }
    { $list }
restore-not-a-backup = That is not a backup I can read: I restore XEP-0227 files (Ferry's backups and the exports of Prosody, Snikket and ejabberd). For other contact lists, use *import*.
restore-nothing = The backup of { $account } holds no contacts and no profile data: there is nothing to restore. Send another file, or *cancel*.

## Running and report
restore-started = Restoring onto { $jid } now; I'll report here when it is done.
restore-progress-profile = Contacts done. Now restoring your profile, bookmarks and blocked addresses.
restore-already-running = A restore of yours is already running, so I did not start another. I'll send you the report here when it is done.
restore-report-done = Your restore onto { $target } is done.
restore-report-cancelled = Your restore onto { $target } was cancelled. This is what had happened so far:
restore-report-counts = { $total ->
        [one] Of 1 contact in the backup
       *[other] Of { $total } contacts in the backup
    }: { $moved } restored ({ $requested } asked to share presence again), { $failed } failed, { $skipped } not restored{ $pending ->
        [0] .
       *[other] , { $pending } not done yet.
    }
restore-interrupted = Your restore was interrupted (I was restarted or lost the connection). Send *restore* to go on where it stopped; nothing done already is done twice.
